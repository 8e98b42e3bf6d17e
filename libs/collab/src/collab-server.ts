import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import * as awarenessProtocol from 'y-protocols/awareness';
import { type RawData, WebSocket, WebSocketServer } from 'ws';
import { CloseCode } from './close-code';
import { CollabConnection } from './collab-connection';
import { AccessDenied, type CollabHooks, type CollabLimits, DEFAULT_LIMITS } from './collab-hooks';
import { type FanOut, LocalFanOut } from './fan-out';
import { SharedDocument } from './shared-document';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  return data instanceof ArrayBuffer ? new Uint8Array(data) : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

/**
 * The y-websocket gateway: `ws(s)://host<prefix>/<documentId>?ticket=…`. Authenticates at connect,
 * loads the document before answering, keeps one SharedDocument per open document, re-checks access
 * on open connections, and unloads a document (after flushing) when its last client leaves.
 */
export class CollabServer {
  private readonly wss: WebSocketServer;
  private readonly documents = new Map<string, Promise<SharedDocument>>();
  private readonly accessTimer: NodeJS.Timeout;
  private readonly limits: CollabLimits;

  constructor(
    private readonly hooks: CollabHooks,
    limits: Partial<CollabLimits> = {},
    private readonly fanOut: FanOut = new LocalFanOut(),
    private readonly prefix = '/collab',
  ) {
    this.limits = { ...DEFAULT_LIMITS, ...limits };
    this.wss = new WebSocketServer({ noServer: true, maxPayload: this.limits.maxMessageBytes });
    this.accessTimer = setInterval(() => void this.recheckAccess(), this.limits.accessCheckMs).unref();
  }

  /** Takes the upgrades under the prefix; others (e.g. /graphql) are left to their own handlers. */
  attach(server: Server): void {
    server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (!url.pathname.startsWith(`${this.prefix}/`)) return;
      this.wss.handleUpgrade(req, socket, head, (ws) => void this.accept(ws, url));
    });
  }

  /** Documents currently in memory (for tests and metrics). */
  get openDocuments(): number {
    return this.documents.size;
  }

  isOpen(documentId: string): boolean {
    return this.documents.has(documentId);
  }

  /**
   * Runs `change` on the live document (loading it if nobody has it open), as a change by
   * `userId`: connected clients receive it and it is stored like theirs. Resolves once stored.
   */
  async change(documentId: string, userId: string, change: (doc: import('yjs').Doc, origin: { userId: string }) => void): Promise<void> {
    const document = await this.open(documentId);
    change(document.doc, { userId });
    await document.flush();
    if (document.connections.size === 0 && (await this.documents.get(documentId)) === document) {
      this.documents.delete(documentId);
      document.destroy();
    }
  }

  /** Writes what an open document still holds in its buffer (no-op when it is not open). */
  async flushDocument(documentId: string): Promise<void> {
    const document = await this.documents.get(documentId)?.catch(() => null);
    await document?.flush();
  }

  async close(): Promise<void> {
    clearInterval(this.accessTimer);
    for (const ws of this.wss.clients) ws.close(CloseCode.GoingAway, 'Server in arresto');
    const docs = await Promise.all([...this.documents.values()].map((p) => p.catch(() => null)));
    await Promise.all(docs.map((d) => d?.flush()));
    docs.forEach((d) => d?.destroy());
    this.documents.clear();
    this.wss.close();
    await this.fanOut.close();
  }

  private async accept(ws: WebSocket, url: URL): Promise<void> {
    // Frames that arrive while we authenticate and load are kept, then handled in order.
    const early: Uint8Array[] = [];
    const buffer = (data: RawData) => early.push(toBytes(data));
    ws.on('message', buffer);
    ws.on('error', () => ws.terminate());
    const documentId = decodeURIComponent(url.pathname.slice(this.prefix.length + 1));
    let grant;
    try {
      if (!UUID.test(documentId)) throw new AccessDenied(CloseCode.NotFound, 'Documento inesistente');
      grant = await this.hooks.authenticate(documentId, url.searchParams.get('ticket'));
    } catch (error) {
      const denied = error instanceof AccessDenied ? error : new AccessDenied(CloseCode.Unauthenticated, 'Accesso non valido');
      this.hooks.log?.('info', 'collab connection refused', { document: documentId, code: denied.code, reason: denied.reason });
      ws.close(denied.code, denied.reason);
      return;
    }
    if (ws.readyState !== WebSocket.OPEN) return;
    const document = await this.open(documentId);
    const connection = new CollabConnection(ws, document, grant.userId, grant.readOnly, this.hooks);
    document.connections.add(connection);
    ws.off('message', buffer);
    ws.on('message', (data) => connection.handle(toBytes(data)));
    ws.on('close', () => void this.leave(connection));
    connection.start();
    for (const frame of early) connection.handle(frame);
    if (ws.readyState !== WebSocket.OPEN) void this.leave(connection);
  }

  private open(documentId: string): Promise<SharedDocument> {
    let opening = this.documents.get(documentId);
    if (!opening) {
      const document = new SharedDocument(documentId, this.hooks, this.limits, this.fanOut);
      opening = document.load().then(() => document);
      opening.catch(() => this.documents.delete(documentId));
      this.documents.set(documentId, opening);
    }
    return opening;
  }

  private async leave(connection: CollabConnection): Promise<void> {
    const document = connection.document;
    if (!document.connections.delete(connection)) return;
    awarenessProtocol.removeAwarenessStates(document.awareness, [...connection.awarenessClients], null);
    if (document.connections.size > 0) return;
    await document.flush();
    // Someone may have joined while we were flushing.
    if (document.connections.size === 0 && (await this.documents.get(document.name)) === document) {
      this.documents.delete(document.name);
      document.destroy();
    }
  }

  /**
   * Re-checks at once who may do what on an open document (e.g. right after its text became a
   * published act), instead of waiting for the periodic check.
   */
  async recheckDocument(documentId: string): Promise<void> {
    const document = await this.documents.get(documentId)?.catch(() => null);
    if (document) await this.recheck(document);
  }

  /** One access query per open document (not per socket), every `accessCheckMs`. */
  private async recheckAccess(): Promise<void> {
    for (const opening of this.documents.values()) {
      const document = await opening.catch(() => null);
      if (document) await this.recheck(document);
    }
  }

  private async recheck(document: SharedDocument): Promise<void> {
    if (document.connections.size === 0) return;
    try {
      const grants = await this.hooks.refreshAccess(document.name, [...new Set([...document.connections].map((c) => c.userId))]);
      for (const connection of document.connections) {
        const grant = grants.get(connection.userId) ?? null;
        if (!grant) connection.close(CloseCode.Forbidden, 'Accesso revocato');
        else connection.readOnly = grant.readOnly;
      }
    } catch (error) {
      if (error instanceof AccessDenied) {
        for (const connection of document.connections) connection.close(error.code, error.reason);
      } else {
        this.hooks.log?.('warn', 'access re-check failed', { document: document.name, error: String(error) });
      }
    }
  }
}
