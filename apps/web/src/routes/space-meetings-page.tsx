import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { toApiError } from '../app/graphql-errors';
import { ErrorState } from '../components/error-state';
import { LoadingState } from '../components/loading-state';
import { useDocumentTitle } from '../components/use-document-title';
import { useSpaceDocuments } from '../features/documents/use-space-documents';
import { CalendarFeedSection } from '../features/meetings/calendar-feed-section';
import { MeetingForm } from '../features/meetings/meeting-form';
import { emptyMeetingValues } from '../features/meetings/meeting-form-values';
import { splitMeetings } from '../features/meetings/meeting-lists';
import { MeetingsList } from '../features/meetings/meetings-list';
import { useSpaceMeetings } from '../features/meetings/use-space-meetings';
import { useSpaceOrganizations } from '../features/meetings/use-space-organizations';
import { isForbidden } from '../features/spaces/is-forbidden';
import { MembersOnlyNotice } from '../features/spaces/members-only-notice';
import { useSpaceOutlet } from '../features/spaces/space-outlet-context';
import { meetingsText } from '../i18n/meetings';

/**
 * Incontri: upcoming and past meetings of the space (members), "Convoca un incontro" for its
 * coordinators, and the personal calendar address.
 */
export function SpaceMeetingsPage() {
  const t = meetingsText;
  const { space } = useSpaceOutlet();
  useDocumentTitle(`${t.tabs.meetings} · ${space.name}`);
  const navigate = useNavigate();
  const isMember = space.myRole !== null;
  const canConvene = space.myRole === 'COORDINATOR' && !space.archived;
  const { result, retry, create, createCalendarFeed } = useSpaceMeetings(space.id, isMember);
  const [documentsResult] = useSpaceDocuments(space.id, canConvene);
  const organizations = useSpaceOrganizations(space);
  const [now] = useState(() => new Date());

  const meetings = result.data?.meetings;
  const lists = useMemo(() => (meetings ? splitMeetings(meetings, now) : null), [meetings, now]);
  const documents = useMemo(
    () => (documentsResult.data?.documents ?? []).filter((d) => !d.archived).map((d) => ({ id: d.id, title: d.title })),
    [documentsResult.data],
  );
  const forbidden = !isMember || (result.error !== undefined && isForbidden(result.error));

  return (
    <>
      <section aria-labelledby="incontri-titolo">
        <h2 id="incontri-titolo" className="h3">
          {t.list.title}
        </h2>
        {forbidden ? (
          <MembersOnlyNotice message={t.list.membersOnly} />
        ) : (
          <>
            <p>{t.list.intro}</p>
            {result.error && !result.fetching && !lists ? (
              <ErrorState error={toApiError(result.error)} onRetry={retry} />
            ) : !lists ? (
              <LoadingState />
            ) : (
              <>
                <h3 className="h5 mt-4">{t.list.upcomingTitle}</h3>
                <MeetingsList meetings={lists.upcoming} emptyMessage={t.list.noUpcoming} />
                <h3 className="h5 mt-4">{t.list.pastTitle}</h3>
                <MeetingsList meetings={lists.past} emptyMessage={t.list.noPast} />
              </>
            )}
          </>
        )}
      </section>

      {!forbidden && canConvene && (
        <section aria-labelledby="convoca-titolo" className="mt-5">
          <h2 id="convoca-titolo" className="h4">
            {t.create.title}
          </h2>
          <p>{t.create.intro}</p>
          <MeetingForm
            idPrefix="incontro-nuovo"
            initial={emptyMeetingValues()}
            organizations={organizations}
            documents={documents}
            submitLabel={t.create.submit}
            onSubmit={async (input) => {
              const outcome = await create({ ...input, spaceId: space.id });
              if (!outcome.ok) return outcome.error;
              navigate(`/incontri/${encodeURIComponent(outcome.value.id)}`);
              return null;
            }}
          />
        </section>
      )}

      {!forbidden && <CalendarFeedSection onCreate={createCalendarFeed} />}
    </>
  );
}
