import { Link, useNavigate, useParams } from 'react-router';
import { useMutation } from 'urql';
import { toApiError } from '../app/graphql-errors';
import { EmptyState } from '../components/empty-state';
import { LoadingState } from '../components/loading-state';
import { PageBreadcrumb } from '../components/page-breadcrumb';
import { QueryState } from '../components/query-state';
import { useDocumentTitle } from '../components/use-document-title';
import { UpdateOrganizationMutation } from '../features/organizations/organization-documents';
import {
  OrganizationForm,
  toUpdateInput,
  valuesFrom,
  type OrganizationFormValues,
} from '../features/organizations/organization-form';
import type { OrganizationDetail } from '../features/organizations/organization-types';
import { useOrganization } from '../features/organizations/use-organization';
import { useOrganizationFormOptions } from '../features/organizations/use-organization-form-options';
import { it } from '../i18n/it';

function EditForm({ organization }: { organization: OrganizationDetail }) {
  const navigate = useNavigate();
  const [, updateOrganization] = useMutation(UpdateOrganizationMutation);
  const options = useOrganizationFormOptions();
  const detailPath = `/enti/${encodeURIComponent(organization.id)}`;

  const submit = async (values: OrganizationFormValues) => {
    const input = toUpdateInput(values, valuesFrom(organization));
    if (Object.keys(input).length > 0) {
      const result = await updateOrganization({ id: organization.id, input });
      if (result.error) return toApiError(result.error);
    }
    navigate(detailPath);
    return null;
  };

  if (options.loading) return <LoadingState />;
  return (
    <>
      {options.errorAlert}
      <OrganizationForm
        initial={organization}
        typeOptions={options.types}
        ambitoOptions={options.ambiti}
        parentOptions={options.parents}
        submitLabel={it.organizations.save}
        cancelTo={detailPath}
        onSubmit={submit}
      />
    </>
  );
}

export function OrganizationEditPage() {
  const t = it.organizations;
  const { id = '' } = useParams();
  const [{ data, error, fetching }, reexecute] = useOrganization(id);
  const organization = data?.organization;
  useDocumentTitle(organization ? t.editTitle(organization.name) : t.editButton);

  return (
    <>
      <PageBreadcrumb
        items={[
          { label: it.nav.home, to: '/' },
          { label: t.title, to: '/enti' },
          ...(organization ? [{ label: organization.name, to: `/enti/${encodeURIComponent(organization.id)}` }] : []),
          { label: t.editButton },
        ]}
      />
      <QueryState data={data} error={error} fetching={fetching} onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        fallbackHeading={it.organizations.editPageTitle}
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
              <h1>{t.editTitle(found.name)}</h1>
              <EditForm key={found.id} organization={found} />
            </>
          )
        }
      </QueryState>
    </>
  );
}
