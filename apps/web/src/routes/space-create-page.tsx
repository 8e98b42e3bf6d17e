import { Alert } from 'design-react-kit';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation } from 'urql';
import { toApiError } from '../app/graphql-errors';
import { EmptyState } from '../components/empty-state';
import { LoadingState } from '../components/loading-state';
import { PageBreadcrumb } from '../components/page-breadcrumb';
import { QueryState } from '../components/query-state';
import { useDocumentTitle } from '../components/use-document-title';
import { useObjectiveOptions } from '../features/objectives/use-objective-options';
import { CreateSpaceMutation } from '../features/spaces/space-documents';
import { SpaceForm } from '../features/spaces/space-form';
import type { CreateSpaceInput } from '../features/spaces/space-types';
import { useSpace } from '../features/spaces/use-space';
import { useAmbitoOptions } from '../features/territory/use-ambito-options';
import { it } from '../i18n/it';

/** /spazi/:id/nuovo: a working group (or another kind of space) inside the space :id. */
export function SpaceCreatePage() {
  const t = it.spaces;
  useDocumentTitle(it.titles.newSpace);
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const [{ data, error, fetching }, reexecute] = useSpace(id);
  const [ambiti] = useAmbitoOptions();
  const [objectives] = useObjectiveOptions();
  const [, createSpace] = useMutation(CreateSpaceMutation);
  const parent = data?.space;
  const parentPath = `/spazi/${encodeURIComponent(id)}`;

  const submit = async (input: CreateSpaceInput) => {
    const result = await createSpace({ input });
    if (result.error) return toApiError(result.error);
    if (result.data) navigate(`/spazi/${encodeURIComponent(result.data.createSpace.id)}`);
    return null;
  };

  const optionsPending =
    (ambiti.data === undefined && !ambiti.error) || (objectives.data === undefined && !objectives.error);

  return (
    <>
      <PageBreadcrumb
        items={[
          { label: it.nav.home, to: '/' },
          { label: t.title, to: '/spazi' },
          { label: parent?.name ?? id, to: parentPath },
          { label: t.createTitle },
        ]}
      />
      <h1>{t.createTitle}</h1>
      <QueryState data={data} error={error} fetching={fetching} onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
        {({ space: found }) =>
          !found ? (
            <EmptyState message={t.notFound}>
              <Link to="/spazi">{t.backToSpaces}</Link>
            </EmptyState>
          ) : !found.permissions.canCreateChild || found.archived ? (
            <>
              <Alert color="warning" fade={false} className="my-4">
                {t.createForbidden}
              </Alert>
              <Link to={parentPath}>{it.common.back}</Link>
            </>
          ) : optionsPending ? (
            <LoadingState />
          ) : (
            <>
              <p className="lead">{t.createIntro(found.name)}</p>
              <SpaceForm
                parent={found}
                ambitoOptions={(ambiti.data?.ambiti ?? []).map((a) => ({ value: a.id, label: a.name }))}
                objectives={objectives.data?.objectives ?? found.objectives}
                cancelTo={parentPath}
                onSubmit={submit}
              />
            </>
          )
        }
      </QueryState>
    </>
  );
}
