import { Alert } from 'design-react-kit';
import { useMemo } from 'react';
import { Link, useLocation } from 'react-router';
import { toApiError } from '../app/graphql-errors';
import { EmptyState } from '../components/empty-state';
import { ErrorState } from '../components/error-state';
import { LoadingState } from '../components/loading-state';
import { PageBreadcrumb } from '../components/page-breadcrumb';
import { useDocumentTitle } from '../components/use-document-title';
import { MySpaceCards } from '../features/spaces/my-space-cards';
import type { SpaceFilter } from '../features/spaces/space-types';
import { useSpaces } from '../features/spaces/use-spaces';
import { it } from '../i18n/it';

const MINE: SpaceFilter = { mine: true };

/** "I miei tavoli": the spaces the signed-in person belongs to, by kind. */
export function MySpacesPage() {
  const t = it.spaces;
  useDocumentTitle(it.titles.mySpaces);
  const location = useLocation();
  const [{ data, error, fetching }, reexecute] = useSpaces(MINE);
  // A message handed over by the page we come from (e.g. "Hai lasciato lo spazio …").
  const message = (location.state as { message?: string } | null)?.message;
  const spaces = useMemo(() => data?.spaces.filter((s) => !s.archived), [data]);

  return (
    <>
      <PageBreadcrumb items={[{ label: it.nav.home, to: '/' }, { label: t.mineTitle }]} />
      <h1>{t.mineTitle}</h1>
      <p className="lead">{t.mineIntro}</p>
      {message && (
        <Alert color="success" fade={false} className="my-4">
          {message}
        </Alert>
      )}
      {error && !fetching && !spaces ? (
        <ErrorState error={toApiError(error)} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
      ) : !spaces ? (
        <LoadingState />
      ) : spaces.length === 0 ? (
        <EmptyState message={t.mineEmpty}>
          <p className="mb-2">{t.mineEmptyHint}</p>
          <Link to="/spazi">{t.browseAll}</Link>
        </EmptyState>
      ) : (
        <>
          <MySpaceCards spaces={spaces} />
          <p className="mt-2">
            <Link to="/spazi">{t.browseAll}</Link>
          </p>
        </>
      )}
    </>
  );
}
