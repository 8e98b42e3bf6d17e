import type { Client } from '@urql/core';
import { useEffect, useState } from 'react';
import { useClient } from 'urql';
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { CollabTicketMutation } from './document-documents';
import type { CollabTicket } from './document-types';
import { collabSocketBase } from './collab-socket-url';
import { useOnline } from './use-online';

/** The shared text of one document and the live socket that keeps it in step with everybody else's. */
export interface CollabSession {
  ydoc: Y.Doc;
  provider: WebsocketProvider;
}

/** Why the document cannot be edited live; none of these is retried. */
export type CollabFailure = 'forbidden' | 'not-found' | 'other';

/** What the page tells the user about the connection. */
export type CollabConnection = 'connecting' | 'connected' | 'reconnecting' | 'offline';

export interface CollabState {
  /** null until the browser has set up the shared text (straight after mounting). */
  session: CollabSession | null;
  connection: CollabConnection;
  /** From the ticket: the server drops this person's writes. null until the first ticket arrives. */
  readOnly: boolean | null;
  failure: CollabFailure | null;
}

/** The socket's close codes that mean "ask for a new ticket" and "stop trying". */
const TICKET_EXPIRED = 4401;
const NO_PERMISSION = 4403;
const NO_DOCUMENT = 4404;

/** After this many new tickets refused in a row, stop (something other than expiry is wrong). */
const MAX_TICKET_RENEWALS = 3;

type TicketAnswer =
  | { kind: 'ticket'; ticket: CollabTicket }
  | { kind: 'refused'; failure: CollabFailure }
  | { kind: 'unreachable' };

async function requestTicket(client: Client, documentId: string): Promise<TicketAnswer> {
  const result = await client.mutation(CollabTicketMutation, { documentId }).toPromise();
  const ticket = result.data?.collabTicket;
  if (ticket) return { kind: 'ticket', ticket };
  const code = result.error?.graphQLErrors[0]?.extensions?.code;
  if (code === 'FORBIDDEN' || code === 'UNAUTHENTICATED') return { kind: 'refused', failure: 'forbidden' };
  if (code === 'NOT_FOUND') return { kind: 'refused', failure: 'not-found' };
  if (result.error?.networkError || !result.error) return { kind: 'unreachable' };
  return { kind: 'refused', failure: 'other' };
}

/** Until the first ticket says where the socket is, assume the API's own origin (same as /graphql). */
function defaultSocketBase(): string {
  return collabSocketBase('/collab');
}

/**
 * Opens the document for live editing:
 * - a Y.Doc, saved in IndexedDB under the document id, so what is typed offline survives a reload
 *   and is sent when the connection comes back;
 * - a y-websocket provider (sync + awareness) on the URL of a short-lived ticket from `collabTicket`.
 *   Close code 4401 (ticket missing or expired) fetches a new ticket and reconnects; 4403 and 4404 are final.
 * Everything is torn down on unmount.
 */
export function useCollabSession(documentId: string): CollabState {
  const client = useClient();
  const online = useOnline();
  const [session, setSession] = useState<CollabSession | null>(null);
  const [connected, setConnected] = useState(false);
  const [everConnected, setEverConnected] = useState(false);
  const [unreachable, setUnreachable] = useState(false);
  const [readOnly, setReadOnly] = useState<boolean | null>(null);
  const [failure, setFailure] = useState<CollabFailure | null>(null);

  useEffect(() => {
    const ydoc = new Y.Doc();
    const persistence = new IndexeddbPersistence(`condivisa-documento-${documentId}`, ydoc);
    const provider = new WebsocketProvider(defaultSocketBase(), documentId, ydoc, { connect: false });
    let disposed = false;
    let renewals = 0;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let retryDelay = 1000;
    let waitingForNetwork = false;

    const stop = (why: CollabFailure) => {
      provider.disconnect();
      setConnected(false);
      setFailure(why);
    };

    /** Ask for a ticket (again and again while the API cannot be reached), then open the socket with it. */
    const connectWithTicket = async () => {
      if (disposed) return;
      waitingForNetwork = false;
      const answer = await requestTicket(client, documentId);
      if (disposed) return;
      if (answer.kind === 'unreachable') {
        setUnreachable(true);
        waitingForNetwork = true;
        retryTimer = setTimeout(() => void connectWithTicket(), retryDelay);
        retryDelay = Math.min(retryDelay * 2, 30_000);
        return;
      }
      setUnreachable(false);
      retryDelay = 1000;
      if (answer.kind === 'refused') {
        stop(answer.failure);
        return;
      }
      const { ticket } = answer;
      setReadOnly(ticket.readOnly);
      provider.serverUrl = collabSocketBase(ticket.url);
      provider.params = { ticket: ticket.token };
      provider.connect();
    };

    // Back online: do not wait for the next scheduled attempt.
    const onOnline = () => {
      if (!waitingForNetwork) return;
      clearTimeout(retryTimer);
      void connectWithTicket();
    };
    window.addEventListener('online', onOnline);

    provider.on('status', ({ status }) => {
      if (disposed) return;
      const isConnected = status === 'connected';
      setConnected(isConnected);
      if (isConnected) setEverConnected(true);
    });
    provider.on('sync', (synced: boolean) => {
      if (synced) renewals = 0;
    });
    // Only for the 4400-4499 codes: y-websocket has stopped reconnecting by itself.
    provider.on('closed', ({ code }) => {
      if (disposed) return;
      if (code === TICKET_EXPIRED && renewals < MAX_TICKET_RENEWALS) {
        renewals += 1;
        void connectWithTicket();
        return;
      }
      stop(code === NO_PERMISSION ? 'forbidden' : code === NO_DOCUMENT ? 'not-found' : 'other');
    });

    setSession({ ydoc, provider });
    void connectWithTicket();

    return () => {
      disposed = true;
      clearTimeout(retryTimer);
      window.removeEventListener('online', onOnline);
      // disconnect() tells the others we left; destroying the Y.Doc also ends its awareness.
      provider.destroy();
      void persistence.destroy();
      ydoc.destroy();
      setSession(null);
      setConnected(false);
    };
  }, [client, documentId]);

  const connection: CollabConnection =
    !online || unreachable ? 'offline' : connected ? 'connected' : everConnected ? 'reconnecting' : 'connecting';
  return { session, connection, readOnly, failure };
}
