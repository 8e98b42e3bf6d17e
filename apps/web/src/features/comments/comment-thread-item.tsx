import { Button } from 'design-react-kit';
import { useState, type FormEvent } from 'react';
import type { ApiError } from '../../app/graphql-errors';
import { TextField } from '../../components/text-field';
import { formatDateTime } from '../../i18n/format';
import { it } from '../../i18n/it';
import { SpaceActionError } from '../spaces/space-action-error';
import { MAX_COMMENT_LENGTH, shortenPassage } from './comment-threads';
import type { CommentThread } from './comment-types';

/** The id of a thread's element in the page (for scrolling to it and focusing it). */
export function threadElementId(threadId: string): string {
  return `discussione-${threadId}`;
}

function ReplyForm({ threadId, describedBy, onReply }: { threadId: string; describedBy: string; onReply: (body: string) => Promise<ApiError | null> }) {
  const t = it.comments;
  const fieldId = `risposta-${threadId}`;
  const [body, setBody] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const [submitting, setSubmitting] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = body.trim();
    if (!trimmed || trimmed.length > MAX_COMMENT_LENGTH) {
      setProblem(t.bodyLength);
      document.getElementById(fieldId)?.focus();
      return;
    }
    setProblem(undefined);
    setSubmitting(true);
    const error = await onReply(trimmed);
    setSubmitting(false);
    if (!error) setBody('');
  };

  return (
    <form onSubmit={submit} noValidate aria-busy={submitting} className="app-form mt-2">
      <TextField
        id={fieldId}
        type="textarea"
        label={t.replyField}
        value={body}
        onChange={setBody}
        error={problem}
        maxLength={MAX_COMMENT_LENGTH}
        className="comment-reply-field"
        aria-describedby={describedBy}
      />
      <Button type="submit" color="primary" size="xs" disabled={submitting} aria-describedby={describedBy}>
        {submitting ? it.common.sending : t.reply}
      </Button>
    </form>
  );
}

interface CommentThreadItemProps {
  thread: CommentThread;
  /** The passage as it reads now; null when it was deleted or the editor does not have it (yet). */
  passage: string | null;
  /** The passage was deleted from the text. */
  passageGone: boolean;
  active: boolean;
  /** Members answer open threads (observers and reviewers too); nobody on an archived document. */
  canReply: boolean;
  /** Selects the passage in the editor; absent when there is no passage to go to. */
  onGoToPassage?: () => void;
  onReply: (body: string) => Promise<ApiError | null>;
  /** Resolve or reopen, as the thread is. */
  onToggleResolved: () => Promise<ApiError | null>;
}

/**
 * One thread: its passage as it reads now (or a note that it was deleted, with the original words),
 * the messages, and the actions this person may take on it.
 */
export function CommentThreadItem({ thread, passage, passageGone, active, canReply, onGoToPassage, onReply, onToggleResolved }: CommentThreadItemProps) {
  const t = it.comments;
  const headingId = `${threadElementId(thread.id)}-titolo`;
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const toggle = async () => {
    setBusy(true);
    setError(null);
    const problem = await onToggleResolved();
    setBusy(false);
    setError(problem);
  };
  const reply = async (body: string) => {
    setError(null);
    const problem = await onReply(body);
    setError(problem);
    return problem;
  };

  return (
    <article
      id={threadElementId(thread.id)}
      tabIndex={-1}
      aria-labelledby={headingId}
      aria-current={active ? 'true' : undefined}
      className={`comment-thread${active ? ' comment-thread-active' : ''}${thread.resolved ? ' comment-thread-resolved' : ''}`}
      data-thread-id={thread.id}
    >
      {passageGone ? (
        <>
          <h3 id={headingId} className="h6 mb-1">
            {t.passageGone}
          </h3>
          <p className="small mb-2">
            {t.originalQuote} «{shortenPassage(thread.quote)}»
          </p>
        </>
      ) : (
        // Until the editor has the text, the passage as it was quoted.
        <h3 id={headingId} className="h6 comment-thread-passage mb-2">
          <span className="visually-hidden">{t.passageLabel}: </span>«{shortenPassage(passage ?? thread.quote)}»
        </h3>
      )}
      {thread.resolved && thread.resolvedAt && (
        <p className="small mb-2">{t.resolvedBy(thread.resolvedBy?.displayName ?? null, formatDateTime(thread.resolvedAt))}</p>
      )}
      <ol className="list-unstyled mb-2" aria-label={t.messagesLabel}>
        {thread.comments.map((comment) => (
          <li key={comment.id} className="comment-message">
            <p className="small mb-0">
              <span className="fw-semibold">{comment.author?.displayName ?? t.unknownAuthor}</span>
              {' · '}
              <time dateTime={comment.createdAt}>{formatDateTime(comment.createdAt)}</time>
            </p>
            <p className="comment-body mb-2">{comment.body}</p>
          </li>
        ))}
      </ol>
      {error && <SpaceActionError error={error} />}
      <div className="d-flex flex-wrap gap-2">
        {onGoToPassage && (
          <Button type="button" color="primary" outline size="xs" aria-describedby={headingId} onClick={onGoToPassage}>
            {t.goToPassage}
          </Button>
        )}
        {thread.canResolve && (
          <Button type="button" color="primary" outline size="xs" aria-describedby={headingId} disabled={busy} onClick={() => void toggle()}>
            {busy ? it.common.sending : thread.resolved ? t.reopen : t.resolve}
          </Button>
        )}
      </div>
      {canReply && !thread.resolved && <ReplyForm threadId={thread.id} describedBy={headingId} onReply={reply} />}
    </article>
  );
}
