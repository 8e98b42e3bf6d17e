import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { CollabConnection } from './collab-connection';
import type { CollabHooks, CollabLimits, StoredUpdate } from './collab-hooks';
import { awarenessMessage, updateMessage } from './protocol';

/** Origin of updates replayed from the store: broadcast is pointless and storing them again wrong. */
const LOADED = Symbol('loaded');

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
    });
  }

  /** Replays the stored history before anyone is answered (a client must never see an empty document first). */
  async load(): Promise<void> {
    const updates = await this.hooks.load(this.name);
    if (updates.length === 0) return;
    Y.applyUpdate(this.doc, Y.mergeUpdates(updates), LOADED);
    this.size = updates.reduce((n, u) => n + u.byteLength, 0);
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
    this.awareness.destroy();
    this.doc.destroy();
  }

  private onUpdate(update: Uint8Array, origin: unknown): void {
    if (origin === LOADED) return;
    this.size += update.byteLength;
    this.broadcast(updateMessage(update));
    const author = (origin as CollabConnection | undefined)?.userId ?? null;
    this.pending.push({ bytes: update, authorId: author });
    this.flushTimer ??= setTimeout(() => void this.flush(), this.limits.flushWindowMs);
  }
}
