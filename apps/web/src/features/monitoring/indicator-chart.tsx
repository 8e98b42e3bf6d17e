import { useId } from 'react';
import { monitoringText } from '../../i18n/monitoring';
import { bands, targetSteps, valueScale } from './chart-scale';
import { chartRows, formatIndicatorValue } from './indicator-values';
import type { Indicator } from './monitoring-types';

const WIDTH = 560;
const HEIGHT = 240;
const LEFT = 64;
const RIGHT = 12;
const TOP = 20;
const BOTTOM = 196;

/**
 * The six semesters of an indicator as bars, with the baseline (dashed) and each year's target
 * (solid) as lines. An image with a text alternative, plus the same data as a table under
 * "I dati del grafico in una tabella" for whoever prefers numbers.
 */
export function IndicatorChart({ indicator }: { indicator: Indicator }) {
  const t = monitoringText.indicators;
  const uid = useId();
  const rows = chartRows(indicator);
  const scale = valueScale(
    [...rows.map((r) => r.value), ...indicator.targets.map((target) => target.value), indicator.baselineValue],
    TOP,
    BOTTOM,
    { cap: indicator.unit === 'PERCENT' ? 100 : undefined, integer: indicator.unit === 'COUNT' },
  );
  const layout = bands(rows.length, LEFT, WIDTH - RIGHT);
  const steps = targetSteps(
    indicator.targets,
    rows.map((r) => r.semester),
    layout,
  );
  const known = rows.filter((r) => r.value !== null);
  const latest = known[known.length - 1];
  const format = (value: number | null) => formatIndicatorValue(indicator.unit, value);
  const titleId = `${uid}-titolo`;
  const descId = `${uid}-descrizione`;

  return (
    <figure className="mb-3">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="indicator-chart" role="img" aria-labelledby={`${titleId} ${descId}`}>
        <title id={titleId}>{t.chartTitle(indicator.name)}</title>
        <desc id={descId}>{t.chartSummary(known.length, latest ? `${format(latest.value)} (${monitoringText.semester.label(latest.semester)})` : null)}</desc>
        {scale.ticks.map((tick) => (
          <g key={tick}>
            <line className="gridline" x1={LEFT} x2={WIDTH - RIGHT} y1={scale.y(tick)} y2={scale.y(tick)} />
            <text x={LEFT - 6} y={scale.y(tick) + 4} textAnchor="end">
              {format(tick)}
            </text>
          </g>
        ))}
        {rows.map((row, i) => {
          const band = layout[i]!;
          const barWidth = band.width * 0.5;
          return (
            <g key={row.semester}>
              {row.value !== null && (
                <>
                  <rect
                    className="bar"
                    x={band.center - barWidth / 2}
                    y={Math.min(scale.y(row.value), scale.y(0))}
                    width={barWidth}
                    height={Math.abs(scale.y(0) - scale.y(row.value))}
                  />
                  <text x={band.center} y={Math.min(scale.y(row.value), scale.y(0)) - 4} textAnchor="middle">
                    {format(row.value)}
                  </text>
                </>
              )}
              <text x={band.center} y={BOTTOM + 16} textAnchor="middle">
                {monitoringText.semester.short(row.semester)}
              </text>
              <text x={band.center} y={BOTTOM + 32} textAnchor="middle">
                {row.semester.slice(0, 4)}
              </text>
            </g>
          );
        })}
        {indicator.baselineValue !== null && (
          <line className="baseline" x1={LEFT} x2={WIDTH - RIGHT} y1={scale.y(indicator.baselineValue)} y2={scale.y(indicator.baselineValue)} />
        )}
        {steps.map((step) => (
          <line key={step.year} className="target" x1={step.x1} x2={step.x2} y1={scale.y(step.value)} y2={scale.y(step.value)} />
        ))}
        <line className="axis" x1={LEFT} x2={WIDTH - RIGHT} y1={scale.y(0)} y2={scale.y(0)} />
        <line className="axis" x1={LEFT} x2={LEFT} y1={TOP} y2={BOTTOM} />
      </svg>
      <figcaption className="small">
        <ul className="list-inline mb-1">
          <li className="list-inline-item me-3">
            <span className="chart-legend-bar" aria-hidden="true" />
            {t.legendValue}
          </li>
          {indicator.baselineValue !== null && (
            <li className="list-inline-item me-3">
              <span className="chart-legend-line chart-legend-baseline" aria-hidden="true" />
              {t.legendBaseline}
            </li>
          )}
          {steps.length > 0 && (
            <li className="list-inline-item me-3">
              <span className="chart-legend-line chart-legend-target" aria-hidden="true" />
              {t.legendTarget}
            </li>
          )}
        </ul>
      </figcaption>
      <details className="mt-2">
        <summary>{t.tableToggle}</summary>
        <div className="table-responsive mt-2">
          <table className="table table-sm">
            <caption className="caption-top">{t.tableCaption(indicator.name)}</caption>
            <thead>
              <tr>
                <th scope="col">{t.colSemester}</th>
                <th scope="col">{t.colValue}</th>
                <th scope="col">{t.colTarget}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.semester}>
                  <th scope="row" className="fw-normal">
                    {monitoringText.semester.label(row.semester)}
                  </th>
                  <td data-testid={`valore-${row.semester}`}>{format(row.value)}</td>
                  <td>{format(row.target)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {indicator.baselineValue !== null && (
          <p className="small mb-0">
            {t.baseline}: {format(indicator.baselineValue)}
          </p>
        )}
      </details>
    </figure>
  );
}
