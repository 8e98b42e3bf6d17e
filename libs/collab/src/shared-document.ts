import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { CollabConnection } from './collab-connection';
import type { CollabHooks, CollabLimits, StoredUpdate } from './collab-hooks';
import { type FanOut, FanOutKind, type FanOutMessage } from './fan-out';
import { awarenessMessage, updateMessage } from './protocol';

/** Origin of updates replayed from the store: broadcast is pointless and storing them again wrong. */
const LOADED = Symbol('loaded');
/** Origin of updates from another instance: that instance stores them; we only pass them to our clients. */
const REMOTE = Symbol('remote');

/**
 * One document in memory: the Y.Doc, its awareness, the connections on it, and the write-behind
 * buffer that appends every update to the store within `flushWindowMs`.
 */
export class SharedDocument {
  readonly doc = new Y.Doc({ gc: true });
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly connections = new Set<CollabConnection>();
  /** Sum of the encoded updates held: what the size limit is checked against. */
  size = 0;
  private pending: StoredUpdate[] = [];
  private flushTimer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    readonly name: string,
    private readonly hooks: CollabHooks,
    private readonly limits: CollabLimits,
    private readonly fanOut: FanOut,
  ) {
    this.awareness.setLocalState(null); // the server has no cursor of its own
    this.doc.on('update', (update: Uint8Array, origin: unknown) => this.onUpdate(update, origin));
    this.awareness.on('update', ({ added, updated, removed }: Record<'added' | 'updated' | 'removed', number[]>, origin: unknown) => {
      const changed = [...added, ...updated, ...removed];
      const connection = origin as CollabConnection | undefined;
      if (connection?.awarenessClients) {
        for (const id of added) connection.awarenessClients.add(id);
        for (const id of removed) connection.awarenessClients.delete(id);
      }
      this.broadcast(awarenessMessage(this.awareness, changed));
      if (origin !== REMOTE) {
        this.fanOut.publish(this.name, { kind: FanOutKind.Awareness, to: '', payload: awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed) });
      }
    });
  }

  /** Replays the stored history before anyone is answered (a client must never see an empty document first). */
  async load(): Promise<void> {
    // Listen to the other instances first, so nothing published during the load is missed.
    await this.fanOut.subscribe(this.name, (message) => this.onRemote(message));
    const updates = await this.hooks.load(this.name);
    if (updates.length > 0) {
      // One transaction over all updates: linear, where Y.mergeUpdates grows much faster than the history.
      this.doc.transact(() => {
        for (const update of updates) Y.applyUpdate(this.doc, update);
      }, LOADED);
      this.size = updates.reduce((n, u) => n + u.byteLength, 0);
    }
    // Updates another instance received but has not stored yet come back in its SyncReply.
    this.fanOut.publish(this.name, { kind: FanOutKind.SyncRequest, to: '', payload: Y.encodeStateVector(this.doc) });
  }

  /** Applies a client's update unless it would push the document past its size limit. */
  applyClientUpdate(update: Uint8Array, from: CollabConnection): boolean {
    if (this.size + update.byteLength > this.limits.maxDocumentBytes) return false;
    Y.applyUpdate(this.doc, update, from);
    return true;
  }

  broadcast(message: Uint8Array, except?: CollabConnection): void {
    for (const connection of this.connections) if (connection !== except) connection.send(message);
  }

  /** Writes what is pending now; resolves when it is in the store. */
  flush(): Promise<void> {
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = null;
    const batch = this.pending.splice(0);
    if (batch.length > 0) {
      this.flushing = this.flushing
        .then(() => this.hooks.store(this.name, batch))
        .catch((error: unknown) => {
          // Keep the updates: they are retried with the next batch.
          this.pending.unshift(...batch);
          this.hooks.log?.('error', 'storing updates failed', { document: this.name, error: String(error) });
        });
    }
    return this.flushing;
  }

  destroy(): void {
    if (this.flushTimer) clearTimeout(this.flushTimer);
    void this.fanOut.unsubscribe(this.name);
    this.awareness.destroy();
    this.doc.destroy();
  }

  private onRemote(message: FanOutMessage): void {
    switch (message.kind) {
      case FanOutKind.Update:
        Y.applyUpdate(this.doc, message.payload, REMOTE);
        break;
      case FanOutKind.Awareness:
        awarenessProtocol.applyAwarenessUpdate(this.awareness, message.payload, REMOTE);
        break;
      case FanOutKind.SyncRequest: {
        const clients = [...this.awareness.getStates().keys()];
        this.fanOut.publish(this.name, {
          kind: FanOutKind.SyncReply,
          to: message.from,
          payload: Y.encodeStateAsUpdate(this.doc, message.payload),
          ...(clients.length > 0 ? { awareness: awarenessProtocol.encodeAwarenessUpdate(this.awareness, clients) } : {}),
        });
        break;
      }
      case FanOutKind.SyncReply:
        Y.applyUpdate(this.doc, message.payload, REMOTE);
        if (message.awareness) awarenessProtocol.applyAwarenessUpdate(this.awareness, message.awareness, REMOTE);
        break;
    }
  }

  private onUpdate(update: Uint8Array, origin: unknown): void {
    if (origin === LOADED) return;
    this.size += update.byteLength;
    this.broadcast(updateMessage(update));
    if (origin === REMOTE) return;
    this.fanOut.publish(this.name, { kind: FanOutKind.Update, to: '', payload: update });
    const author = (origin as CollabConnection | undefined)?.userId ?? null;
    this.pending.push({ bytes: update, authorId: author });
    this.flushTimer ??= setTimeout(() => void this.flush(), this.limits.flushWindowMs);
  }
}
