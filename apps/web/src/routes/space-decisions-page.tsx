import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { toApiError, type ApiError } from '../app/graphql-errors';
import { EmptyState } from '../components/empty-state';
import { ErrorState } from '../components/error-state';
import { LoadingState } from '../components/loading-state';
import { useDocumentTitle } from '../components/use-document-title';
import { ActionItemsTable } from '../features/meetings/action-items-table';
import { groupDecisions, sortActionItems } from '../features/meetings/meeting-lists';
import type { ActionItem, ActionItemStatus } from '../features/meetings/meeting-types';
import { formatRomeDate } from '../features/meetings/rome-time';
import { useSpaceBoard } from '../features/meetings/use-space-board';
import '../features/meetings/meetings.css';
import { isForbidden } from '../features/spaces/is-forbidden';
import { MembersOnlyNotice } from '../features/spaces/members-only-notice';
import { SpaceActionError } from '../features/spaces/space-action-error';
import { useSpaceOutlet } from '../features/spaces/space-outlet-context';
import { meetingsText } from '../i18n/meetings';

const OPEN_ONLY = 'da-fare';

/**
 * Decisioni e azioni: what the space's meetings decided (grouped by meeting, newest first) and the
 * actions that follow, open ones first; members and coordinators update their status here too.
 * «Solo da fare» lives in the URL (?da-fare=1).
 */
export function SpaceDecisionsPage() {
  const t = meetingsText;
  const { space } = useSpaceOutlet();
  useDocumentTitle(`${t.tabs.decisions} · ${space.name}`);
  const [params, setParams] = useSearchParams();
  const openOnly = params.get(OPEN_ONLY) === '1';
  const isMember = space.myRole !== null;
  const canUpdateStatus = (space.myRole === 'COORDINATOR' || space.myRole === 'MEMBER') && !space.archived;
  const { decisions, actions, retryDecisions, retryActions, updateStatus } = useSpaceBoard(space.id, openOnly, isMember);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [statusError, setStatusError] = useState<ApiError | null>(null);
  const [statusDone, setStatusDone] = useState('');

  const groups = useMemo(() => (decisions.data ? groupDecisions(decisions.data.spaceDecisions) : undefined), [decisions.data]);
  const items = useMemo(() => (actions.data ? sortActionItems(actions.data.spaceActionItems) : undefined), [actions.data]);
  const forbidden =
    !isMember ||
    (decisions.error !== undefined && isForbidden(decisions.error)) ||
    (actions.error !== undefined && isForbidden(actions.error));

  const setOpenOnly = (checked: boolean) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (checked) next.set(OPEN_ONLY, '1');
        else next.delete(OPEN_ONLY);
        return next;
      },
      { replace: true },
    );

  const changeStatus = async (item: ActionItem, status: ActionItemStatus) => {
    setBusyId(item.id);
    setStatusError(null);
    setStatusDone('');
    const outcome = await updateStatus(item.id, status);
    setBusyId(null);
    if (outcome.ok) setStatusDone(t.actions.statusSaved(item.what, t.actionStatus[status] ?? status));
    else setStatusError(outcome.error);
  };

  if (forbidden) {
    return (
      <section aria-labelledby="decisioni-titolo">
        <h2 id="decisioni-titolo" className="h3">
          {t.tabs.decisions}
        </h2>
        <MembersOnlyNotice message={t.board.membersOnly} />
      </section>
    );
  }

  return (
    <>
      <section aria-labelledby="decisioni-titolo">
        <h2 id="decisioni-titolo" className="h3">
          {t.board.decisionsTitle}
        </h2>
        <p>{t.board.decisionsIntro}</p>
        {decisions.error && !decisions.fetching && !groups ? (
          <ErrorState error={toApiError(decisions.error)} onRetry={retryDecisions} />
        ) : !groups ? (
          <LoadingState />
        ) : groups.length === 0 ? (
          <EmptyState message={t.board.noDecisions} />
        ) : (
          groups.map((group) => (
            <div key={group.meetingId} className="mb-4">
              <h3 className="h5 mb-1">
                <Link to={`/incontri/${encodeURIComponent(group.meetingId)}`}>{group.meetingTitle}</Link>
              </h3>
              <p className="small mb-2">
                <time dateTime={group.meetingStartsAt}>{t.board.meetingOf(formatRomeDate(group.meetingStartsAt))}</time>
              </p>
              <ol>
                {group.decisions.map((decision) => (
                  <li key={decision.id} className="text-pre-line">
                    {decision.text}
                  </li>
                ))}
              </ol>
            </div>
          ))
        )}
      </section>

      <section aria-labelledby="azioni-titolo" className="mt-5">
        <h2 id="azioni-titolo" className="h3">
          {t.board.actionsTitle}
        </h2>
        <p>{t.board.actionsIntro}</p>
        <div className="form-check mb-3">
          <input id="azioni-solo-da-fare" type="checkbox" checked={openOnly} onChange={(event) => setOpenOnly(event.target.checked)} />
          <label htmlFor="azioni-solo-da-fare">{t.board.openOnly}</label>
        </div>
        {statusError && <SpaceActionError error={statusError} />}
        <div aria-live="polite" className="visually-hidden">
          {statusDone}
        </div>
        {actions.error && !actions.fetching && !items ? (
          <ErrorState error={toApiError(actions.error)} onRetry={retryActions} />
        ) : !items ? (
          <LoadingState />
        ) : items.length === 0 ? (
          <EmptyState message={openOnly ? t.board.noOpenActions : t.board.noActions} />
        ) : (
          <ActionItemsTable
            items={items}
            idPrefix="azioni-spazio"
            caption={t.actions.caption}
            showMeeting
            canUpdateStatus={canUpdateStatus}
            busyId={busyId}
            onStatus={changeStatus}
          />
        )}
      </section>
    </>
  );
}
