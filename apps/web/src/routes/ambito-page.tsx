import { Link, useParams } from 'react-router';
import { EmptyState } from '../components/empty-state';
import { PageBreadcrumb } from '../components/page-breadcrumb';
import { QueryState } from '../components/query-state';
import { useDocumentTitle } from '../components/use-document-title';
import { ComuniList } from '../features/territory/comuni-list';
import { useAmbito } from '../features/territory/use-ambito';
import { formatEuroCents, formatInteger } from '../i18n/format';
import { it } from '../i18n/it';

export function AmbitoPage() {
  const t = it.ambito;
  const { ambitoId = '' } = useParams();
  const [{ data, error, fetching }, reexecute] = useAmbito(ambitoId);
  const ambito = data?.ambito;
  useDocumentTitle(ambito ? ambito.name : it.titles.territory);

  return (
    <>
      <PageBreadcrumb
        items={[{ label: it.nav.home, to: '/' }, { label: it.territory.title, to: '/territorio' }, { label: ambito?.name ?? ambitoId }]}
      />
      <QueryState data={data} error={error} fetching={fetching} onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        fallbackHeading={it.ambito.pageTitle}
      >
        {({ ambito: found }) =>
          !found ? (
            <>
              <h1>{it.notFound.title}</h1>
              <EmptyState message={t.notFound}>
                <Link to="/territorio">{t.backToTerritory}</Link>
              </EmptyState>
            </>
          ) : (
            <>
              <h1>
                <span className="visually-hidden">{it.organizations.ambito} </span>
                {found.name}
              </h1>
              <section aria-labelledby="dati-ambito" className="my-4">
                <h2 id="dati-ambito" className="h4">
                  {t.details}
                </h2>
                <dl className="row mb-0">
                  <dt className="col-12 col-md-4">{t.distretto}</dt>
                  <dd className="col-12 col-md-8">{it.territory.distrettoName(found.distretto.number, found.distretto.name)}</dd>
                  <dt className="col-12 col-md-4">{t.asst}</dt>
                  <dd className="col-12 col-md-8">{found.distretto.asst.name}</dd>
                  <dt className="col-12 col-md-4">{t.comuniCount}</dt>
                  <dd className="col-12 col-md-8">{formatInteger(found.comuniCount)}</dd>
                  <dt className="col-12 col-md-4">{t.quota}</dt>
                  <dd className="col-12 col-md-8">{formatEuroCents(found.fnpsQuotaPerYearCents)}</dd>
                  {found.aliases.length > 0 && (
                    <>
                      <dt className="col-12 col-md-4">{t.aliases}</dt>
                      <dd className="col-12 col-md-8">{found.aliases.join(', ')}</dd>
                    </>
                  )}
                </dl>
              </section>
              <section aria-labelledby="comuni-titolo" className="my-4">
                <h2 id="comuni-titolo" className="h4">
                  {t.comuniTitle} ({formatInteger(found.comuni.length)})
                </h2>
                <p>{t.comuniIntro}</p>
                {found.comuni.length === 0 ? (
                  <EmptyState message={t.noComuni} />
                ) : (
                  <ComuniList comuni={found.comuni} labelledBy="comuni-titolo" />
                )}
              </section>
              <Link to="/territorio">{t.backToTerritory}</Link>
            </>
          )
        }
      </QueryState>
    </>
  );
}
