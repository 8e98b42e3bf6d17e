import { LoadingState } from '../components/loading-state';
import { PageBreadcrumb } from '../components/page-breadcrumb';
import { QueryState } from '../components/query-state';
import { useDocumentTitle } from '../components/use-document-title';
import { InviteUserForm } from '../features/auth/invite-user-form';
import { useOrganizationOptions } from '../features/organizations/use-organization-options';
import { it } from '../i18n/it';

export function InviteUserPage() {
  const t = it.admin;
  useDocumentTitle(it.titles.invite);
  const [{ data, error, fetching }, reexecute] = useOrganizationOptions();

  return (
    <>
      <PageBreadcrumb items={[{ label: it.nav.home, to: '/' }, { label: t.title }, { label: t.inviteTitle }]} />
      <h1>{t.inviteTitle}</h1>
      <p className="lead">{t.inviteIntro}</p>
      <QueryState data={data} error={error} fetching={fetching} onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
        {({ organizations }) =>
          organizations ? (
            <InviteUserForm
              organizationOptions={[...organizations]
                .sort((a, b) => a.name.localeCompare(b.name, 'it'))
                .map((o) => ({ value: o.id, label: o.name }))}
            />
          ) : (
            <LoadingState />
          )
        }
      </QueryState>
    </>
  );
}
