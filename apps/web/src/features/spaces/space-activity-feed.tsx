import { formatDateTime } from '../../i18n/format';
import { it } from '../../i18n/it';
import type { ActivityEvent } from './space-types';

/**
 * The activity, newest first. The list is a polite live region: events that arrive through
 * the subscription are read out by screen readers as they appear.
 */
export function SpaceActivityFeed({ events, emptyMessage }: { events: ActivityEvent[]; emptyMessage: string }) {
  const t = it.spaces;
  return (
    <ol className="list-unstyled activity-feed" aria-label={t.activityLabel} aria-live="polite" aria-relevant="additions">
      {/* Empty, the list still shows (and stays the live region) with one line saying so. */}
      {events.length === 0 && <li className="py-3">{emptyMessage}</li>}
      {events.map((event) => (
        <li key={event.id} className="border-bottom py-3">
          <p className="mb-1">{event.summary}</p>
          <p className="small mb-0">
            <time dateTime={event.at}>{formatDateTime(event.at)}</time>
          </p>
        </li>
      ))}
    </ol>
  );
}
