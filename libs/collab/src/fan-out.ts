import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** What instances tell each other about a document they all hold. */
export enum FanOutKind {
  /** A document update one of our clients made. */
  Update = 0,
  /** An awareness change (cursor, presence) of one of our clients. */
  Awareness = 1,
  /** "I just loaded this document; here is my state vector: send what I miss." */
  SyncRequest = 2,
  /** The answer to a SyncRequest: the missing updates (and awareness), for `to` only. */
  SyncReply = 3,
}

export interface FanOutMessage {
  kind: FanOutKind;
  /** Instance that sent it: an instance ignores its own messages. */
  from: string;
  /** For replies: the instance it is meant for; empty for everyone. */
  to: string;
  payload: Uint8Array;
  /** Awareness payload that travels with a SyncReply. */
  awareness?: Uint8Array;
}

/**
 * How instances share live documents. In-process (one instance) nothing needs to travel;
 * with REDIS_URL every instance publishes to and listens on one channel per open document.
 */
export interface FanOut {
  readonly instanceId: string;
  subscribe(documentId: string, onMessage: (message: FanOutMessage) => void): Promise<void>;
  unsubscribe(documentId: string): Promise<void>;
  publish(documentId: string, message: Omit<FanOutMessage, 'from'>): void;
  close(): Promise<void>;
}

export function encodeFanOut(message: FanOutMessage): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, message.kind);
  encoding.writeVarString(encoder, message.from);
  encoding.writeVarString(encoder, message.to);
  encoding.writeVarUint8Array(encoder, message.payload);
  encoding.writeVarUint8Array(encoder, message.awareness ?? new Uint8Array());
  return encoding.toUint8Array(encoder);
}

export function decodeFanOut(bytes: Uint8Array): FanOutMessage {
  const decoder = decoding.createDecoder(bytes);
  const kind = decoding.readVarUint(decoder) as FanOutKind;
  const from = decoding.readVarString(decoder);
  const to = decoding.readVarString(decoder);
  const payload = decoding.readVarUint8Array(decoder);
  const awareness = decoding.readVarUint8Array(decoder);
  return { kind, from, to, payload, ...(awareness.byteLength > 0 ? { awareness } : {}) };
}

/** One instance: nobody to tell. */
export class LocalFanOut implements FanOut {
  readonly instanceId = 'local';
  async subscribe(): Promise<void> {}
  async unsubscribe(): Promise<void> {}
  publish(): void {}
  async close(): Promise<void> {}
}
