import { useCallback, useMemo, type ReactNode } from 'react';
import { useClient, useMutation, useQuery } from 'urql';
import { useResetClient } from '../../app/graphql-client';
import { toApiError } from '../../app/graphql-errors';
import { AuthContext, type AuthState } from './auth-context';
import { LogoutMutation, MeQuery } from './auth-documents';

export function AuthProvider({ children }: { children: ReactNode }) {
  const client = useClient();
  const resetClient = useResetClient();
  const [result] = useQuery({ query: MeQuery, requestPolicy: 'cache-first' });
  const [, logoutMutation] = useMutation(LogoutMutation);

  const refresh = useCallback(async () => {
    // Results are shared by query key, so the useQuery above receives this answer too.
    const answer = await client.query(MeQuery, {}, { requestPolicy: 'network-only' }).toPromise();
    return answer.data?.me ?? null;
  }, [client]);

  const logout = useCallback(async () => {
    const answer = await logoutMutation({});
    if (answer.error) return toApiError(answer.error);
    resetClient();
    return null;
  }, [logoutMutation, resetClient]);

  const me = result.data?.me ?? null;
  const loading = result.data === undefined && !result.error;
  const error = useMemo(() => (result.error ? toApiError(result.error) : null), [result.error]);

  const value = useMemo<AuthState>(
    () => ({ me, loading, error, isAdmin: me?.platformRole === 'ADMIN', refresh, logout }),
    [me, loading, error, refresh, logout],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
