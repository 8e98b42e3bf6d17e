import { Extension, type Editor } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { ySyncPluginKey } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import { decodeAnchor, resolvePassage, yTextBindingOf, type PassageRange } from './comment-anchor-positions';

/** What the editor needs to know about a thread to mark its passage. */
export interface AnchoredThread {
  id: string;
  anchorStart: string;
  anchorEnd: string;
  resolved: boolean;
}

interface DecodedThread {
  id: string;
  resolved: boolean;
  start: Y.RelativePosition | null;
  end: Y.RelativePosition | null;
}

/** Where the threads' passages are now (resolved threads too). */
export interface CommentPassages {
  ranges: ReadonlyMap<string, PassageRange>;
  /** Threads whose passage was deleted. A thread in neither is not in this copy of the text yet. */
  gone: ReadonlySet<string>;
}

interface CommentAnchorsState extends CommentPassages {
  threads: DecodedThread[];
  activeId: string | null;
  decorations: DecorationSet;
}

interface CommentAnchorsMeta {
  threads?: AnchoredThread[];
  activeId?: string | null;
}

const NO_PASSAGES: CommentPassages = { ranges: new Map(), gone: new Set() };

export const commentAnchorsKey = new PluginKey<CommentAnchorsState>('comment-anchors');

function resolveAll(threads: DecodedThread[], state: EditorState): CommentPassages {
  const ranges = new Map<string, PassageRange>();
  const gone = new Set<string>();
  const y = yTextBindingOf(state);
  if (!y) return { ranges, gone };
  for (const thread of threads) {
    const where = resolvePassage(y, thread.start, thread.end);
    if (where === 'gone') gone.add(thread.id);
    else if (where !== 'unknown') ranges.set(thread.id, where);
  }
  return { ranges, gone };
}

/** Our own edits: ProseMirror's mapping says where the passages went (the Yjs copy is updated only after this step). */
function mapAll({ ranges, gone }: CommentPassages, tr: Transaction): CommentPassages {
  const mapped = new Map<string, PassageRange>();
  const nowGone = new Set(gone);
  for (const [id, range] of ranges) {
    // Like the anchors: text typed at either edge stays outside the passage.
    const from = tr.mapping.map(range.from, 1);
    const to = tr.mapping.map(range.to, -1);
    if (from < to) mapped.set(id, { from, to });
    else nowGone.add(id);
  }
  return { ranges: mapped, gone: nowGone };
}

function decorate(state: EditorState, threads: DecodedThread[], ranges: ReadonlyMap<string, PassageRange>, activeId: string | null): DecorationSet {
  const decorations: Decoration[] = [];
  for (const thread of threads) {
    const range = ranges.get(thread.id);
    if (thread.resolved || !range) continue;
    const active = thread.id === activeId;
    decorations.push(
      Decoration.inline(
        range.from,
        range.to,
        { class: active ? 'comment-anchor comment-anchor-active' : 'comment-anchor', 'data-thread-id': thread.id },
        { threadId: thread.id },
      ),
    );
  }
  return DecorationSet.create(state.doc, decorations);
}

function commentAnchorsPlugin(onActivate: (threadId: string) => void): Plugin<CommentAnchorsState> {
  return new Plugin<CommentAnchorsState>({
    key: commentAnchorsKey,
    state: {
      init: () => ({ threads: [], activeId: null, ...NO_PASSAGES, decorations: DecorationSet.empty }),
      apply(tr, value, _before, state) {
        const meta = tr.getMeta(commentAnchorsKey) as CommentAnchorsMeta | undefined;
        const threads = meta?.threads
          ? meta.threads.map((t) => ({ id: t.id, resolved: t.resolved, start: decodeAnchor(t.anchorStart), end: decodeAnchor(t.anchorEnd) }))
          : value.threads;
        const activeId = meta && meta.activeId !== undefined ? meta.activeId : value.activeId;
        let passages: CommentPassages;
        // y-sync's steps (a remote change, undo, the first render) come after the Yjs copy changed: ask Yjs.
        if (meta?.threads || tr.getMeta(ySyncPluginKey) !== undefined) passages = resolveAll(threads, state);
        else if (tr.docChanged) passages = mapAll(value, tr);
        else if (meta) passages = value;
        else return value;
        const { ranges, gone } = passages;
        return { threads, activeId, ranges, gone, decorations: decorate(state, threads, ranges, activeId) };
      },
    },
    props: {
      decorations: (state) => commentAnchorsKey.getState(state)?.decorations ?? DecorationSet.empty,
      handleClick(_view, _pos, event) {
        const marked = event.target instanceof Element ? event.target.closest('[data-thread-id]') : null;
        const threadId = marked?.getAttribute('data-thread-id');
        if (threadId) onActivate(threadId);
        // The click still places the cursor as usual.
        return false;
      },
    },
  });
}

export interface CommentAnchorsOptions {
  /** A highlighted passage was clicked: make its thread the active one. */
  onActivate: (threadId: string) => void;
}

/**
 * Highlights the passage of each open comment thread (class `comment-anchor`, the active thread's
 * also `comment-anchor-active`, `data-thread-id` on both). Passages are found again from their Yjs
 * anchors whenever the threads change or a change arrives through Yjs, so they follow the text
 * through everybody's edits. The threads come in through `showCommentThreads`.
 */
export const CommentAnchors = Extension.create<CommentAnchorsOptions>({
  name: 'commentAnchors',
  addOptions() {
    return { onActivate: () => undefined };
  },
  addProseMirrorPlugins() {
    return [commentAnchorsPlugin((threadId) => this.options.onActivate(threadId))];
  },
});

function dispatchMeta(editor: Editor, meta: CommentAnchorsMeta): void {
  if (editor.isDestroyed) return;
  editor.view.dispatch(editor.state.tr.setMeta(commentAnchorsKey, meta).setMeta('addToHistory', false));
}

/** Tells the editor which threads to mark and which one is active. */
export function showCommentThreads(editor: Editor, threads: AnchoredThread[], activeId: string | null): void {
  dispatchMeta(editor, { threads, activeId });
}

/** Changes only which thread is shown as active. */
export function setActiveCommentThread(editor: Editor, activeId: string | null): void {
  dispatchMeta(editor, { activeId });
}

/** Where each thread's passage is in the editor now, and which passages were deleted. */
export function commentPassagesOf(state: EditorState): CommentPassages {
  return commentAnchorsKey.getState(state) ?? NO_PASSAGES;
}
