import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { loginPath } from '../app/route-guards';
import { toApiError } from '../app/graphql-errors';
import { EmptyState } from '../components/empty-state';
import { ErrorState } from '../components/error-state';
import { LoadingState } from '../components/loading-state';
import { PageBreadcrumb } from '../components/page-breadcrumb';
import { QueryState } from '../components/query-state';
import { useDocumentTitle } from '../components/use-document-title';
import { useAuth } from '../features/auth/use-auth';
import '../features/meetings/meetings.css';
import { IndicatorsSection } from '../features/monitoring/indicators-section';
import '../features/monitoring/monitoring.css';
import { ObjectiveActionsSection } from '../features/monitoring/objective-actions-section';
import { PrologoSection } from '../features/monitoring/prologo-section';
import { semesterFromParam, yearFromParam, type PlanYear } from '../features/monitoring/semesters';
import { SemesterReportSection } from '../features/monitoring/semester-report-section';
import { SpaceRecentMinutes } from '../features/monitoring/space-recent-minutes';
import { useMonitoringActions } from '../features/monitoring/use-monitoring-actions';
import { useObjectiveMonitoring } from '../features/monitoring/use-monitoring-queries';
import { useObjective } from '../features/objectives/use-objective';
import { kindLabel } from '../features/spaces/space-labels';
import { it } from '../i18n/it';
import { monitoringText } from '../i18n/monitoring';

/**
 * One objective: description, goals, what the Prologo says about following it, the actions of
 * 2025–2027 with their status and evidence, the indicators, the spaces working on it (signed in)
 * and the semester report. Public; coordinators of its spaces also get the monitoring forms.
 * The year of the actions (?anno=) and the semester of the report (?semestre=) live in the URL.
 */
export function ObjectivePage() {
  const t = it.objectives;
  const { id = '' } = useParams();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const { me, loading: authLoading } = useAuth();
  const signedIn = me !== null;
  const [{ data, error, fetching }, reexecute] = useObjective(id, signedIn);
  const { result: monitoringResult, refresh: refreshMonitoring } = useObjectiveMonitoring(id);
  const monitoringActions = useMonitoringActions();
  const objective = data?.objective;
  const monitored = monitoringResult.data?.objective;
  const monitoring = monitored?.canMonitor ? monitoringActions : null;
  useDocumentTitle(objective?.title ?? it.titles.objectives);

  const year = yearFromParam(params.get('anno'));
  const semester = semesterFromParam(params.get('semestre'));
  const setParam = (name: string, value: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace: true, preventScrollReset: true },
    );
  const spaceIds = (objective?.spaces ?? []).filter((s) => !s.archived).map((s) => s.id);

  const monitoringSections = () => {
    if (monitoringResult.error && !monitored) return <ErrorState error={toApiError(monitoringResult.error)} onRetry={refreshMonitoring} />;
    if (!monitored) return <LoadingState />;
    return (
      <>
        <PrologoSection objective={monitored} />
        <ObjectiveActionsSection
          actions={monitored.actions}
          year={year}
          onYear={(chosen: PlanYear | null) => setParam('anno', chosen === null ? null : String(chosen))}
          monitoring={monitoring}
          spaceIds={spaceIds}
        />
        <IndicatorsSection
          objectiveId={monitored.id}
          indicators={monitored.indicators}
          monitoring={monitoring}
          title={monitoringText.indicators.title}
          headingId="indicatori-titolo"
          emptyMessage={monitoringText.indicators.none}
        />
      </>
    );
  };

  return (
    <>
      <PageBreadcrumb
        items={[{ label: it.nav.home, to: '/' }, { label: t.title, to: '/obiettivi' }, { label: objective?.title ?? id }]}
      />
      <QueryState
        data={data}
        error={error}
        fetching={fetching}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        fallbackHeading={t.pageTitle}
      >
        {({ objective: found }) =>
          !found ? (
            <>
              <h1>{it.notFound.title}</h1>
              <EmptyState message={t.notFound}>
                <Link to="/obiettivi">{t.backToObjectives}</Link>
              </EmptyState>
            </>
          ) : (
            <>
              <p className="fw-semibold mb-1">{t.objectiveOf(t.trackLabel[found.track] ?? found.track, found.number)}</p>
              <h1>{found.title}</h1>

              <section aria-labelledby="obiettivo-descrizione" className="my-4">
                <h2 id="obiettivo-descrizione" className="h4">
                  {t.description}
                </h2>
                <p className="text-pre-line">{found.description}</p>
              </section>

              <section aria-labelledby="obiettivo-finalita" className="my-4">
                <h2 id="obiettivo-finalita" className="h4">
                  {t.goals}
                </h2>
                {found.goals.length === 0 ? (
                  <p>{t.noGoals}</p>
                ) : (
                  <ul>
                    {found.goals.map((goal) => (
                      <li key={goal} className="mb-1">
                        {goal}
                      </li>
                    ))}
                  </ul>
                )}
              </section>

              {monitoringSections()}

              <section aria-labelledby="obiettivo-spazi" className="my-4">
                <h2 id="obiettivo-spazi" className="h4">
                  {t.spaces}
                </h2>
                {authLoading ? null : !signedIn || !found.spaces ? (
                  <p>
                    <Link to={loginPath(location.pathname)}>{t.loginForSpaces}</Link>
                  </p>
                ) : found.spaces.length === 0 ? (
                  <p>{t.noSpaces}</p>
                ) : (
                  <ul>
                    {[...found.spaces]
                      .sort((a, b) => a.name.localeCompare(b.name, 'it'))
                      .map((space) => (
                        <li key={space.id}>
                          <Link to={`/spazi/${encodeURIComponent(space.id)}`}>{space.name}</Link>{' '}
                          <span className="small">({kindLabel(space.kind)})</span>
                          {space.archived && <span className="ms-1 small">– {it.spaces.archived}</span>}
                          <SpaceRecentMinutes spaceId={space.id} spaceName={space.name} />
                        </li>
                      ))}
                  </ul>
                )}
              </section>

              <SemesterReportSection
                objectiveId={found.id}
                semester={semester}
                onSemester={(chosen) => setParam('semestre', chosen)}
                me={me}
                monitoring={monitoring}
              />

              <Link to="/obiettivi">{t.backToObjectives}</Link>
            </>
          )
        }
      </QueryState>
    </>
  );
}
