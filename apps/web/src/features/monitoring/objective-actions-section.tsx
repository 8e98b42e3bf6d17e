import { SelectField } from '../../components/select-field';
import { monitoringText } from '../../i18n/monitoring';
import { ActionTimeline } from './action-timeline';
import type { MonitoredAction } from './monitoring-types';
import { PLAN_YEARS, yearFromParam, type PlanYear } from './semesters';
import type { MonitoringActions } from './use-monitoring-actions';

interface ObjectiveActionsSectionProps {
  actions: MonitoredAction[];
  /** The year chosen (in the URL, ?anno=2026), or null for all. */
  year: PlanYear | null;
  onYear: (year: PlanYear | null) => void;
  monitoring: MonitoringActions | null;
  spaceIds: readonly string[];
}

/** "Azioni 2025-2027": the timeline of the objective's actions, all years or one (the dashboard's cells link here). */
export function ObjectiveActionsSection({ actions, year, onYear, monitoring, spaceIds }: ObjectiveActionsSectionProps) {
  const t = monitoringText.timeline;
  return (
    <section aria-labelledby="azioni-titolo" className="my-5">
      <h2 id="azioni-titolo" className="h4">
        {t.title}
      </h2>
      <p>{t.intro}</p>
      <div className="app-form semester-picker">
        <SelectField
          id="azioni-anno"
          label={t.yearFilter}
          value={year === null ? '' : String(year)}
          onChange={(value) => onYear(yearFromParam(value))}
          placeholder={t.allYears}
          options={PLAN_YEARS.map((y) => ({ value: String(y), label: String(y) }))}
        />
      </div>
      <div aria-live="polite">{year !== null && <p className="fw-semibold">{t.filtered(year)}</p>}</div>
      <ActionTimeline actions={actions} year={year} monitoring={monitoring} spaceIds={spaceIds} />
    </section>
  );
}
