import { Badge } from 'design-react-kit';
import { Link } from 'react-router';
import { FilterForm } from '../components/filter-form';
import { FilterResults } from '../components/filter-results';
import { PageBreadcrumb } from '../components/page-breadcrumb';
import { useDocumentTitle } from '../components/use-document-title';
import { useUrlFilters } from '../components/use-url-filters';
import '../features/meetings/meetings.css';
import { formatRomeDate, formatRomeDateTime } from '../features/meetings/rome-time';
import { SearchExcerpt } from '../features/meetings/search-excerpt';
import { usePublishedMinutes } from '../features/meetings/use-published-minutes';
import { it } from '../i18n/it';
import { meetingsText } from '../i18n/meetings';

interface SearchState {
  q: string;
}

const PARAMS = ['q'] as const;
const parse = (params: URLSearchParams): SearchState => ({ q: params.get('q') ?? '' });

/**
 * /verbali: the published minutes anyone can read (no login), newest first, with a search in
 * Italian kept in the URL (?q=), and the Atom feed for those who follow them.
 */
export function PublishedMinutesPage() {
  const t = meetingsText.published;
  useDocumentTitle(t.title);
  const { state, update, reset, active } = useUrlFilters<SearchState>(PARAMS, parse);
  const [{ data, error, fetching, operation }, reexecute] = usePublishedMinutes(state.q);
  // While a new search runs, urql still holds the previous answer: it is not this search's.
  const current = operation && (operation.variables as { search: string | null }).search === (state.q.trim() || null);
  const hits = current ? data?.publishedMinutes : undefined;

  return (
    <>
      <PageBreadcrumb items={[{ label: it.nav.home, to: '/' }, { label: t.title }]} />
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <p>
        <a href="/feeds/verbali.atom" type="application/atom+xml">
          {t.feed}
        </a>
      </p>
      <FilterForm
        label={t.searchLabel}
        query={state.q}
        update={update}
        reset={reset}
        active={active}
        searchLabel={t.searchField}
        submitLabel={t.submit}
        resetLabel={t.reset}
      >
        {(searchField) => (
          <>
            {searchField}
            <p className="small">{t.searchHint}</p>
          </>
        )}
      </FilterForm>
      <FilterResults
        title={t.resultsTitle}
        items={hits}
        countLabel={t.count}
        countTestId="conteggio-verbali"
        error={error}
        fetching={fetching}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        emptyMessage={state.q.trim() ? t.empty : t.noneYet}
        emptyHint={state.q.trim() ? t.emptyHint : ''}
      >
        {(items) => (
          <ol className="list-unstyled">
            {items.map((hit) => (
              <li key={hit.id} className="border rounded p-3 mb-3">
                <h3 className="h5 mb-1">
                  <Link to={`/verbali/${encodeURIComponent(hit.id)}`}>{hit.title}</Link>
                  {hit.supersedesId && (
                    <Badge color="primary" className="ms-2">
                      {t.correction}
                    </Badge>
                  )}
                </h3>
                <p className="small mb-1">
                  {t.space}: {hit.spaceName} · {t.meetingDate}{' '}
                  <time dateTime={hit.meetingStartsAt}>{formatRomeDate(hit.meetingStartsAt)}</time> · {t.publishedAt}{' '}
                  <time dateTime={hit.publishedAt}>{formatRomeDateTime(hit.publishedAt)}</time>
                </p>
                {hit.excerpt && (
                  <p className="mb-0">
                    <span className="visually-hidden">{t.excerptLabel}: </span>
                    <SearchExcerpt excerpt={hit.excerpt} />
                  </p>
                )}
              </li>
            ))}
          </ol>
        )}
      </FilterResults>
    </>
  );
}
