import { PageBreadcrumb } from '../components/page-breadcrumb';
import { EmptyState } from '../components/empty-state';
import { QueryState } from '../components/query-state';
import { useDocumentTitle } from '../components/use-document-title';
import { AmbitiTable } from '../features/territory/ambiti-table';
import { TerritoryNote } from '../features/territory/territory-note';
import { useTerritory } from '../features/territory/use-territory';
import { it } from '../i18n/it';

export function TerritoryPage() {
  const t = it.territory;
  useDocumentTitle(it.titles.territory);
  const [{ data, error, fetching }, reexecute] = useTerritory();
  return (
    <>
      <PageBreadcrumb items={[{ label: it.nav.home, to: '/' }, { label: t.title }]} />
      <h1>{t.title}</h1>
      <QueryState data={data} error={error} fetching={fetching} onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
        {({ territory, ambiti }) => (
          <>
            <p className="lead">{t.intro(territory.province)}</p>
            <TerritoryNote territory={territory} />
            <section aria-labelledby="ambiti-titolo" className="mt-4">
              <h2 id="ambiti-titolo">{t.summaryAmbiti(ambiti.length)}</h2>
              {ambiti.length === 0 ? <EmptyState message={t.empty} /> : <AmbitiTable ambiti={ambiti} territory={territory} />}
            </section>
          </>
        )}
      </QueryState>
    </>
  );
}
