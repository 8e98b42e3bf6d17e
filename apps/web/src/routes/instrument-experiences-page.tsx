import { useMemo } from 'react';
import { EmptyState } from '../components/empty-state';
import { PageBreadcrumb } from '../components/page-breadcrumb';
import { QueryState } from '../components/query-state';
import { useDocumentTitle } from '../components/use-document-title';
import { AmbitiExperienceGrid } from '../features/instruments/ambiti-experience-grid';
import { shapeExperienceMatrix } from '../features/instruments/experience-matrix';
import { ExperienceList } from '../features/instruments/experience-list';
import { ExperienceMatrixTable } from '../features/instruments/experience-matrix-table';
import { InstrumentSectionNav } from '../features/instruments/instrument-section-nav';
import { useInstrumentExperiences } from '../features/instruments/use-instrument-queries';
import { it } from '../i18n/it';

/** /strumenti/esperienze: where the territory has used each instrument, as Ambiti cards, an Ambiti × instruments table and a list. */
export function InstrumentExperiencesPage() {
  const t = it.instruments;
  useDocumentTitle(it.titles.instrumentExperiences);
  const [{ data, error, fetching }, reexecute] = useInstrumentExperiences();
  const matrix = useMemo(() => (data ? shapeExperienceMatrix(data.instrumentExperienceMatrix) : null), [data]);

  return (
    <>
      <PageBreadcrumb items={[{ label: it.nav.home, to: '/' }, { label: t.title, to: '/strumenti' }, { label: t.tabExperiences }]} />
      <h1>{t.experiencesPageTitle}</h1>
      <p className="lead">{t.experiencesIntro}</p>
      <InstrumentSectionNav />
      <QueryState data={data} error={error} fetching={fetching} onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
        {({ instrumentExperiences }) =>
          matrix && (
            <>
              <p className="fw-semibold" data-testid="conteggio-esperienze">
                {t.experiencesTotal(matrix.total)}
              </p>
              <section aria-labelledby="ambiti-titolo" className="my-4">
                <h2 id="ambiti-titolo" className="h4">
                  {t.ambitiTitle}
                </h2>
                <p>{t.ambitiIntro}</p>
                <AmbitiExperienceGrid rows={matrix.rows} />
              </section>
              <section aria-labelledby="matrice-titolo" className="my-4">
                <h2 id="matrice-titolo" className="h4">
                  {t.matrixTitle}
                </h2>
                {matrix.columns.length === 0 ? (
                  <EmptyState message={t.matrixEmpty}>
                    <p className="mb-0">{t.matrixEmptyHint}</p>
                  </EmptyState>
                ) : (
                  <>
                    <p>{t.matrixIntro}</p>
                    <ExperienceMatrixTable matrix={matrix} />
                  </>
                )}
              </section>
              {instrumentExperiences.length > 0 && (
                <section aria-labelledby="elenco-esperienze-titolo" className="my-4">
                  <h2 id="elenco-esperienze-titolo" className="h4">
                    {t.listExperiencesTitle}
                  </h2>
                  <ExperienceList experiences={instrumentExperiences} showInstrument />
                </section>
              )}
            </>
          )
        }
      </QueryState>
    </>
  );
}
