/** What the gateway needs from the application: who may do what, and where updates live. */
export interface AccessGrant {
  userId: string;
  /** Read-only connections receive the document and awareness; their updates are dropped. */
  readOnly: boolean;
}

export class AccessDenied extends Error {
  constructor(
    readonly code: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

export interface StoredUpdate {
  bytes: Uint8Array;
  authorId: string | null;
}

export interface CollabHooks {
  /** Checks the ticket for this document; throws AccessDenied with a close code otherwise. */
  authenticate(documentId: string, ticket: string | null): Promise<AccessGrant>;
  /**
   * Re-checks everybody connected to a document at once (membership or role may have changed):
   * one entry per user id, null meaning no access at all. Throws AccessDenied(NotFound) when the
   * document is gone.
   */
  refreshAccess(documentId: string, userIds: string[]): Promise<Map<string, AccessGrant | null>>;
  /** Every stored update (or snapshot) of the document, oldest first. */
  load(documentId: string): Promise<Uint8Array[]>;
  /** Appends updates received within one flush window. */
  store(documentId: string, updates: StoredUpdate[]): Promise<void>;
  log?(level: 'info' | 'warn' | 'error', message: string, details?: Record<string, unknown>): void;
}

export interface CollabLimits {
  /** Largest accepted WebSocket frame, in bytes. */
  maxMessageBytes: number;
  /** Largest document, as the sum of its encoded updates, in bytes. */
  maxDocumentBytes: number;
  /** Updates are written to the store at most this long after they arrive (ms). */
  flushWindowMs: number;
  /** How often open connections' access is re-checked (ms). */
  accessCheckMs: number;
}

export const DEFAULT_LIMITS: CollabLimits = {
  maxMessageBytes: 1024 * 1024,
  maxDocumentBytes: 16 * 1024 * 1024,
  flushWindowMs: 20,
  accessCheckMs: 2000,
};
