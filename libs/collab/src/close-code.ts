/** Why the gateway closed a socket: distinct codes so a client knows whether to retry. */
export enum CloseCode {
  /** No ticket, or a bad or expired one: get a new ticket and reconnect. */
  Unauthenticated = 4401,
  /** The person may not read this document (anymore). */
  Forbidden = 4403,
  /** No such document. */
  NotFound = 4404,
  /** A frame that is not the y-websocket protocol. */
  Malformed = 4400,
  /** The document would grow past its size limit. */
  DocumentTooLarge = 4413,
  /** The server is shutting down; reconnect later. */
  GoingAway = 1001,
}
