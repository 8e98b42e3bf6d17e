import { gql, type TypedDocumentNode } from '@urql/core';
import type { CommentThread, StartCommentThreadInput } from './comment-types';

const THREAD_FIELDS = gql`
  fragment CommentThreadFields on CommentThread {
    id
    documentId
    anchorStart
    anchorEnd
    quote
    createdAt
    resolved
    resolvedAt
    resolvedBy {
      id
      displayName
    }
    createdBy {
      id
      displayName
    }
    comments {
      id
      body
      createdAt
      author {
        id
        displayName
      }
    }
    canResolve
  }
`;

/** Every thread of a document, open and resolved, oldest first (members of the space; FORBIDDEN otherwise). */
export const CommentThreadsQuery: TypedDocumentNode<{ commentThreads: CommentThread[] }, { documentId: string }> = gql`
  query CommentThreads($documentId: ID!) {
    commentThreads(documentId: $documentId) {
      ...CommentThreadFields
    }
  }
  ${THREAD_FIELDS}
`;

/** Members of the space, observers and reviewers too; refused on archived documents. Body 1–4000 characters, quote at most 1000. */
export const StartCommentThreadMutation: TypedDocumentNode<
  { startCommentThread: CommentThread },
  { input: StartCommentThreadInput }
> = gql`
  mutation StartCommentThread($input: StartCommentThreadInput!) {
    startCommentThread(input: $input) {
      ...CommentThreadFields
    }
  }
  ${THREAD_FIELDS}
`;

export const ReplyToCommentThreadMutation: TypedDocumentNode<
  { replyToCommentThread: CommentThread },
  { threadId: string; body: string }
> = gql`
  mutation ReplyToCommentThread($threadId: ID!, $body: String!) {
    replyToCommentThread(threadId: $threadId, body: $body) {
      ...CommentThreadFields
    }
  }
  ${THREAD_FIELDS}
`;

/** Those whose thread has canResolve. */
export const ResolveCommentThreadMutation: TypedDocumentNode<{ resolveCommentThread: CommentThread }, { threadId: string }> = gql`
  mutation ResolveCommentThread($threadId: ID!) {
    resolveCommentThread(threadId: $threadId) {
      ...CommentThreadFields
    }
  }
  ${THREAD_FIELDS}
`;

/** Those whose thread has canResolve. */
export const ReopenCommentThreadMutation: TypedDocumentNode<{ reopenCommentThread: CommentThread }, { threadId: string }> = gql`
  mutation ReopenCommentThread($threadId: ID!) {
    reopenCommentThread(threadId: $threadId) {
      ...CommentThreadFields
    }
  }
  ${THREAD_FIELDS}
`;

/** Some thread of the document changed (new, reply, resolved, reopened): the list is to be fetched again. */
export const DocumentCommentsChangedSubscription: TypedDocumentNode<
  { documentCommentsChanged: { documentId: string; threadId: string } },
  { documentId: string }
> = gql`
  subscription OnDocumentCommentsChanged($documentId: ID!) {
    documentCommentsChanged(documentId: $documentId) {
      documentId
      threadId
    }
  }
`;
