import { Badge, Table } from 'design-react-kit';
import { Link } from 'react-router';
import { toApiError } from '../../app/graphql-errors';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { it } from '../../i18n/it';
import { monitoringText } from '../../i18n/monitoring';
import { OBJECTIVE_TRACKS } from '../objectives/objective-types';
import { ExportButtons } from './export-buttons';
import { formatIndicatorValue } from './indicator-values';
import { doneAndAtRisk } from './plan-grid';
import { ReportProgress } from './report-progress';
import type { ProvincialObjectiveReport } from './monitoring-types';
import { useProvincialReport } from './use-monitoring-queries';

/** In the Prologo's order: track, then number. */
function sortByTrack(objectives: readonly ProvincialObjectiveReport[]): ProvincialObjectiveReport[] {
  return [...objectives].sort(
    (a, b) =>
      OBJECTIVE_TRACKS.indexOf(a.objective.track) - OBJECTIVE_TRACKS.indexOf(b.objective.track) || a.objective.number - b.objective.number,
  );
}

/**
 * The semester's provincial summary: per objective, the year's actions done and at risk and the
 * public indicators with their progress; then the summary as PDF, DOCX or XLSX.
 */
export function ProvincialSummary({ semester }: { semester: string }) {
  const t = monitoringText.dashboard;
  const label = monitoringText.semester.label(semester);
  const { result, refresh } = useProvincialReport(semester);
  const { data, error, fetching } = result;
  const report = data?.provincialReport.semester === semester ? data.provincialReport : undefined;

  return (
    <>
      <h3 className="h5">{t.exportsTitle}</h3>
      <ExportButtons
        base={`/export/reports/provincia/${encodeURIComponent(semester)}`}
        what={t.exportsWhat(label)}
        fallbackName={`sintesi-provinciale-${semester}`}
      />
      {error && !fetching && !report ? (
        <ErrorState error={toApiError(error)} onRetry={refresh} />
      ) : !report ? (
        <LoadingState />
      ) : (
        <div className="table-responsive">
          <Table className="align-top" data-testid="sintesi-provinciale">
            <caption className="caption-top fw-semibold">{t.summaryCaption(label)}</caption>
            <thead>
              <tr>
                <th scope="col">{t.colObjective}</th>
                <th scope="col">{t.colDone}</th>
                <th scope="col">{t.colAtRisk}</th>
                <th scope="col">{t.colIndicators}</th>
                <th scope="col">{t.colReport}</th>
              </tr>
            </thead>
            <tbody>
              {sortByTrack(report.objectives).map(({ objective, actionsByStatus, indicators, publication }) => {
                const counts = doneAndAtRisk(actionsByStatus);
                return (
                  <tr key={objective.id}>
                    <th scope="row" className="fw-normal">
                      <Link to={`/obiettivi/${encodeURIComponent(objective.id)}?semestre=${semester}#rapporto-titolo`}>
                        {it.objectives.numbered(objective.number, objective.title)}
                      </Link>
                      <span className="d-block small">{it.objectives.trackLabel[objective.track] ?? objective.track}</span>
                    </th>
                    <td>{t.doneOf(counts.done, counts.total)}</td>
                    <td>{counts.atRisk}</td>
                    <td>
                      {indicators.length === 0 ? (
                        <span className="small">{t.noIndicators}</span>
                      ) : (
                        <ul className="list-unstyled mb-0">
                          {indicators.map(({ indicator, current, target, progress }) => (
                            <li key={indicator.id} className="mb-2">
                              <span className="d-block small fw-semibold">{indicator.name}</span>
                              {progress === null ? (
                                <span className="small">
                                  {formatIndicatorValue(indicator.unit, current)}
                                  {target !== null && ` / ${formatIndicatorValue(indicator.unit, target)}`}
                                </span>
                              ) : (
                                <ReportProgress name={indicator.name} unit={indicator.unit} progress={progress} current={current} target={target} />
                              )}
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                    <td>
                      {publication ? <Badge color="success">{t.published}</Badge> : <span className="small">{t.notPublished}</span>}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
        </div>
      )}
    </>
  );
}
