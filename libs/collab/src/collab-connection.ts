import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import type { WebSocket } from 'ws';
import { CloseCode } from './close-code';
import type { CollabHooks } from './collab-hooks';
import { awarenessMessage, MESSAGE_AUTH, MESSAGE_AWARENESS, MESSAGE_QUERY_AWARENESS, MESSAGE_SYNC, syncStep1 } from './protocol';
import type { SharedDocument } from './shared-document';

/**
 * One client on one document. Read-only connections get everything but their document updates
 * are dropped here, on the server, so a modified client cannot write.
 */
export class CollabConnection {
  /** Awareness client ids this socket introduced, removed when it closes. */
  readonly awarenessClients = new Set<number>();
  droppedUpdates = 0;

  constructor(
    private readonly socket: WebSocket,
    readonly document: SharedDocument,
    readonly userId: string,
    public readOnly: boolean,
    private readonly hooks: CollabHooks,
  ) {}

  /** Greets the client: our state vector (sync step 1) and everyone's presence. */
  start(): void {
    this.send(syncStep1(this.document.doc));
    const states = [...this.document.awareness.getStates().keys()];
    if (states.length > 0) this.send(awarenessMessage(this.document.awareness, states));
  }

  handle(data: Uint8Array): void {
    try {
      const decoder = decoding.createDecoder(data);
      const type = decoding.readVarUint(decoder);
      switch (type) {
        case MESSAGE_SYNC:
          this.handleSync(decoder);
          break;
        case MESSAGE_AWARENESS:
          awarenessProtocol.applyAwarenessUpdate(this.document.awareness, decoding.readVarUint8Array(decoder), this);
          break;
        case MESSAGE_QUERY_AWARENESS:
          this.send(awarenessMessage(this.document.awareness, [...this.document.awareness.getStates().keys()]));
          break;
        case MESSAGE_AUTH:
          break; // auth happens at connect, with the ticket
        default:
          throw new Error(`unknown message type ${type}`);
      }
    } catch (error) {
      this.hooks.log?.('warn', 'malformed frame, closing this connection', { document: this.document.name, user: this.userId, error: String(error) });
      this.close(CloseCode.Malformed, 'Messaggio non valido');
    }
  }

  send(message: Uint8Array): void {
    if (this.socket.readyState !== this.socket.OPEN) return;
    this.socket.send(message, (error) => {
      if (error) this.socket.terminate();
    });
  }

  close(code: number, reason: string): void {
    if (this.socket.readyState === this.socket.OPEN || this.socket.readyState === this.socket.CONNECTING) this.socket.close(code, reason);
  }

  private handleSync(decoder: decoding.Decoder): void {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    const kind = decoding.readVarUint(decoder);
    switch (kind) {
      case syncProtocol.messageYjsSyncStep1:
        syncProtocol.readSyncStep1(decoder, encoder, this.document.doc);
        this.send(encoding.toUint8Array(encoder));
        return;
      case syncProtocol.messageYjsSyncStep2:
      case syncProtocol.messageYjsUpdate: {
        const update = decoding.readVarUint8Array(decoder);
        if (this.readOnly) {
          this.droppedUpdates++;
          this.hooks.log?.('warn', 'update from a read-only connection dropped', { document: this.document.name, user: this.userId, bytes: update.byteLength });
          return;
        }
        if (!this.document.applyClientUpdate(update, this)) {
          this.hooks.log?.('warn', 'document size limit reached', { document: this.document.name, user: this.userId });
          this.close(CloseCode.DocumentTooLarge, 'Documento troppo grande');
        }
        return;
      }
      default:
        throw new Error(`unknown sync message ${kind}`);
    }
  }
}
