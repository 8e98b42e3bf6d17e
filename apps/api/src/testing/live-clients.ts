import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { graphqlAgent, TestApp } from './test-app';

type Agent = ReturnType<typeof graphqlAgent>;

/** Waits until `check()` holds, polling every 20 ms; fails after `timeoutMs`. */
export function until(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const tick = () => {
      if (check()) return resolve();
      if (Date.now() - started > timeoutMs) return reject(new Error('condition not met in time'));
      setTimeout(tick, 20);
    };
    tick();
  });
}

export interface LiveDocument {
  doc: Y.Doc;
  provider: WebsocketProvider;
  readOnly: boolean;
}

/** The official y-websocket client, in Node, with a ticket the agent asked the API for. */
export async function connectLive(sut: TestApp, agent: Agent, documentId: string): Promise<LiveDocument> {
  const ticket = await agent.gql<{ collabTicket: { token: string; readOnly: boolean } }>(
    'mutation($d: ID!) { collabTicket(documentId: $d) { token readOnly } }', { d: documentId },
  );
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${sut.baseUrl.replace('http', 'ws')}/collab`, documentId, doc, {
    WebSocketPolyfill: WebSocket as never, params: { ticket: ticket.data!.collabTicket.token }, disableBc: true,
  });
  await until(() => provider.synced);
  return { doc, provider, readOnly: ticket.data!.collabTicket.readOnly };
}

/** A graphql-ws client carrying a session cookie, as a browser tab would. */
export function graphqlWsClient(sut: TestApp, cookie: string): Client {
  class CookieSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers: { cookie } });
    }
  }
  return createClient({ url: `${sut.baseUrl.replace('http', 'ws')}/graphql`, webSocketImpl: CookieSocket, lazy: false, retryAttempts: 0 });
}
