import { toApiError } from '../app/graphql-errors';
import { ErrorState } from '../components/error-state';
import { LoadingState } from '../components/loading-state';
import { useDocumentTitle } from '../components/use-document-title';
import { useAuth } from '../features/auth/use-auth';
import { ActionEntry } from '../features/monitoring/action-entry';
import { IndicatorsSection } from '../features/monitoring/indicators-section';
import '../features/monitoring/monitoring.css';
import type { MonitoredAction, PlanTemplateInfo } from '../features/monitoring/monitoring-types';
import { PathStartForm } from '../features/monitoring/path-start-form';
import { useMonitoringActions } from '../features/monitoring/use-monitoring-actions';
import { useSpacePath } from '../features/monitoring/use-monitoring-queries';
import { useSpaceOutlet } from '../features/spaces/space-outlet-context';
import { monitoringText } from '../i18n/monitoring';

/** A template's phases in the space: the actions its start created (their setting is "<template>:<phase>"). */
function phasesOf(template: PlanTemplateInfo, actions: readonly MonitoredAction[]): MonitoredAction[] {
  return actions
    .filter((a) => a.setting?.startsWith(`${template.id}:`))
    .sort((a, b) => (a.dueDate ?? '').localeCompare(b.dueDate ?? ''));
}

/**
 * /spazi/:id/percorso: a path such as the Piano di Zona drafting. Before it starts, the templates
 * with their phases (coordinators choose the approval deadline and start one); afterwards the
 * phases with due dates, evidence asked for and status, and the path's indicators. Public to read.
 */
export function SpacePathPage() {
  const t = monitoringText.path;
  const { space } = useSpaceOutlet();
  const { isAdmin } = useAuth();
  useDocumentTitle(`${t.title} · ${space.name}`);
  const { result, refresh } = useSpacePath(space.id);
  const actions = useMonitoringActions();
  const { data, error, fetching } = result;
  const canMonitor = (space.myRole === 'COORDINATOR' || isAdmin) && !space.archived;
  const monitoring = canMonitor ? actions : null;

  if (error && !fetching && !data) return <ErrorState error={toApiError(error)} onRetry={refresh} />;
  if (!data) return <LoadingState />;

  const started = data.planTemplates.filter((template) => phasesOf(template, data.actions).length > 0);
  const available = data.planTemplates.filter((template) => !started.includes(template));

  return (
    <>
      <h2 className="h3">{t.title}</h2>
      <p>{t.intro}</p>
      {started.length === 0 && <p className="fw-semibold">{t.notStarted}</p>}

      {started.map((template) => (
        <section key={template.id} aria-labelledby={`fasi-${template.id}`} className="my-5">
          <h3 id={`fasi-${template.id}`} className="h4">
            {t.phasesTitle}: {template.name}
          </h3>
          <p className="small">
            {t.anchor}: {template.anchor}
          </p>
          <ol className="list-unstyled">
            {phasesOf(template, data.actions).map((phase) => (
              <ActionEntry key={phase.id} action={phase} showYears={false} actions={monitoring} spaceIds={[space.id]} />
            ))}
          </ol>
        </section>
      ))}

      {started.length > 0 && (
        <IndicatorsSection
          objectiveId={null}
          indicators={data.spaceIndicators}
          monitoring={monitoring}
          title={t.indicatorsTitle}
          headingId="indicatori-percorso-titolo"
          emptyMessage={t.noIndicators}
        />
      )}

      {available.length > 0 && (
        <section aria-labelledby="modelli-percorso-titolo" className="my-5">
          <h3 id="modelli-percorso-titolo" className="h4">
            {t.templatesTitle}
          </h3>
          {available.map((template) => (
            <article key={template.id} aria-labelledby={`modello-${template.id}`} className="border rounded p-3 mb-4">
              <h4 id={`modello-${template.id}`} className="h5">
                {template.name}
              </h4>
              <p className="small">
                {t.anchor}: {template.anchor}
              </p>
              <p className="fw-semibold mb-1">{t.phases}</p>
              <ol>
                {template.phases.map((phase) => (
                  <li key={phase}>{phase}</li>
                ))}
              </ol>
              {canMonitor ? (
                <PathStartForm template={template} onStart={(deadline) => actions.startTemplate(space.id, template.id, deadline)} />
              ) : (
                <p className="small mb-0">{t.onlyCoordinators}</p>
              )}
            </article>
          ))}
        </section>
      )}
    </>
  );
}
