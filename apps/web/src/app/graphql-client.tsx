import { Client, cacheExchange, fetchExchange } from '@urql/core';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { Provider } from 'urql';

/**
 * The API is same-origin: POST /graphql with a JSON body (Apollo's CSRF prevention accepts it)
 * and the httpOnly session cookie. Queries are never sent as GET, which CSRF prevention would block.
 */
function createClient(): Client {
  return new Client({
    url: '/graphql',
    exchanges: [cacheExchange, fetchExchange],
    preferGetMethod: false,
    fetchOptions: { credentials: 'include' },
    requestPolicy: 'cache-and-network',
  });
}

const ResetContext = createContext<() => void>(() => undefined);

/** Drops every cached result (e.g. after logout) by starting over with a fresh client. */
export function useResetClient(): () => void {
  return useContext(ResetContext);
}

export function GraphqlProvider({ children }: { children: ReactNode }) {
  const [client, setClient] = useState(createClient);
  const reset = useCallback(() => setClient(createClient()), []);
  const value = useMemo(() => reset, [reset]);
  return (
    <ResetContext.Provider value={value}>
      <Provider value={client}>{children}</Provider>
    </ResetContext.Provider>
  );
}
