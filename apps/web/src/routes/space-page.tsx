import { Alert, Badge } from 'design-react-kit';
import { useCallback } from 'react';
import { Link, Outlet, useLocation, useParams } from 'react-router';
import { loginPath } from '../app/route-guards';
import { EmptyState } from '../components/empty-state';
import { PageBreadcrumb, type Crumb } from '../components/page-breadcrumb';
import { QueryState } from '../components/query-state';
import { useDocumentTitle } from '../components/use-document-title';
import { useAuth } from '../features/auth/use-auth';
import { SpaceBadges } from '../features/spaces/space-badges';
import { roleLabel } from '../features/spaces/space-labels';
import type { SpaceOutletContext } from '../features/spaces/space-outlet-context';
import { SpaceTabs } from '../features/spaces/space-tabs';
import type { SpaceDetail } from '../features/spaces/space-types';
import { useSpace } from '../features/spaces/use-space';
import { it } from '../i18n/it';

function crumbs(space: SpaceDetail | null | undefined, id: string): Crumb[] {
  const items: Crumb[] = [
    { label: it.nav.home, to: '/' },
    { label: it.spaces.title, to: '/spazi' },
  ];
  const grandparent = space?.parent?.parent;
  if (grandparent) items.push({ label: grandparent.name, to: `/spazi/${encodeURIComponent(grandparent.id)}` });
  if (space?.parent) items.push({ label: space.parent.name, to: `/spazi/${encodeURIComponent(space.parent.id)}` });
  items.push({ label: space?.name ?? id });
  return items;
}

/** /spazi/:id and its sections: the heading, the badges and the tabs stay; the section below changes. */
export function SpacePage() {
  const t = it.spaces;
  const { id = '' } = useParams();
  const location = useLocation();
  const { me } = useAuth();
  const [{ data, error, fetching }, reexecute] = useSpace(id);
  const space = data?.space;
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  useDocumentTitle(space?.name ?? it.titles.spaces);

  return (
    <>
      <PageBreadcrumb items={crumbs(space, id)} />
      <QueryState
        data={data}
        error={error}
        fetching={fetching}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        fallbackHeading={t.pageTitle}
      >
        {({ space: found }) =>
          !found ? (
            me ? (
              <>
                <h1>{it.notFound.title}</h1>
                <EmptyState message={t.notFound}>
                  <Link to="/spazi">{t.backToSpaces}</Link>
                </EmptyState>
              </>
            ) : (
              <>
                <h1>{t.pageTitle}</h1>
                <EmptyState message={t.loginNeededSpace}>
                  <Link to={loginPath(location.pathname + location.search)} className="btn btn-primary btn-sm mt-2">
                    {t.loginCta}
                  </Link>
                </EmptyState>
              </>
            )
          ) : (
            <>
              <h1>{found.name}</h1>
              <SpaceBadges kind={found.kind} scope={found.scope} ambito={found.ambito} archived={found.archived} />
              <p className="mt-3 mb-0">
                {found.myRole ? (
                  <>
                    {t.myRole}: <Badge color="success">{roleLabel(found.myRole)}</Badge>
                  </>
                ) : (
                  me && t.notMember
                )}
                <span className="ms-3">{t.memberCount(found.memberCount)}</span>
                {found.unreadCount > 0 && (
                  <Link to="/notifiche" className="ms-3">
                    {t.unread(found.unreadCount)}
                  </Link>
                )}
              </p>
              {/* Read-only for everybody: the sections hide what would change it (the API refuses anyway). */}
              {found.archived && (
                <Alert color="info" fade={false} className="mt-4 mb-0">
                  {t.archivedNotice}
                </Alert>
              )}
              {/* Documents and meetings are for members only: others are not offered those tabs. */}
              <SpaceTabs spaceId={found.id} isMember={found.myRole !== null} />
              <Outlet context={{ space: found, refresh } satisfies SpaceOutletContext} />
            </>
          )
        }
      </QueryState>
    </>
  );
}
