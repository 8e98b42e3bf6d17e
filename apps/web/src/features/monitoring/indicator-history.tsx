import { Badge } from 'design-react-kit';
import { monitoringText } from '../../i18n/monitoring';
import { formatRomeDateTime } from '../meetings/rome-time';
import { formatIndicatorValue, historyRows } from './indicator-values';
import type { Indicator } from './monitoring-types';

/** Every value entered, with corrections marked and the replaced values kept (the history is append-only). */
export function IndicatorHistory({ indicator, headingId }: { indicator: Indicator; headingId: string }) {
  const t = monitoringText.indicators;
  const rows = historyRows(indicator.history);
  const withAuthors = rows.some((r) => r.enteredByName !== null);
  return (
    <>
      <h4 id={headingId} className="h6 mt-3">
        {t.historyTitle}
      </h4>
      {rows.length === 0 ? (
        <p className="small">{t.historyNone}</p>
      ) : (
        <div className="table-responsive">
          <table className="table table-sm" aria-labelledby={headingId}>
            <caption className="visually-hidden">{t.historyCaption(indicator.name)}</caption>
            <thead>
              <tr>
                <th scope="col">{t.colSemester}</th>
                <th scope="col">{t.colValue}</th>
                <th scope="col">{t.colState}</th>
                <th scope="col">{t.colNote}</th>
                {withAuthors && <th scope="col">{t.colEnteredBy}</th>}
                <th scope="col">{t.colEnteredAt}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} data-testid="valore-inserito">
                  <th scope="row" className="fw-normal">
                    {monitoringText.semester.label(row.semester)}
                  </th>
                  <td className={row.superseded ? 'text-decoration-line-through' : undefined}>{formatIndicatorValue(indicator.unit, row.value)}</td>
                  <td>
                    {row.superseded ? (
                      <Badge color="secondary">{t.superseded}</Badge>
                    ) : (
                      <>
                        {row.correction && (
                          <Badge color="primary" className="me-1">
                            {t.correction}
                          </Badge>
                        )}
                        <span className="small">{t.current}</span>
                      </>
                    )}
                  </td>
                  <td className="text-pre-line">{row.note || monitoringText.common.noValue}</td>
                  {withAuthors && <td>{row.enteredByName ?? monitoringText.common.noValue}</td>}
                  <td>
                    <time dateTime={row.enteredAt}>{formatRomeDateTime(row.enteredAt)}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
