import { Badge } from 'design-react-kit';
import { Link } from 'react-router';
import { meetingsText } from '../../i18n/meetings';
import type { MeetingSummary } from './meeting-types';
import { formatMeetingWhen } from './rome-time';

/** One list of meetings (upcoming or past): title to open it, when (Rome), where, and its state. */
export function MeetingsList({ meetings, emptyMessage }: { meetings: MeetingSummary[]; emptyMessage: string }) {
  const t = meetingsText.list;
  if (meetings.length === 0) return <p className="text-secondary">{emptyMessage}</p>;
  return (
    <ul className="list-unstyled">
      {meetings.map((meeting) => (
        <li key={meeting.id} className={`border rounded p-3 mb-3${meeting.cancelled ? ' bg-light' : ''}`}>
          <p className="fw-semibold mb-1">
            <Link to={`/incontri/${encodeURIComponent(meeting.id)}`}>{meeting.title}</Link>
            {meeting.cancelled && (
              <Badge color="danger" className="ms-2">
                {t.cancelled}
              </Badge>
            )}
            {meeting.publications.length > 0 && (
              <Badge color="success" className="ms-2">
                {t.published}
              </Badge>
            )}
          </p>
          <p className="mb-1">
            <time dateTime={meeting.startsAt}>{formatMeetingWhen(meeting.startsAt, meeting.endsAt)}</time>
            {(meeting.place || meeting.videoUrl) && <span> · {meeting.place ?? t.online}</span>}
          </p>
          {!meeting.cancelled && (
            <p className="small mb-0">
              {meeting.myRsvp ? t.myAnswer(meetingsText.rsvp[meeting.myRsvp] ?? meeting.myRsvp) : t.noAnswer}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
