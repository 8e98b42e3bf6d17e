import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ErrorState } from '../components/error-state';
import { LoadingState } from '../components/loading-state';
import { NotAuthorized } from '../components/not-authorized';
import { useAuth } from '../features/auth/use-auth';
import { it } from '../i18n/it';

/** "/accedi?ritorno=/enti/nuovo": where to go back after logging in. */
export function loginPath(returnTo: string): string {
  return returnTo && returnTo !== '/' ? `/accedi?ritorno=${encodeURIComponent(returnTo)}` : '/accedi';
}

/** Only same-site paths are followed after login, never another origin. */
export function safeReturnPath(raw: string | null): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return '/';
  return raw;
}

/** Pages that need a session: without one, go to /accedi and come back afterwards. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { me, loading, error } = useAuth();
  const location = useLocation();
  if (loading) return <LoadingState />;
  if (error) {
    return (
      <>
        <h1>{it.errors.title}</h1>
        <ErrorState error={error} title={it.errors.byCode[error.code] ?? error.message} />
      </>
    );
  }
  if (!me) return <Navigate to={loginPath(location.pathname + location.search)} replace />;
  return <>{children}</>;
}

/** Pages for platform administrators: others are told they are not authorised. */
export function RequireAdmin({ children }: { children: ReactNode }) {
  const { isAdmin } = useAuth();
  return <RequireAuth>{isAdmin ? children : <NotAuthorized />}</RequireAuth>;
}
