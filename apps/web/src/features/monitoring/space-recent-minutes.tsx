import { Link } from 'react-router';
import { useQuery } from 'urql';
import { monitoringText } from '../../i18n/monitoring';
import { formatRomeDate } from '../meetings/rome-time';
import { SpaceMinutesQuery } from './monitoring-documents';

const RECENT = 3;

/** The last three acts published by a space serving the objective (nothing while loading or on error). */
export function SpaceRecentMinutes({ spaceId, spaceName }: { spaceId: string; spaceName: string }) {
  const [{ data }] = useQuery({ query: SpaceMinutesQuery, variables: { spaceId, limit: RECENT } });
  const acts = data?.publishedMinutes;
  if (!acts) return null;
  return (
    <div className="small ms-3 mb-2">
      <span className="fw-semibold">{monitoringText.spaces.recentMinutes(spaceName)}:</span>{' '}
      {acts.length === 0 ? (
        monitoringText.spaces.noMinutes
      ) : (
        <ul className="mb-0">
          {acts.map((act) => (
            <li key={act.id}>
              <Link to={`/verbali/${encodeURIComponent(act.id)}`}>{act.title}</Link> (<time dateTime={act.meetingStartsAt}>{formatRomeDate(act.meetingStartsAt)}</time>)
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
