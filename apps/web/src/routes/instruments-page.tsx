import { useMemo } from 'react';
import { Link } from 'react-router';
import { answersFilter } from '../components/answers-filter';
import { FilterResults } from '../components/filter-results';
import { PageBreadcrumb } from '../components/page-breadcrumb';
import { useDocumentTitle } from '../components/use-document-title';
import { CompareBar } from '../features/instruments/compare-bar';
import { toggleValue } from '../features/instruments/instrument-filters';
import { InstrumentFiltersForm } from '../features/instruments/instrument-filters-form';
import { InstrumentSectionNav } from '../features/instruments/instrument-section-nav';
import { InstrumentsTable } from '../features/instruments/instruments-table';
import { OpenDataLinks } from '../features/instruments/open-data-links';
import { useInstrumentFilters } from '../features/instruments/use-instrument-filters';
import { useInstrumentCatalogue, useInstrumentOptions } from '../features/instruments/use-instrument-queries';
import { it } from '../i18n/it';

/** /strumenti: the catalogue with its facets (in the URL), the pick for comparison, the other views and the open data. */
export function InstrumentsPage() {
  const t = it.instruments;
  useDocumentTitle(it.titles.instruments);
  const { state, serverFilter, update, reset, active, selection, select } = useInstrumentFilters();
  const [{ data, error, fetching, operation }, reexecute] = useInstrumentCatalogue(serverFilter);
  const [options] = useInstrumentOptions();

  const current = answersFilter(operation, serverFilter);
  const instruments = current ? data?.instruments : undefined;
  // Counts of the previous search stay on screen until the new ones arrive, so the checkboxes do not jump.
  const facets = data?.instrumentFacets;
  const names = useMemo(
    () => new Map((options.data?.instruments ?? data?.instruments ?? []).map((instrument) => [instrument.id, instrument.name])),
    [options.data, data],
  );

  return (
    <>
      <PageBreadcrumb items={[{ label: it.nav.home, to: '/' }, { label: t.title }]} />
      <h1>{t.heading}</h1>
      <p className="lead">{t.intro}</p>
      <InstrumentSectionNav />

      <section aria-labelledby="filtri-titolo" className="mt-4">
        <h2 id="filtri-titolo" className="h4">
          {t.filtersTitle}
        </h2>
        <InstrumentFiltersForm state={state} update={update} reset={reset} active={active} facets={facets} />
      </section>

      <CompareBar selection={selection} names={names} onChange={select} />

      <FilterResults
        title={t.resultsTitle}
        items={instruments}
        countLabel={t.count}
        countTestId="conteggio-strumenti"
        error={error}
        fetching={fetching}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        emptyMessage={t.empty}
        emptyHint={t.emptyHint}
      >
        {(rows) => (
          <InstrumentsTable
            instruments={rows}
            selection={selection}
            onSelect={(id, on) => select(toggleValue(selection, id, on))}
          />
        )}
      </FilterResults>

      <section aria-labelledby="altri-modi-titolo" className="mt-5">
        <h2 id="altri-modi-titolo" className="h4">
          {t.moreTitle}
        </h2>
        <ul>
          <li className="mb-2">
            <Link to="/strumenti/mappa">{t.tabGraph}</Link>: {t.graphLinkText}
          </li>
          <li className="mb-2">
            <Link to="/strumenti/scelta-guidata">{t.tabChoice}</Link>: {t.choiceLinkText}
          </li>
          <li className="mb-2">
            <Link to="/strumenti/esperienze">{t.tabExperiences}</Link>: {t.experiencesLinkText}
          </li>
        </ul>
      </section>

      <OpenDataLinks />
    </>
  );
}
