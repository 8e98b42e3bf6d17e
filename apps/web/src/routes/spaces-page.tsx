import { useMemo } from 'react';
import { Link, useLocation } from 'react-router';
import { loginPath } from '../app/route-guards';
import { toApiError } from '../app/graphql-errors';
import { answersFilter } from '../components/answers-filter';
import { EmptyState } from '../components/empty-state';
import { ErrorState } from '../components/error-state';
import { FilterResults } from '../components/filter-results';
import { LoadingState } from '../components/loading-state';
import { PageBreadcrumb } from '../components/page-breadcrumb';
import { useDocumentTitle } from '../components/use-document-title';
import { useAuth } from '../features/auth/use-auth';
import { useObjectiveOptions } from '../features/objectives/use-objective-options';
import { SpaceFilters } from '../features/spaces/space-filters';
import { SpacesTable } from '../features/spaces/spaces-table';
import { useSpaceFilters } from '../features/spaces/use-space-filters';
import { useSpaces } from '../features/spaces/use-spaces';
import { it } from '../i18n/it';

/** Every space, filtered by kind, objective, name and "archived too", with the filters in the URL. */
export function SpacesPage() {
  const t = it.spaces;
  useDocumentTitle(it.titles.spaces);
  const location = useLocation();
  const { me, loading: authLoading } = useAuth();
  const signedIn = me !== null;
  const { state, serverFilter, matches, update, reset, active } = useSpaceFilters();
  const [{ data, error, fetching, operation }, reexecute] = useSpaces(serverFilter, !signedIn);
  const [objectives] = useObjectiveOptions();

  const objectiveOptions = [...(objectives.data?.objectives ?? [])]
    .sort((a, b) => a.track.localeCompare(b.track) || a.number - b.number)
    .map((o) => ({
      value: o.id,
      label: `${it.objectives.trackLabel[o.track] ?? o.track} – ${it.objectives.numbered(o.number, o.title)}`,
    }));
  if (state.obiettivo && !objectiveOptions.some((o) => o.value === state.obiettivo)) {
    objectiveOptions.push({ value: state.obiettivo, label: state.obiettivo });
  }

  const answersCurrentSearch = answersFilter(operation, serverFilter);
  const spaces = useMemo(
    () =>
      answersCurrentSearch
        ? data?.spaces.filter(matches).sort((a, b) => a.name.localeCompare(b.name, 'it'))
        : undefined,
    [answersCurrentSearch, data, matches],
  );

  const header = (
    <>
      <PageBreadcrumb items={[{ label: it.nav.home, to: '/' }, { label: t.title }]} />
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
    </>
  );

  if (authLoading) {
    return (
      <>
        {header}
        <LoadingState />
      </>
    );
  }

  if (!signedIn) {
    return (
      <>
        {header}
        <EmptyState message={t.loginNeeded}>
          <Link to={loginPath(location.pathname + location.search)} className="btn btn-primary btn-sm mt-2">
            {t.loginCta}
          </Link>
        </EmptyState>
      </>
    );
  }

  return (
    <>
      {header}
      <section aria-labelledby="filtri-titolo" className="mt-4">
        <h2 id="filtri-titolo" className="h4">
          {t.filtersTitle}
        </h2>
        {objectives.error && <ErrorState error={toApiError(objectives.error)} />}
        <SpaceFilters state={state} update={update} reset={reset} active={active} objectiveOptions={objectiveOptions} />
      </section>

      <FilterResults
        title={t.resultsTitle}
        items={spaces}
        countLabel={t.count}
        countTestId="conteggio-spazi"
        error={error}
        fetching={fetching}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        emptyMessage={t.empty}
        emptyHint={t.emptyHint}
      >
        {(rows) => <SpacesTable spaces={rows} />}
      </FilterResults>
    </>
  );
}
