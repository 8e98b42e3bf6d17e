import type { CombinedError } from '@urql/core';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { loginPath } from '../app/route-guards';
import { useAuth } from '../features/auth/use-auth';
import { it } from '../i18n/it';
import { EmptyState } from './empty-state';
import { PageBreadcrumb, type Crumb } from './page-breadcrumb';
import { QueryState } from './query-state';

interface PublicActShellProps<T> {
  /** The act, once loaded (null: there is no such act). */
  act: T | null | undefined;
  data: unknown;
  error: CombinedError | undefined;
  fetching: boolean;
  onRetry: () => void;
  crumbs: (act: T | null | undefined) => Crumb[];
  /** The page's heading while loading, on error, or when the visitor must sign in. */
  heading: string;
  loginNeeded: string;
  notFound: string;
  back: { to: string; label: string };
  children: (act: T) => ReactNode;
}

/**
 * The frame of a public act's page (published minutes, an approved model): breadcrumb, loading
 * and errors, "sign in to read" for acts of members-only spaces, "not found" with a way back.
 */
export function PublicActShell<T>({ act, data, error, fetching, onRetry, crumbs, heading, loginNeeded, notFound, back, children }: PublicActShellProps<T>) {
  const location = useLocation();
  const { me } = useAuth();
  const needsLogin = !me && error?.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');

  if (needsLogin && !act) {
    return (
      <>
        <PageBreadcrumb items={crumbs(null)} />
        <h1>{heading}</h1>
        <EmptyState message={loginNeeded}>
          <Link to={loginPath(location.pathname)} className="btn btn-primary btn-sm mt-2">
            {it.spaces.loginCta}
          </Link>
        </EmptyState>
      </>
    );
  }

  return (
    <>
      <PageBreadcrumb items={crumbs(act)} />
      <QueryState data={data ?? undefined} error={error} fetching={fetching} onRetry={onRetry} fallbackHeading={heading}>
        {() =>
          !act ? (
            <>
              <h1>{it.notFound.title}</h1>
              <EmptyState message={notFound}>
                <Link to={back.to}>{back.label}</Link>
              </EmptyState>
            </>
          ) : (
            children(act)
          )
        }
      </QueryState>
    </>
  );
}
