import { Client, cacheExchange, fetchExchange, subscriptionExchange } from '@urql/core';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { Provider } from 'urql';

/** ws://host/graphql, or wss:// when the page itself came over HTTPS: same origin, so the session cookie goes along. */
function websocketUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss:' : 'ws:'}//${host}/graphql`;
}

interface Clients {
  client: Client;
  ws: WsClient;
}

/**
 * The API is same-origin: POST /graphql with a JSON body (Apollo's CSRF prevention accepts it)
 * and the httpOnly session cookie. Queries are never sent as GET, which CSRF prevention would block.
 * Subscriptions go over graphql-ws on the same path; the socket opens only while a subscription
 * is active (lazy) and reconnects by itself after a network hiccup.
 */
function createClients(): Clients {
  const ws = createWsClient({ url: websocketUrl(), lazy: true, retryAttempts: 10 });
  const client = new Client({
    url: '/graphql',
    exchanges: [
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query ?? '' };
          return {
            subscribe(sink) {
              const unsubscribe = ws.subscribe(input, sink);
              return { unsubscribe };
            },
          };
        },
      }),
    ],
    preferGetMethod: false,
    fetchOptions: { credentials: 'include' },
    requestPolicy: 'cache-and-network',
  });
  return { client, ws };
}

const ResetContext = createContext<() => void>(() => undefined);

/** Drops every cached result (e.g. after logout) by starting over with a fresh client. */
export function useResetClient(): () => void {
  return useContext(ResetContext);
}

export function GraphqlProvider({ children }: { children: ReactNode }) {
  const [clients, setClients] = useState(createClients);
  const current = useRef(clients);
  const reset = useCallback(() => {
    // The old socket belonged to the old session: close it; the new one opens with the new cookie.
    void current.current.ws.dispose();
    const next = createClients();
    current.current = next;
    setClients(next);
  }, []);
  const value = useMemo(() => reset, [reset]);
  return (
    <ResetContext.Provider value={value}>
      <Provider value={clients.client}>{children}</Provider>
    </ResetContext.Provider>
  );
}
