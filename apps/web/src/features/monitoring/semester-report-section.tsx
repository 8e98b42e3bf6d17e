import { Alert, Button, Table } from 'design-react-kit';
import { useState } from 'react';
import { toApiError, type ApiError } from '../../app/graphql-errors';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { it } from '../../i18n/it';
import { monitoringText } from '../../i18n/monitoring';
import { SpaceActionError } from '../spaces/space-action-error';
import { AssessmentEditor } from './assessment-editor';
import { EvidenceList } from './evidence-list';
import { ExportButtons } from './export-buttons';
import { formatIndicatorValue } from './indicator-values';
import type { SemesterReport } from './monitoring-types';
import { normalizeCounts } from './plan-grid';
import { ReportProgress } from './report-progress';
import { ReportPublication } from './report-publication';
import { SemesterSelect } from './semester-select';
import { StatusBar } from './status-bar';
import type { MonitoringActions } from './use-monitoring-actions';
import { useSemesterReport } from './use-monitoring-queries';

interface SemesterReportSectionProps {
  objectiveId: string;
  semester: string;
  onSemester: (semester: string) => void;
  /** The signed-in person (the assessment's editor shows who is writing). */
  me: { id: string; displayName: string } | null;
  /** Those who monitor start the assessment and publish; null for everybody else. */
  monitoring: MonitoringActions | null;
}

function ReportBody({ report }: { report: SemesterReport }) {
  const t = monitoringText.report;
  const counts = normalizeCounts(report.actionsByStatus);
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  const label = monitoringText.semester.label(report.semester);
  return (
    <>
      <h3 className="h5">{t.actionsTitle(report.year)}</h3>
      {total === 0 ? (
        <p>{t.actionsNone}</p>
      ) : (
        <div className="mb-4" data-testid="rapporto-azioni">
          <ul className="list-inline mb-1">
            {counts.map((c) => (
              <li key={c.status} className="list-inline-item me-3">
                <span className={`status-swatch action-status-${c.status}`} aria-hidden="true" />
                {monitoringText.status[c.status]}: <strong>{c.count}</strong>
              </li>
            ))}
          </ul>
          <StatusBar counts={counts} />
        </div>
      )}

      <h3 className="h5">{t.indicatorsTitle}</h3>
      {report.indicators.length === 0 ? (
        <p>{t.noIndicators}</p>
      ) : (
        <div className="table-responsive mb-4">
          <Table className="align-top">
            <caption className="caption-top">{t.indicatorsCaption(label)}</caption>
            <thead>
              <tr>
                <th scope="col">{t.colIndicator}</th>
                <th scope="col">{t.colBaseline}</th>
                <th scope="col">{t.colTarget(report.year)}</th>
                <th scope="col">{t.colCurrent}</th>
                <th scope="col">{t.colProgress}</th>
              </tr>
            </thead>
            <tbody>
              {report.indicators.map(({ indicator, target, current, progress }) => (
                <tr key={indicator.id}>
                  <th scope="row" className="fw-normal">
                    {indicator.name}
                  </th>
                  <td>{formatIndicatorValue(indicator.unit, indicator.baselineValue)}</td>
                  <td>{formatIndicatorValue(indicator.unit, target)}</td>
                  <td data-testid="rapporto-valore">{formatIndicatorValue(indicator.unit, current)}</td>
                  <td>
                    <ReportProgress name={indicator.name} unit={indicator.unit} progress={progress} current={current} target={target} />
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        </div>
      )}

      <h3 className="h5">{t.evidenceTitle}</h3>
      {report.evidence.length === 0 ? <p>{t.noEvidence}</p> : <EvidenceList evidence={report.evidence} />}
    </>
  );
}

/**
 * The semester report of an objective: the semester (in the URL), the report, the files; then
 * the coordinators' assessment (started, then written live) and the publication that freezes
 * both, behind a confirmation; once published, the frozen text with its fingerprint.
 */
export function SemesterReportSection({ objectiveId, semester, onSemester, me, monitoring }: SemesterReportSectionProps) {
  const t = monitoringText.report;
  const label = monitoringText.semester.label(semester);
  const { result, refresh } = useSemesterReport(objectiveId, semester);
  const { data, error, fetching } = result;
  const report = data?.semesterReport.semester === semester ? data.semesterReport : undefined;
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [actionError, setActionError] = useState<ApiError | null>(null);
  const [done, setDone] = useState('');

  const run = async (action: () => Promise<{ ok: boolean; error?: ApiError }>, message: string) => {
    setBusy(true);
    setActionError(null);
    setDone('');
    const outcome = await action();
    setBusy(false);
    setConfirming(false);
    if (outcome.ok) setDone(message);
    else if (outcome.error) setActionError(outcome.error);
    refresh();
  };

  const choose = (value: string) => {
    setConfirming(false);
    setActionError(null);
    setDone('');
    onSemester(value);
  };

  return (
    <section aria-labelledby="rapporto-titolo" className="my-5">
      <h2 id="rapporto-titolo" className="h4">
        {t.title}
      </h2>
      <p>{t.intro}</p>
      <div className="app-form semester-picker">
        <SemesterSelect id="rapporto-semestre" label={t.semester} value={semester} onChange={choose} />
      </div>
      <h3 className="h5">{t.exportsTitle}</h3>
      <ExportButtons base={`/export/reports/${encodeURIComponent(objectiveId)}/${encodeURIComponent(semester)}`} what={t.exportsWhat(label)} fallbackName={`rapporto-${objectiveId}-${semester}`} />

      {error && !fetching && !report ? (
        <ErrorState error={toApiError(error)} onRetry={refresh} />
      ) : !report ? (
        <LoadingState />
      ) : (
        <>
          <ReportBody report={report} />

          <div role="status">
            {done && (
              <Alert color="success" fade={false} className="my-3">
                {done}
              </Alert>
            )}
          </div>
          {actionError && <SpaceActionError error={actionError} />}

          {!report.publication && (
            <>
              <h3 className="h5 mt-4">{t.assessmentTitle}</h3>
              <p>{t.assessmentIntro}</p>
              {report.assessmentDocumentId ? (
                monitoring && me ? (
                  <AssessmentEditor documentId={report.assessmentDocumentId} me={me} />
                ) : (
                  <p>{t.assessmentInProgress}</p>
                )
              ) : (
                <>
                  <p>{t.noAssessment}</p>
                  {monitoring && (
                    <Button
                      type="button"
                      color="primary"
                      disabled={busy}
                      onClick={() => void run(() => monitoring.startAssessment(objectiveId, semester), t.assessmentStarted)}
                    >
                      {busy ? t.starting : t.startAssessment}
                    </Button>
                  )}
                </>
              )}
            </>
          )}

          <h3 className="h5 mt-4">{report.publication ? t.publishedTitle : t.publishTitle}</h3>
          {report.publication ? (
            <ReportPublication publication={report.publication} />
          ) : (
            <>
              <p>{t.publishIntro}</p>
              {monitoring &&
                (confirming ? (
                  <div className="border border-danger rounded p-3 mb-3">
                    <Alert color="warning" fade={false} className="mb-3">
                      {t.publishWarning}
                    </Alert>
                    <div className="d-flex flex-wrap gap-2">
                      <Button
                        color="danger"
                        autoFocus
                        disabled={busy}
                        onClick={() => void run(() => monitoring.publishReport(objectiveId, semester), t.published(label))}
                      >
                        {busy ? t.publishing : t.confirm}
                      </Button>
                      <Button color="primary" outline disabled={busy} onClick={() => setConfirming(false)}>
                        {it.common.cancel}
                      </Button>
                    </div>
                  </div>
                ) : (
                  <Button type="button" color="primary" onClick={() => setConfirming(true)}>
                    {t.publish}
                  </Button>
                ))}
            </>
          )}
        </>
      )}
    </section>
  );
}
