import { groupActionsByYear } from '../objectives/objective-types';
import { monitoringText } from '../../i18n/monitoring';
import { ActionEntry } from './action-entry';
import type { MonitoredAction } from './monitoring-types';
import { actionInYear } from './plan-grid';
import type { MonitoringActions } from './use-monitoring-actions';

interface ActionTimelineProps {
  actions: MonitoredAction[];
  /** Only this year's actions (and the multi-year ones that include it); null for all. */
  year: number | null;
  /** The forms, for those who monitor; null for everybody else. */
  monitoring: MonitoringActions | null;
  /** The spaces whose acts and versions may be linked as evidence. */
  spaceIds: readonly string[];
}

/** The actions of 2025, 2026 and 2027 under a heading each, then the multi-year ones apart. */
export function ActionTimeline({ actions, year, monitoring, spaceIds }: ActionTimelineProps) {
  const t = monitoringText.timeline;
  const shown = year === null ? actions : actions.filter((a) => actionInYear(a, year));
  if (shown.length === 0) return <p>{year === null ? t.none : t.noneInYear(year)}</p>;
  return (
    <>
      {groupActionsByYear(shown).map((group) => {
        const key = group.year ?? 'pluriennali';
        const headingId = `azioni-${key}`;
        return (
          <section key={key} aria-labelledby={headingId} className="mb-4">
            <h3 id={headingId} className="h5">
              {group.year ?? t.multiYear}
            </h3>
            <ol className="list-unstyled mb-0">
              {group.actions.map((action) => (
                <ActionEntry key={action.id} action={action} showYears={group.year === null} actions={monitoring} spaceIds={spaceIds} />
              ))}
            </ol>
          </section>
        );
      })}
    </>
  );
}
