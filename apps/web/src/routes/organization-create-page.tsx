import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { toApiError } from '../app/graphql-errors';
import { LoadingState } from '../components/loading-state';
import { PageBreadcrumb } from '../components/page-breadcrumb';
import { useDocumentTitle } from '../components/use-document-title';
import { CreateOrganizationMutation } from '../features/organizations/organization-documents';
import { OrganizationForm, toCreateInput, type OrganizationFormValues } from '../features/organizations/organization-form';
import { useOrganizationFormOptions } from '../features/organizations/use-organization-form-options';
import { it } from '../i18n/it';

export function OrganizationCreatePage() {
  const t = it.organizations;
  useDocumentTitle(it.titles.newOrganization);
  const navigate = useNavigate();
  const [, createOrganization] = useMutation(CreateOrganizationMutation);
  const options = useOrganizationFormOptions();

  const submit = async (values: OrganizationFormValues) => {
    const result = await createOrganization({ input: toCreateInput(values) });
    if (result.error) return toApiError(result.error);
    if (result.data) navigate(`/enti/${encodeURIComponent(result.data.createOrganization.id)}`);
    return null;
  };

  return (
    <>
      <PageBreadcrumb items={[{ label: it.nav.home, to: '/' }, { label: t.title, to: '/enti' }, { label: t.createTitle }]} />
      <h1>{t.createTitle}</h1>
      {options.loading ? (
        <LoadingState />
      ) : (
        <>
          {options.errorAlert}
          <OrganizationForm
            typeOptions={options.types}
            ambitoOptions={options.ambiti}
            parentOptions={options.parents}
            submitLabel={t.create}
            cancelTo="/enti"
            onSubmit={submit}
          />
        </>
      )}
    </>
  );
}
