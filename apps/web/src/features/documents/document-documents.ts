import { gql, type TypedDocumentNode } from '@urql/core';
import type { CollabTicket, DocumentDetail, DocumentKind, SpaceDocument } from './document-types';

const DOCUMENT_FIELDS = gql`
  fragment SpaceDocumentFields on SpaceDocument {
    id
    spaceId
    kind
    title
    archived
    createdAt
    lastEditedAt
    lastEditedBy {
      id
      displayName
    }
    canEdit
  }
`;

/** Members of the space only: FORBIDDEN otherwise. */
export const SpaceDocumentsQuery: TypedDocumentNode<{ documents: SpaceDocument[] }, { spaceId: string }> = gql`
  query SpaceDocuments($spaceId: ID!) {
    documents(spaceId: $spaceId) {
      ...SpaceDocumentFields
    }
  }
  ${DOCUMENT_FIELDS}
`;

/** null when there is no such document; FORBIDDEN for people outside its space. */
export const DocumentQuery: TypedDocumentNode<{ document: DocumentDetail | null }, { id: string }> = gql`
  query Document($id: ID!) {
    document(id: $id) {
      ...SpaceDocumentFields
      space {
        id
        name
        archived
        myRole
      }
    }
  }
  ${DOCUMENT_FIELDS}
`;

/** Coordinators and members. */
export const CreateDocumentMutation: TypedDocumentNode<
  { createDocument: SpaceDocument },
  { spaceId: string; kind: DocumentKind; title: string }
> = gql`
  mutation CreateDocument($spaceId: ID!, $kind: DocumentKind!, $title: String!) {
    createDocument(spaceId: $spaceId, kind: $kind, title: $title) {
      ...SpaceDocumentFields
    }
  }
  ${DOCUMENT_FIELDS}
`;

/** Those whose document has canEdit. */
export const RenameDocumentMutation: TypedDocumentNode<{ renameDocument: SpaceDocument }, { id: string; title: string }> = gql`
  mutation RenameDocument($id: ID!, $title: String!) {
    renameDocument(id: $id, title: $title) {
      ...SpaceDocumentFields
    }
  }
  ${DOCUMENT_FIELDS}
`;

/** Coordinators of the space. */
export const ArchiveDocumentMutation: TypedDocumentNode<{ archiveDocument: SpaceDocument }, { id: string }> = gql`
  mutation ArchiveDocument($id: ID!) {
    archiveDocument(id: $id) {
      ...SpaceDocumentFields
    }
  }
  ${DOCUMENT_FIELDS}
`;

/** A short-lived (10 minutes) token for the live socket of one document; ask again when it expires. */
export const CollabTicketMutation: TypedDocumentNode<{ collabTicket: CollabTicket }, { documentId: string }> = gql`
  mutation CollabTicket($documentId: ID!) {
    collabTicket(documentId: $documentId) {
      token
      url
      expiresAt
      readOnly
    }
  }
`;
