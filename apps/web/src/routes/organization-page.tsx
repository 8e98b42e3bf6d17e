import { Link, useParams } from 'react-router';
import { EmptyState } from '../components/empty-state';
import { PageBreadcrumb } from '../components/page-breadcrumb';
import { QueryState } from '../components/query-state';
import { useDocumentTitle } from '../components/use-document-title';
import { useAuth } from '../features/auth/use-auth';
import { OrganizationDetails } from '../features/organizations/organization-details';
import { useOrganization } from '../features/organizations/use-organization';
import { it } from '../i18n/it';

export function OrganizationPage() {
  const t = it.organizations;
  const { id = '' } = useParams();
  const { isAdmin } = useAuth();
  const [{ data, error, fetching }, reexecute] = useOrganization(id);
  const organization = data?.organization;
  useDocumentTitle(organization?.name ?? it.titles.organizations);

  return (
    <>
      <PageBreadcrumb
        items={[{ label: it.nav.home, to: '/' }, { label: t.title, to: '/enti' }, { label: organization?.name ?? id }]}
      />
      <QueryState data={data} error={error} fetching={fetching} onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        fallbackHeading={it.organizations.pageTitle}
      >
        {({ organization: found }) =>
          !found ? (
            <>
              <h1>{it.notFound.title}</h1>
              <EmptyState message={t.notFound}>
                <Link to="/enti">{it.common.back}</Link>
              </EmptyState>
            </>
          ) : (
            <>
              <div className="d-flex flex-wrap justify-content-between align-items-start gap-3">
                <h1>{found.name}</h1>
                {isAdmin && (
                  <Link to={`/enti/${encodeURIComponent(found.id)}/modifica`} className="btn btn-primary">
                    {t.editButton}
                  </Link>
                )}
              </div>
              <section aria-labelledby="dati-ente" className="my-4">
                <h2 id="dati-ente" className="h4">
                  {t.detailsTitle}
                </h2>
                <OrganizationDetails organization={found} />
              </section>
            </>
          )
        }
      </QueryState>
    </>
  );
}
