import { monitoringText } from '../../i18n/monitoring';
import { ACTION_STATUSES, type ActionStatus } from './monitoring-types';
import { barSegments } from './plan-grid';

/** A small stacked bar of action counts; hidden from screen readers, which read the counts beside it. */
export function StatusBar({ counts }: { counts: { status: ActionStatus; count: number }[] }) {
  const segments = barSegments(counts);
  if (segments.length === 0) return null;
  return (
    <span className="status-bar mt-1" aria-hidden="true">
      {segments.map((segment) => (
        <span key={segment.status} className={`action-status-${segment.status}`} style={{ width: `${segment.percent}%` }} />
      ))}
    </span>
  );
}

/** "2 concluse, 1 in corso": the non-empty statuses in words. */
export function statusCountsText(counts: { status: ActionStatus; count: number }[]): string {
  return counts
    .filter((c) => c.count > 0)
    .map((c) => monitoringText.statusCount[c.status]?.(c.count) ?? `${c.count} ${c.status}`)
    .join(', ');
}

/** The colours of the bars, each with its status written out. */
export function StatusLegend() {
  return (
    <div className="small mb-3">
      <p className="mb-1">{monitoringText.dashboard.legend}</p>
      <ul className="list-inline mb-0">
        {ACTION_STATUSES.map((status) => (
          <li key={status} className="list-inline-item me-3">
            <span className={`status-swatch action-status-${status}`} aria-hidden="true" />
            {monitoringText.status[status]}
          </li>
        ))}
      </ul>
    </div>
  );
}
