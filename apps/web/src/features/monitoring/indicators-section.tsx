import { Button } from 'design-react-kit';
import { useState } from 'react';
import { monitoringText } from '../../i18n/monitoring';
import { IndicatorCard } from './indicator-card';
import { IndicatorForm } from './indicator-form';
import type { Indicator } from './monitoring-types';
import type { MonitoringActions } from './use-monitoring-actions';

interface IndicatorsSectionProps {
  /** The objective the new indicators are for; null on a path, whose indicators come with its template. */
  objectiveId: string | null;
  indicators: Indicator[];
  monitoring: MonitoringActions | null;
  title: string;
  headingId: string;
  emptyMessage: string;
}

/** The indicators, each with its chart and history; for those who monitor an objective, "Nuovo indicatore". */
export function IndicatorsSection({ objectiveId, indicators, monitoring, title, headingId, emptyMessage }: IndicatorsSectionProps) {
  const t = monitoringText.indicators;
  const [creating, setCreating] = useState(false);
  return (
    <section aria-labelledby={headingId} className="my-5">
      <h2 id={headingId} className="h4">
        {title}
      </h2>
      <p>{t.intro}</p>
      {indicators.length === 0 ? <p>{emptyMessage}</p> : indicators.map((indicator) => <IndicatorCard key={indicator.id} indicator={indicator} monitoring={monitoring} />)}
      {monitoring &&
        objectiveId &&
        (creating ? (
          <IndicatorForm onSubmit={(input) => monitoring.defineIndicator(objectiveId, input)} onClose={() => setCreating(false)} />
        ) : (
          <Button type="button" color="primary" onClick={() => setCreating(true)}>
            {monitoringText.indicatorForm.open}
          </Button>
        ))}
    </section>
  );
}
