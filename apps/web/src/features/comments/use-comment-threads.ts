import { useCallback, useEffect, useMemo } from 'react';
import { useMutation, useQuery, useSubscription } from 'urql';
import { toApiError, type ApiError } from '../../app/graphql-errors';
import { it } from '../../i18n/it';
import type { Outcome } from '../spaces/use-member-actions';
import {
  CommentThreadsQuery,
  DocumentCommentsChangedSubscription,
  ReopenCommentThreadMutation,
  ReplyToCommentThreadMutation,
  ResolveCommentThreadMutation,
  StartCommentThreadMutation,
} from './comment-documents';
import type { CommentThread, StartCommentThreadInput } from './comment-types';

const NO_ANSWER: ApiError = { code: 'INTERNAL_SERVER_ERROR', message: it.errors.unknown, fields: [] };

function outcome<K extends string>(
  answer: { data?: Record<K, CommentThread>; error?: Parameters<typeof toApiError>[0] },
  key: K,
): Outcome<CommentThread> {
  if (answer.error) return { ok: false, error: toApiError(answer.error) };
  const thread = answer.data?.[key];
  return thread ? { ok: true, value: thread } : { ok: false, error: NO_ANSWER };
}

/**
 * The comment threads of a document, and starting, answering, resolving and reopening them.
 * The `documentCommentsChanged` subscription says only that something changed: each event fetches
 * the list again, so what others write appears without a reload. An empty list holds no
 * CommentThread, hence additionalTypenames (a new thread makes it stale too).
 */
export function useCommentThreads(documentId: string) {
  const context = useMemo(() => ({ additionalTypenames: ['CommentThread'] }), []);
  const [result, reexecute] = useQuery({ query: CommentThreadsQuery, variables: { documentId }, context });
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  // Counting the events gives each one a new value, so two changes to the same thread both refetch.
  const [live] = useSubscription(
    { query: DocumentCommentsChangedSubscription, variables: { documentId } },
    (count: number = 0) => count + 1,
  );
  useEffect(() => {
    if (live.data) refresh();
  }, [live.data, refresh]);

  const [, startMutation] = useMutation(StartCommentThreadMutation);
  const [, replyMutation] = useMutation(ReplyToCommentThreadMutation);
  const [, resolveMutation] = useMutation(ResolveCommentThreadMutation);
  const [, reopenMutation] = useMutation(ReopenCommentThreadMutation);

  const start = useCallback(
    async (input: Omit<StartCommentThreadInput, 'documentId'>) =>
      outcome(await startMutation({ input: { ...input, documentId } }), 'startCommentThread'),
    [startMutation, documentId],
  );
  const reply = useCallback(
    async (threadId: string, body: string) => outcome(await replyMutation({ threadId, body }), 'replyToCommentThread'),
    [replyMutation],
  );
  const resolve = useCallback(
    async (threadId: string) => outcome(await resolveMutation({ threadId }), 'resolveCommentThread'),
    [resolveMutation],
  );
  const reopen = useCallback(
    async (threadId: string) => outcome(await reopenMutation({ threadId }), 'reopenCommentThread'),
    [reopenMutation],
  );

  return {
    threads: result.data?.commentThreads,
    error: result.error,
    fetching: result.fetching,
    refresh,
    /** The live channel failed: the list updates only after one's own actions or a reload. */
    liveError: live.error,
    start,
    reply,
    resolve,
    reopen,
  };
}
