import { useMemo } from 'react';
import { Link } from 'react-router';
import { toApiError } from '../app/graphql-errors';
import { answersFilter } from '../components/answers-filter';
import { ErrorState } from '../components/error-state';
import { FilterResults } from '../components/filter-results';
import { PageBreadcrumb } from '../components/page-breadcrumb';
import { useDocumentTitle } from '../components/use-document-title';
import { useAuth } from '../features/auth/use-auth';
import { OrganizationFilters } from '../features/organizations/organization-filters';
import { OrganizationsTable } from '../features/organizations/organizations-table';
import { useOrganizationFilters } from '../features/organizations/use-organization-filters';
import { useOrganizationTypes } from '../features/organizations/use-organization-types';
import { useOrganizations } from '../features/organizations/use-organizations';
import { useAmbitoOptions } from '../features/territory/use-ambito-options';
import { it } from '../i18n/it';

export function OrganizationsPage() {
  const t = it.organizations;
  useDocumentTitle(it.titles.organizations);
  const { isAdmin } = useAuth();
  const { state, serverFilter, matches, update, reset, active } = useOrganizationFilters();
  const [{ data, error, fetching, operation }, reexecute] = useOrganizations(serverFilter);
  const [types] = useOrganizationTypes();
  const [ambiti] = useAmbitoOptions();

  const typeOptions = (types.data?.organizationTypes ?? []).map((type) => ({ value: type, label: type }));
  // Keep a value from the URL selectable even before (or without) the option lists.
  if (state.tipo && !typeOptions.some((option) => option.value === state.tipo)) {
    typeOptions.push({ value: state.tipo, label: state.tipo });
  }
  const ambitoOptions = (ambiti.data?.ambiti ?? []).map((ambito) => ({ value: ambito.id, label: ambito.name }));
  if (state.ambito && !ambitoOptions.some((option) => option.value === state.ambito)) {
    ambitoOptions.push({ value: state.ambito, label: state.ambito });
  }
  const optionsError = types.error ?? ambiti.error;
  const answersCurrentSearch = answersFilter(operation, serverFilter);
  const organizations = useMemo(
    () => (answersCurrentSearch ? data?.organizations.filter(matches) : undefined),
    [answersCurrentSearch, data, matches],
  );

  return (
    <>
      <PageBreadcrumb items={[{ label: it.nav.home, to: '/' }, { label: t.title }]} />
      <div className="d-flex flex-wrap justify-content-between align-items-start gap-3">
        <h1>{t.title}</h1>
        {isAdmin && (
          <Link to="/enti/nuovo" className="btn btn-primary">
            {t.newButton}
          </Link>
        )}
      </div>
      <p className="lead">{t.intro}</p>

      <section aria-labelledby="filtri-titolo" className="mt-4">
        <h2 id="filtri-titolo" className="h4">
          {t.filtersTitle}
        </h2>
        {optionsError && <ErrorState error={toApiError(optionsError)} />}
        <OrganizationFilters
          state={state}
          update={update}
          reset={reset}
          active={active}
          typeOptions={typeOptions}
          ambitoOptions={ambitoOptions}
        />
      </section>

      <FilterResults
        title={t.resultsTitle}
        items={organizations}
        countLabel={t.count}
        countTestId="conteggio-enti"
        error={error}
        fetching={fetching}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        emptyMessage={t.empty}
        emptyHint={t.emptyHint}
      >
        {(rows) => <OrganizationsTable organizations={rows} />}
      </FilterResults>
    </>
  );
}
