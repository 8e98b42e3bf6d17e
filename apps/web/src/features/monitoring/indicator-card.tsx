import { Button } from 'design-react-kit';
import { useState } from 'react';
import { formatRomeDate } from '../meetings/rome-time';
import { monitoringText } from '../../i18n/monitoring';
import { IndicatorChart } from './indicator-chart';
import { IndicatorHistory } from './indicator-history';
import { IndicatorValueForm } from './indicator-value-form';
import { formatIndicatorValue } from './indicator-values';
import type { Indicator } from './monitoring-types';
import type { MonitoringActions } from './use-monitoring-actions';

/**
 * One indicator: how it is measured, baseline and yearly targets, the chart of the six
 * semesters (with its table), the values entered with their corrections and, for those who
 * monitor a manual indicator, "Registra valore".
 */
export function IndicatorCard({ indicator, monitoring }: { indicator: Indicator; monitoring: MonitoringActions | null }) {
  const t = monitoringText.indicators;
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState('');
  const headingId = `indicatore-${indicator.id}-titolo`;
  const format = (value: number | null) => formatIndicatorValue(indicator.unit, value);

  return (
    <article aria-labelledby={headingId} className="border rounded p-3 mb-4" data-testid="indicatore">
      <h3 id={headingId} className="h5">
        {indicator.name}
      </h3>
      <dl className="row small mb-2">
        <dt className="col-sm-4">{t.unit}</dt>
        <dd className="col-sm-8">
          {monitoringText.unit[indicator.unit] ?? indicator.unit} · {monitoringText.direction[indicator.direction] ?? indicator.direction}
        </dd>
        <dt className="col-sm-4">{t.baseline}</dt>
        <dd className="col-sm-8">
          {indicator.baselineValue === null
            ? monitoringText.common.noValue
            : indicator.baselineDate
              ? t.baselineOn(format(indicator.baselineValue), formatRomeDate(indicator.baselineDate))
              : format(indicator.baselineValue)}
        </dd>
        <dt className="col-sm-4">{t.targets}</dt>
        <dd className="col-sm-8">
          {indicator.targets.length === 0 ? t.noTargets : indicator.targets.map((target) => t.targetOf(target.year, format(target.value))).join(' · ')}
        </dd>
        <dt className="col-sm-4">{t.measure}</dt>
        <dd className="col-sm-8">{indicator.computed ? t.computedBy(monitoringText.computed[indicator.computed] ?? indicator.computed) : t.manual}</dd>
        {indicator.dataSource && (
          <>
            <dt className="col-sm-4">{t.dataSource}</dt>
            <dd className="col-sm-8">{indicator.dataSource}</dd>
          </>
        )}
      </dl>
      {!indicator.isPublic && <p className="small fw-semibold">{t.notPublic}</p>}

      <IndicatorChart indicator={indicator} />
      <IndicatorHistory indicator={indicator} headingId={`${headingId}-storia`} />

      {monitoring && (
        <>
          <div aria-live="polite" className="small text-success fw-semibold">
            {done}
          </div>
          {indicator.computed ? (
            <p className="small mb-0">{t.computedNoEntry}</p>
          ) : open ? (
            <IndicatorValueForm
              indicator={indicator}
              onSubmit={(semester, value, note) => monitoring.recordValue(indicator.id, semester, value, note)}
              onSaved={(message) => {
                setDone(message);
                setOpen(false);
              }}
              onClose={() => setOpen(false)}
            />
          ) : (
            <Button
              type="button"
              color="primary"
              outline
              size="sm"
              aria-label={monitoringText.valueForm.openOf(indicator.name)}
              onClick={() => {
                setDone('');
                setOpen(true);
              }}
            >
              {monitoringText.valueForm.open}
            </Button>
          )}
        </>
      )}
    </article>
  );
}
