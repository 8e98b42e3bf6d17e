import { gql, type TypedDocumentNode } from '@urql/core';
import type { CollabTicket, DocumentDetail, DocumentKind, DocumentVersion, SpaceDocument } from './document-types';

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

const VERSION_FIELDS = gql`
  fragment DocumentVersionFields on DocumentVersion {
    id
    documentId
    number
    name
    createdAt
    text
    html
    createdBy {
      id
      displayName
    }
    contributors {
      id
      displayName
    }
  }
`;

/** The saved versions of a document, newest first (readers of the document). */
export const DocumentVersionsQuery: TypedDocumentNode<{ documentVersions: DocumentVersion[] }, { documentId: string }> = gql`
  query DocumentVersions($documentId: ID!) {
    documentVersions(documentId: $documentId) {
      ...DocumentVersionFields
    }
  }
  ${VERSION_FIELDS}
`;

/** Those whose document has canEdit; the name is 2 to 120 characters. */
export const SaveDocumentVersionMutation: TypedDocumentNode<
  { saveDocumentVersion: DocumentVersion },
  { documentId: string; name: string }
> = gql`
  mutation SaveDocumentVersion($documentId: ID!, $name: String!) {
    saveDocumentVersion(documentId: $documentId, name: $name) {
      ...DocumentVersionFields
    }
  }
  ${VERSION_FIELDS}
`;

/** Those whose document has canEdit: the version's text becomes a new live change (editors receive it on the socket). */
export const RestoreDocumentVersionMutation: TypedDocumentNode<
  { restoreDocumentVersion: DocumentVersion },
  { versionId: string }
> = gql`
  mutation RestoreDocumentVersion($versionId: ID!) {
    restoreDocumentVersion(versionId: $versionId) {
      ...DocumentVersionFields
    }
  }
  ${VERSION_FIELDS}
`;
