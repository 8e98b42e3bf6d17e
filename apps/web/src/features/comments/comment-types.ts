import type { PersonRef } from '../spaces/space-types';

/** One message of a thread. */
export interface DocumentComment {
  id: string;
  body: string;
  createdAt: string;
  /** null when the account no longer exists. */
  author: PersonRef | null;
}

/** A discussion on a passage of a document. */
export interface CommentThread {
  id: string;
  documentId: string;
  /** Yjs relative positions (Y.encodeRelativePosition) in base64: they follow the passage through edits. */
  anchorStart: string;
  anchorEnd: string;
  /** The passage as it was when the thread was opened. */
  quote: string;
  createdAt: string;
  resolved: boolean;
  resolvedAt: string | null;
  resolvedBy: PersonRef | null;
  createdBy: PersonRef | null;
  /** The messages, oldest first. */
  comments: DocumentComment[];
  /** The API's word on whether this person may resolve and reopen the thread. */
  canResolve: boolean;
}

/** What the new-thread form sends. */
export interface StartCommentThreadInput {
  documentId: string;
  anchorStart: string;
  anchorEnd: string;
  quote: string;
  body: string;
}
