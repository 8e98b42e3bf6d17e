import { useSearchParams } from 'react-router';
import { EmptyState } from '../components/empty-state';
import { PageBreadcrumb } from '../components/page-breadcrumb';
import { QueryState } from '../components/query-state';
import { useDocumentTitle } from '../components/use-document-title';
import '../features/monitoring/monitoring.css';
import { PlanGridTable } from '../features/monitoring/plan-grid-table';
import { ProvincialSummary } from '../features/monitoring/provincial-summary';
import { SemesterSelect } from '../features/monitoring/semester-select';
import { semesterFromParam } from '../features/monitoring/semesters';
import { StatusLegend } from '../features/monitoring/status-bar';
import { usePlanDashboard } from '../features/monitoring/use-monitoring-queries';
import { it } from '../i18n/it';
import { monitoringText } from '../i18n/monitoring';

const SEMESTER_PARAM = 'semestre';

/**
 * /monitoraggio: the plan's dashboard, public. The 12 objectives × 2025–2027 grid of actions by
 * status, and the provincial summary of the semester chosen (in the URL: ?semestre=2026-H1).
 */
export function MonitoringPage() {
  const t = monitoringText.dashboard;
  useDocumentTitle(monitoringText.titles.dashboard);
  const [params, setParams] = useSearchParams();
  const semester = semesterFromParam(params.get(SEMESTER_PARAM));
  const { result, refresh } = usePlanDashboard();
  const { data, error, fetching } = result;

  const chooseSemester = (value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set(SEMESTER_PARAM, value);
        return next;
      },
      { replace: true },
    );

  return (
    <>
      <PageBreadcrumb items={[{ label: it.nav.home, to: '/' }, { label: monitoringText.nav.dashboard }]} />
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>

      <section aria-labelledby="griglia-titolo" className="my-5">
        <h2 id="griglia-titolo" className="h3">
          {t.gridTitle}
        </h2>
        <p>{t.gridIntro}</p>
        <StatusLegend />
        <QueryState data={data} error={error} fetching={fetching} onRetry={refresh}>
          {({ objectives }) => (objectives.length === 0 ? <EmptyState message={it.objectives.empty} /> : <PlanGridTable objectives={objectives} />)}
        </QueryState>
      </section>

      <section aria-labelledby="sintesi-titolo" className="my-5">
        <h2 id="sintesi-titolo" className="h3">
          {t.summaryTitle}
        </h2>
        <p>{t.summaryIntro}</p>
        <div className="app-form semester-picker">
          <SemesterSelect id="semestre" label={t.semester} value={semester} onChange={chooseSemester} />
        </div>
        <ProvincialSummary semester={semester} />
      </section>
    </>
  );
}
