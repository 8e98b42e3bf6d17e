import { PageBreadcrumb } from '../components/page-breadcrumb';
import { FilterResults } from '../components/filter-results';
import { useDocumentTitle } from '../components/use-document-title';
import { PublishedVersionsList } from '../features/models/published-versions-list';
import { usePublishedModelVersions } from '../features/models/use-published-models';
import { it } from '../i18n/it';
import { modelsText } from '../i18n/models';

/**
 * /modelli-approvati: the versions of co-designed models the Collegio approved, in public spaces,
 * for anyone (no login), newest approval first; replaced versions stay, marked "Sostituita".
 */
export function ApprovedModelsPage() {
  const t = modelsText.published;
  useDocumentTitle(t.title);
  const [{ data, error, fetching }, reexecute] = usePublishedModelVersions(null);

  return (
    <>
      <PageBreadcrumb items={[{ label: it.nav.home, to: '/' }, { label: t.title }]} />
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <FilterResults
        title={t.resultsTitle}
        items={data?.publishedModelVersions}
        countLabel={t.count}
        countTestId="conteggio-modelli"
        error={error}
        fetching={fetching}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        emptyMessage={t.none}
        emptyHint={t.noneHint}
      >
        {(versions) => <PublishedVersionsList versions={versions} />}
      </FilterResults>
    </>
  );
}
