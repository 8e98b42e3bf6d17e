import { Button } from 'design-react-kit';
import { useState } from 'react';
import type { ApiError } from '../../app/graphql-errors';
import { meetingsText } from '../../i18n/meetings';
import { SpaceActionError } from '../spaces/space-action-error';
import type { Outcome } from '../spaces/use-member-actions';
import { RSVP_RESPONSES, type MeetingDetail, type MeetingInvitee, type RsvpResponse } from './meeting-types';

interface MeetingRsvpProps {
  meeting: MeetingDetail;
  onRsvp: (response: RsvpResponse) => Promise<Outcome<{ myRsvp: RsvpResponse | null }>>;
}

function counts(invitees: MeetingInvitee[]) {
  const of = (response: RsvpResponse | null) => invitees.filter((i) => i.response === response).length;
  return meetingsText.rsvpSection.counts(of('YES'), of('NO'), of('MAYBE'), of(null));
}

/**
 * "Parteciperai?": three toggle buttons (the current answer is pressed), then every invitee (all
 * the members of the space) with their answer.
 */
export function MeetingRsvp({ meeting, onRsvp }: MeetingRsvpProps) {
  const t = meetingsText.rsvpSection;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState('');
  // The answer the API just confirmed, shown at once (the page's query is asked again meanwhile).
  const [confirmed, setConfirmed] = useState<RsvpResponse | null>(null);
  const current = confirmed ?? meeting.myRsvp;
  const canAnswer = meeting.permissions.rsvp && !meeting.cancelled && !meeting.space.archived;

  const answer = async (response: RsvpResponse) => {
    setBusy(true);
    setError(null);
    setDone('');
    const outcome = await onRsvp(response);
    setBusy(false);
    if (outcome.ok) {
      setConfirmed(outcome.value.myRsvp);
      setDone(t.saved(meetingsText.rsvp[response] ?? response));
    } else setError(outcome.error);
  };

  return (
    <section aria-labelledby="partecipazione-titolo" className="mb-5">
      <h2 id="partecipazione-titolo" className="h4">
        {t.title}
      </h2>
      {canAnswer && (
        <>
          <p className="mb-2">{t.question}</p>
          <div role="group" aria-label={t.groupLabel} className="d-flex flex-wrap gap-2 mb-2">
            {RSVP_RESPONSES.map((response) => {
              const pressed = current === response;
              return (
                <Button
                  key={response}
                  type="button"
                  color="primary"
                  outline={!pressed}
                  aria-pressed={pressed}
                  disabled={busy}
                  onClick={() => answer(response)}
                >
                  {meetingsText.rsvp[response]}
                </Button>
              );
            })}
          </div>
          <p role="status" className="small">
            {done}
          </p>
          {error && <SpaceActionError error={error} />}
        </>
      )}
      <h3 className="h6 mt-3">{t.inviteesTitle}</h3>
      <p className="small">{counts(meeting.invitees)}</p>
      <ul className="mb-0" data-testid="invitati">
        {meeting.invitees.map((invitee) => (
          <li key={invitee.user.id}>
            {invitee.user.displayName}
            {invitee.organization && ` (${invitee.organization.name})`}
            {': '}
            {invitee.response ? meetingsText.rsvpAnswer[invitee.response] : t.noAnswer}
          </li>
        ))}
      </ul>
    </section>
  );
}
