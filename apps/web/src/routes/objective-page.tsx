import { Link, useLocation, useParams } from 'react-router';
import { loginPath } from '../app/route-guards';
import { EmptyState } from '../components/empty-state';
import { PageBreadcrumb } from '../components/page-breadcrumb';
import { QueryState } from '../components/query-state';
import { useDocumentTitle } from '../components/use-document-title';
import { useAuth } from '../features/auth/use-auth';
import { ObjectiveActions } from '../features/objectives/objective-actions';
import { useObjective } from '../features/objectives/use-objective';
import { kindLabel } from '../features/spaces/space-labels';
import { it } from '../i18n/it';

/** One objective: description, goals, actions by year and (signed in) the spaces working on it. */
export function ObjectivePage() {
  const t = it.objectives;
  const { id = '' } = useParams();
  const location = useLocation();
  const { me, loading: authLoading } = useAuth();
  const signedIn = me !== null;
  const [{ data, error, fetching }, reexecute] = useObjective(id, signedIn);
  const objective = data?.objective;
  useDocumentTitle(objective?.title ?? it.titles.objectives);

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

              <section aria-labelledby="obiettivo-azioni" className="my-4">
                <h2 id="obiettivo-azioni" className="h4">
                  {t.actions}
                </h2>
                {found.actions.length === 0 ? <p>{t.noActions}</p> : <ObjectiveActions actions={found.actions} />}
              </section>

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
                        </li>
                      ))}
                  </ul>
                )}
              </section>

              <Link to="/obiettivi">{t.backToObjectives}</Link>
            </>
          )
        }
      </QueryState>
    </>
  );
}
