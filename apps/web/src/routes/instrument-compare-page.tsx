import { Alert } from 'design-react-kit';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { EmptyState } from '../components/empty-state';
import { PageBreadcrumb } from '../components/page-breadcrumb';
import { QueryState } from '../components/query-state';
import { useDocumentTitle } from '../components/use-document-title';
import { InstrumentComparisonTable } from '../features/instruments/instrument-comparison-table';
import { parseComparisonIds, writeCompareSelection } from '../features/instruments/instrument-filters';
import { useInstrumentComparison } from '../features/instruments/use-instrument-queries';
import { it } from '../i18n/it';

/** /strumenti/confronto?ids=a,b,c: 2–4 instruments side by side on every attribute. */
export function InstrumentComparePage() {
  const t = it.instruments;
  useDocumentTitle(it.titles.instrumentCompare);
  const [params] = useSearchParams();
  const { ids, problem } = parseComparisonIds(params);
  const [onlyDifferences, setOnlyDifferences] = useState(false);
  const [{ data, error, fetching }, reexecute] = useInstrumentComparison(ids, problem === 'tooFew');

  return (
    <>
      <PageBreadcrumb items={[{ label: it.nav.home, to: '/' }, { label: t.title, to: '/strumenti' }, { label: t.comparePageTitle }]} />
      <h1>{t.comparePageTitle}</h1>
      <p className="lead">{t.compareIntro}</p>
      {problem === 'tooFew' ? (
        <EmptyState message={t.compareTooFew}>
          <Link to="/strumenti">{t.backToCatalogueCompare}</Link>
        </EmptyState>
      ) : (
        <>
          {problem === 'tooMany' && (
            <Alert color="info" fade={false}>
              {t.compareTooMany}
            </Alert>
          )}
          <QueryState data={data} error={error} fetching={fetching} onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
            {({ compareInstruments: comparison }) => (
              <>
                <p className="fw-semibold" data-testid="righe-diverse">
                  {t.differingCount(comparison.rows.filter((row) => !row.same).length, comparison.rows.length)}
                </p>
                <div className="form-check mb-3">
                  <input
                    id="solo-differenze"
                    type="checkbox"
                    checked={onlyDifferences}
                    onChange={(event) => setOnlyDifferences(event.target.checked)}
                  />
                  <label htmlFor="solo-differenze">{t.onlyDifferences}</label>
                </div>
                <InstrumentComparisonTable comparison={comparison} onlyDifferences={onlyDifferences} />
              </>
            )}
          </QueryState>
          <p className="mt-3">
            <Link to={`/strumenti?${writeCompareSelection(new URLSearchParams(), ids).toString()}`}>{t.backToCatalogueCompare}</Link>
          </p>
        </>
      )}
    </>
  );
}
