import { Alert } from 'design-react-kit';
import { Link, useNavigate, useParams } from 'react-router';
import { EmptyState } from '../components/empty-state';
import { ErrorState } from '../components/error-state';
import { LoadingState } from '../components/loading-state';
import { PageBreadcrumb } from '../components/page-breadcrumb';
import { QueryState } from '../components/query-state';
import { useDocumentTitle } from '../components/use-document-title';
import { toApiError } from '../app/graphql-errors';
import { useObjectiveOptions } from '../features/objectives/use-objective-options';
import { SpaceEditForm } from '../features/spaces/space-edit-form';
import { toUpdateSpaceInput, type SpaceEditValues } from '../features/spaces/space-edit-values';
import type { SpaceDetail } from '../features/spaces/space-types';
import { useSpace } from '../features/spaces/use-space';
import { useSpaceActions } from '../features/spaces/use-space-actions';
import { it } from '../i18n/it';

function EditSpace({ space }: { space: SpaceDetail }) {
  const navigate = useNavigate();
  const [objectives, reexecuteObjectives] = useObjectiveOptions();
  const { update } = useSpaceActions();
  const spacePath = `/spazi/${encodeURIComponent(space.id)}`;

  const submit = async (values: SpaceEditValues, initial: SpaceEditValues) => {
    const input = toUpdateSpaceInput(values, initial);
    if (Object.keys(input).length > 0) {
      const outcome = await update(space.id, input);
      if (!outcome.ok) return outcome.error;
    }
    navigate(spacePath);
    return null;
  };

  if (objectives.data === undefined && !objectives.error) return <LoadingState />;
  return (
    <>
      {objectives.error && !objectives.data && (
        <ErrorState
          error={toApiError(objectives.error)}
          onRetry={() => reexecuteObjectives({ requestPolicy: 'network-only' })}
        />
      )}
      <SpaceEditForm
        space={space}
        objectives={objectives.data?.objectives ?? []}
        cancelTo={spacePath}
        onSubmit={submit}
      />
    </>
  );
}

/** /spazi/:id/modifica: name, description, visibility and objectives, for whoever coordinates the space. */
export function SpaceEditPage() {
  const t = it.spaces;
  const { id = '' } = useParams();
  const [{ data, error, fetching }, reexecute] = useSpace(id);
  const space = data?.space;
  const spacePath = `/spazi/${encodeURIComponent(id)}`;
  useDocumentTitle(space ? t.editTitle(space.name) : it.titles.editSpace);

  return (
    <>
      <PageBreadcrumb
        items={[
          { label: it.nav.home, to: '/' },
          { label: t.title, to: '/spazi' },
          { label: space?.name ?? id, to: spacePath },
          { label: t.edit },
        ]}
      />
      <QueryState
        data={data}
        error={error}
        fetching={fetching}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        fallbackHeading={t.edit}
      >
        {({ space: found }) =>
          !found ? (
            <>
              <h1>{it.notFound.title}</h1>
              <EmptyState message={t.notFound}>
                <Link to="/spazi">{t.backToSpaces}</Link>
              </EmptyState>
            </>
          ) : (
            <>
              <h1>{t.editTitle(found.name)}</h1>
              {found.archived ? (
                <>
                  <Alert color="info" fade={false} className="my-4">
                    {t.archivedNotice}
                  </Alert>
                  <Link to={spacePath}>{it.common.back}</Link>
                </>
              ) : !found.permissions.canUpdate ? (
                <>
                  <Alert color="warning" fade={false} className="my-4">
                    {t.editForbidden}
                  </Alert>
                  <Link to={spacePath}>{it.common.back}</Link>
                </>
              ) : (
                <EditSpace key={found.id} space={found} />
              )}
            </>
          )
        }
      </QueryState>
    </>
  );
}
