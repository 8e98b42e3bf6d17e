import type { PersonRef } from '../spaces/space-types';

export type DocumentKind = 'PROPOSAL' | 'MINUTES' | 'MODEL' | 'NOTE';

export const DOCUMENT_KINDS: readonly DocumentKind[] = ['PROPOSAL', 'MINUTES', 'MODEL', 'NOTE'];

/** A row of the Bozze tab, and what the document page shows around the editor. */
export interface SpaceDocument {
  id: string;
  spaceId: string;
  kind: DocumentKind;
  title: string;
  archived: boolean;
  createdAt: string;
  lastEditedAt: string | null;
  lastEditedBy: PersonRef | null;
  /** The API's word on whether this person may change the text and the title. */
  canEdit: boolean;
}

/** The space a document belongs to: for the breadcrumb and for who may archive. */
export interface DocumentSpace {
  id: string;
  name: string;
  archived: boolean;
  myRole: string | null;
}

export interface DocumentDetail extends SpaceDocument {
  space: DocumentSpace;
}

/** Lets the browser open the live socket of one document for about 10 minutes. */
export interface CollabTicket {
  token: string;
  /** ws(s):// base URL; the document id is appended as the path's last segment. */
  url: string;
  expiresAt: string;
  /** The server drops this person's writes: the editor must not offer editing. */
  readOnly: boolean;
}

/** A named version of a document's text, saved by an editor. */
export interface DocumentVersion {
  id: string;
  documentId: string;
  number: number;
  name: string;
  createdAt: string;
  /** Plain text, one block (paragraph, heading, list item, table row) per line. */
  text: string;
  /** The formatted text: canonical HTML from the API's renderer, every piece of text already escaped. */
  html: string;
  createdBy: PersonRef | null;
  /** Who wrote since the previous version. */
  contributors: PersonRef[];
}
