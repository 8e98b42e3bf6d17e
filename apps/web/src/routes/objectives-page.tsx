import { EmptyState } from '../components/empty-state';
import { PageBreadcrumb } from '../components/page-breadcrumb';
import { QueryState } from '../components/query-state';
import { useDocumentTitle } from '../components/use-document-title';
import { ObjectiveList } from '../features/objectives/objective-list';
import { useObjectives } from '../features/objectives/use-objectives';
import { it } from '../i18n/it';

/** The 12 objectives of the Prologo, by track. Public. */
export function ObjectivesPage() {
  const t = it.objectives;
  useDocumentTitle(it.titles.objectives);
  const [{ data, error, fetching }, reexecute] = useObjectives();
  return (
    <>
      <PageBreadcrumb items={[{ label: it.nav.home, to: '/' }, { label: t.title }]} />
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      <QueryState data={data} error={error} fetching={fetching} onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
        {({ objectives }) =>
          objectives.length === 0 ? <EmptyState message={t.empty} /> : <ObjectiveList objectives={objectives} />
        }
      </QueryState>
    </>
  );
}
