import { useEffect, useRef } from 'react';
import { toApiError } from '../app/graphql-errors';
import { EmptyState } from '../components/empty-state';
import { ErrorState } from '../components/error-state';
import { LoadingState } from '../components/loading-state';
import { useDocumentTitle } from '../components/use-document-title';
import { isForbidden } from '../features/spaces/is-forbidden';
import { MembersOnlyNotice } from '../features/spaces/members-only-notice';
import { SpaceActivityFeed } from '../features/spaces/space-activity-feed';
import { SpaceAuditTable } from '../features/spaces/space-audit-table';
import { useSpaceOutlet } from '../features/spaces/space-outlet-context';
import { useSpaceActivity } from '../features/spaces/use-space-activity';
import { useSpaceAuditTrail } from '../features/spaces/use-space-audit-trail';
import { it } from '../i18n/it';

/** Attività: the feed, updated live over the subscription, and for coordinators the audit trail. */
export function SpaceActivityPage() {
  const t = it.spaces;
  const { space, refresh } = useSpaceOutlet();
  useDocumentTitle(`${t.tabActivity} · ${space.name}`);
  const { permissions } = space;
  const activity = useSpaceActivity(space.id, permissions.canReadActivity);
  const [audit, reexecuteAudit] = useSpaceAuditTrail(space.id, permissions.canReadAudit);

  // Live activity changes what else the page shows (member count, audit trail): ask for it again.
  const { receivedCount } = activity;
  const canReadAudit = permissions.canReadAudit;
  const handled = useRef(0);
  useEffect(() => {
    if (receivedCount === handled.current) return;
    handled.current = receivedCount;
    refresh();
    if (canReadAudit) reexecuteAudit({ requestPolicy: 'network-only' });
  }, [receivedCount, canReadAudit, refresh, reexecuteAudit]);

  const forbidden = !permissions.canReadActivity || (activity.error !== undefined && isForbidden(activity.error));
  const entries = audit.data?.space?.auditTrail;

  return (
    <>
      <section aria-labelledby="attivita-titolo">
        <h2 id="attivita-titolo" className="h3">
          {t.activityTitle}
        </h2>
        {forbidden ? (
          <MembersOnlyNotice message={t.membersOnlyActivity} />
        ) : activity.error && !activity.fetching && !activity.events ? (
          <ErrorState error={toApiError(activity.error)} onRetry={activity.retry} />
        ) : !activity.events ? (
          <LoadingState />
        ) : (
          <>
            <p className="small" data-testid="stato-aggiornamento">
              {activity.liveError ? t.liveOff : t.liveOn}
            </p>
            <SpaceActivityFeed events={activity.events} emptyMessage={t.noActivity} />
          </>
        )}
      </section>

      {permissions.canReadAudit && (
        <section aria-labelledby="registro-titolo" className="mt-5">
          <h2 id="registro-titolo" className="h3">
            {t.auditTitle}
          </h2>
          <p>{t.auditIntro}</p>
          {audit.error && !audit.fetching && !entries ? (
            <ErrorState error={toApiError(audit.error)} onRetry={() => reexecuteAudit({ requestPolicy: 'network-only' })} />
          ) : !entries ? (
            <LoadingState />
          ) : entries.length === 0 ? (
            <EmptyState message={t.noAudit} />
          ) : (
            <SpaceAuditTable entries={entries} />
          )}
        </section>
      )}
    </>
  );
}
