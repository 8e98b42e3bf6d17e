import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { Alert, Button } from 'design-react-kit';
import { useEffect, useMemo, useRef, useState } from 'react';
import { toApiError, type ApiError } from '../../app/graphql-errors';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { it } from '../../i18n/it';
import type { Outcome } from '../spaces/use-member-actions';
import { anchorPassage, yTextBindingOf, type PassageAnchors } from './comment-anchor-positions';
import { commentPassagesOf, showCommentThreads } from './comment-anchors';
import { CommentStartForm } from './comment-start-form';
import { CommentThreadItem, threadElementId } from './comment-thread-item';
import { arrangeThreads } from './comment-threads';
import type { CommentThread } from './comment-types';
import { useCommentThreads } from './use-comment-threads';
import './comments.css';

const COMMENT_BUTTON = 'commenti-commenta';
const RESOLVED_TOGGLE = 'commenti-mostra-risolte';

interface DocumentCommentsProps {
  documentId: string;
  /** The document's editor, once there is one: its selection and where the passages are now. */
  editor: Editor | null;
  /** A member of the space (observers and reviewers too): may comment, unless the document is archived. */
  isMember: boolean;
  archived: boolean;
  /** The thread shown as selected, here and in the text. */
  activeId: string | null;
  onActivate: (threadId: string) => void;
}

interface EditorView {
  /** The selection, when it holds some text to comment on. */
  selection: { from: number; to: number } | null;
  /** Each thread's passage now: where it starts and how it reads. */
  passages: Record<string, { from: number; text: string }>;
  /** Threads whose passage was deleted. */
  gone: string[];
}

function viewOf(editor: Editor | null): EditorView | null {
  if (!editor || editor.isDestroyed) return null;
  const { state } = editor;
  const { from, to, empty } = state.selection;
  const { ranges, gone } = commentPassagesOf(state);
  const passages: EditorView['passages'] = {};
  for (const [id, range] of ranges) {
    passages[id] = { from: range.from, text: state.doc.textBetween(range.from, range.to, '\n') };
  }
  const selected = !empty && state.doc.textBetween(from, to, ' ').trim() !== '';
  return { selection: selected ? { from, to } : null, passages, gone: [...gone] };
}

/** Wide screens show the panel beside the text: there, a click on a passage may scroll the panel. */
function panelBesideText(): boolean {
  return window.matchMedia('(min-width: 992px)').matches;
}

/**
 * "Commenti": discussions on passages of the text. Members (observers and reviewers too) comment
 * on the selected passage and answer; whoever may, resolves and reopens. Open threads follow the
 * text's order and their passages are highlighted in the editor; resolved ones are behind a
 * toggle. Others' comments arrive live.
 */
export function DocumentComments({ documentId, editor, isMember, archived, activeId, onActivate }: DocumentCommentsProps) {
  const t = it.comments;
  const { threads, error, fetching, refresh, liveError, start, reply, resolve, reopen } = useCommentThreads(documentId);
  const view = useEditorState({ editor, selector: ({ editor: current }) => viewOf(current) });
  const [draft, setDraft] = useState<{ anchors: PassageAnchors; quote: string } | null>(null);
  const [showResolved, setShowResolved] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  // An element to focus as soon as it is on the page (after an action moved things around); with
  // `after`, only once the list shows that thread resolved or open as said.
  const pendingFocus = useRef<{ id: string; after?: { threadId: string; resolved: boolean } } | null>(null);
  // The thread named in the address (?discussione=…, from a notification) is shown once it has loaded.
  const linkedThread = useRef(activeId);
  const canComment = isMember && !archived;

  useEffect(() => {
    if (editor && threads) showCommentThreads(editor, threads, activeId);
  }, [editor, threads, activeId]);

  const positions = useMemo(
    () => new Map(Object.entries(view?.passages ?? {}).map(([id, passage]) => [id, passage.from])),
    [view?.passages],
  );
  const arranged = useMemo(() => arrangeThreads(threads ?? [], positions), [threads, positions]);

  useEffect(() => {
    const target = linkedThread.current;
    const thread = target && threads?.find((candidate) => candidate.id === target);
    if (!thread) return;
    linkedThread.current = null;
    if (thread.resolved) setShowResolved(true);
    pendingFocus.current = { id: threadElementId(thread.id) };
  }, [threads]);

  useEffect(() => {
    if (!activeId || !panelBesideText()) return;
    document.getElementById(threadElementId(activeId))?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);

  useEffect(() => {
    const pending = pendingFocus.current;
    if (!pending) return;
    const { after } = pending;
    if (after && threads?.find((thread) => thread.id === after.threadId)?.resolved !== after.resolved) return;
    const target = document.getElementById(pending.id);
    if (!target) return;
    pendingFocus.current = null;
    target.scrollIntoView({ block: 'nearest' });
    target.focus();
  });

  const openDraft = () => {
    if (!editor || !view?.selection) return;
    const y = yTextBindingOf(editor.state);
    if (!y) return;
    const { from, to } = view.selection;
    setAnnouncement('');
    setDraft({ anchors: anchorPassage(y, { from, to }), quote: editor.state.doc.textBetween(from, to, '\n').trim() });
  };

  const publish = async (body: string): Promise<ApiError | null> => {
    if (!draft) return null;
    const answer = await start({ ...draft.anchors, quote: draft.quote, body });
    if (!answer.ok) return answer.error;
    setDraft(null);
    setAnnouncement(t.published);
    pendingFocus.current = { id: threadElementId(answer.value.id) };
    onActivate(answer.value.id);
    refresh();
    return null;
  };

  const act = async (action: Promise<Outcome<CommentThread>>, done: string): Promise<ApiError | null> => {
    setAnnouncement('');
    const answer = await action;
    if (!answer.ok) return answer.error;
    setAnnouncement(done);
    refresh();
    return null;
  };

  // The thread moves to the other list: focus follows it there, or goes to the toggle when resolved ones are hidden.
  const toggleResolved = async (thread: CommentThread): Promise<ApiError | null> => {
    const resolved = !thread.resolved;
    const id = resolved && !showResolved ? RESOLVED_TOGGLE : threadElementId(thread.id);
    pendingFocus.current = { id, after: { threadId: thread.id, resolved } };
    const problem = await act(resolved ? resolve(thread.id) : reopen(thread.id), resolved ? t.resolvedDone : t.reopenedDone);
    // The error is shown in the thread, whose button keeps the focus.
    if (problem) pendingFocus.current = null;
    return problem;
  };

  const goToPassage = (threadId: string) => {
    const range = editor && !editor.isDestroyed ? commentPassagesOf(editor.state).ranges.get(threadId) : undefined;
    onActivate(threadId);
    if (!editor || !range) return;
    editor.chain().setTextSelection(range).scrollIntoView().focus().run();
  };

  const item = (thread: CommentThread) => {
    const passage = view?.passages[thread.id];
    return (
      <li key={thread.id} className="mb-3">
        <CommentThreadItem
          thread={thread}
          passage={passage?.text ?? null}
          passageGone={view?.gone.includes(thread.id) ?? false}
          active={thread.id === activeId}
          canReply={canComment}
          onGoToPassage={passage && !thread.resolved ? () => goToPassage(thread.id) : undefined}
          onReply={(body) => {
            onActivate(thread.id);
            return act(reply(thread.id, body), t.replied);
          }}
          onToggleResolved={() => toggleResolved(thread)}
        />
      </li>
    );
  };

  const hint = archived ? t.archived : !isMember ? t.membersOnly : !view?.selection ? t.selectFirst : null;

  return (
    <section aria-labelledby="commenti-titolo" className="document-comments mb-4">
      <h2 id="commenti-titolo" className="h5">
        {t.title}
      </h2>
      <div role="status" className="small mb-2">
        {announcement}
      </div>
      {draft ? (
        <CommentStartForm
          quote={draft.quote}
          onPublish={publish}
          onCancel={() => {
            setDraft(null);
            pendingFocus.current = { id: COMMENT_BUTTON };
          }}
        />
      ) : (
        <div className="mb-3">
          <Button
            id={COMMENT_BUTTON}
            type="button"
            color="primary"
            size="sm"
            disabled={!canComment || !view?.selection}
            aria-describedby={hint ? 'commenti-suggerimento' : undefined}
            onClick={openDraft}
          >
            {t.commentSelection}
          </Button>
          {hint && (
            <p id="commenti-suggerimento" className="small mt-1 mb-0">
              {hint}
            </p>
          )}
        </div>
      )}
      {liveError && (
        <Alert color="warning" fade={false} className="mb-3">
          {t.liveOff}
        </Alert>
      )}
      {!threads ? (
        error && !fetching ? <ErrorState error={toApiError(error)} onRetry={refresh} /> : <LoadingState />
      ) : (
        <>
          {arranged.open.length === 0 ? (
            <p className="small">{t.noOpen}</p>
          ) : (
            <ol className="list-unstyled mb-3" aria-label={t.openLabel}>
              {arranged.open.map(item)}
            </ol>
          )}
          {arranged.resolved.length > 0 && (
            <>
              <Button
                id={RESOLVED_TOGGLE}
                type="button"
                color="primary"
                outline
                size="xs"
                aria-expanded={showResolved}
                aria-controls="commenti-risolti"
                onClick={() => setShowResolved((shown) => !shown)}
              >
                {showResolved ? t.hideResolved(arranged.resolved.length) : t.showResolved(arranged.resolved.length)}
              </Button>
              <div id="commenti-risolti" hidden={!showResolved} className="mt-3">
                {showResolved && (
                  <ol className="list-unstyled mb-0" aria-label={t.resolvedLabel}>
                    {arranged.resolved.map(item)}
                  </ol>
                )}
              </div>
            </>
          )}
        </>
      )}
    </section>
  );
}
