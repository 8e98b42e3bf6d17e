import type { EditorState } from '@tiptap/pm/state';
import {
  absolutePositionToRelativePosition,
  relativePositionToAbsolutePosition,
  ySyncPluginKey,
} from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { base64ToBytes, bytesToBase64 } from './base64-bytes';

type YMapping = Parameters<typeof relativePositionToAbsolutePosition>[3];

/** What the y-sync plugin knows about the editor's text: the shared fragment, its doc, Yjs types → editor nodes. */
export interface YTextBinding {
  doc: Y.Doc;
  type: Y.XmlFragment;
  mapping: YMapping;
}

/** A passage of the editor's text, as ProseMirror positions (from < to). */
export interface PassageRange {
  from: number;
  to: number;
}

/** Where a comment thread's passage starts and ends: Y.encodeRelativePosition, in base64 (as the API stores them). */
export interface PassageAnchors {
  anchorStart: string;
  anchorEnd: string;
}

interface YSyncState {
  doc?: Y.Doc;
  type?: Y.XmlFragment;
  binding?: { mapping: YMapping } | null;
}

/**
 * The Yjs side of an editor state, or null while there is none. The binding's mapping is replaced
 * on a full re-render, so ask again for each use rather than keeping it.
 */
export function yTextBindingOf(state: EditorState): YTextBinding | null {
  const ystate = ySyncPluginKey.getState(state) as YSyncState | undefined;
  if (!ystate?.doc || !ystate.type || !ystate.binding) return null;
  return { doc: ystate.doc, type: ystate.type, mapping: ystate.binding.mapping };
}

/**
 * Anchors for the passage from–to. y-tiptap always ties a position to the character on its left
 * (assoc -1); that is right for the end, but the start must follow the passage's first character,
 * or text typed just before the passage would be pulled into it.
 */
export function anchorPassage(y: YTextBinding, range: PassageRange): PassageAnchors {
  const start: Y.RelativePosition = absolutePositionToRelativePosition(range.from, y.type, y.mapping);
  const end: Y.RelativePosition = absolutePositionToRelativePosition(range.to, y.type, y.mapping);
  return { anchorStart: encodeAnchor(tieToTheRight(y.doc, start)), anchorEnd: encodeAnchor(end) };
}

function tieToTheRight(doc: Y.Doc, relative: Y.RelativePosition): Y.RelativePosition {
  const absolute = Y.createAbsolutePositionFromRelativePosition(relative, doc);
  if (absolute && absolute.type instanceof Y.XmlText) {
    return Y.createRelativePositionFromTypeIndex(absolute.type, absolute.index, 0);
  }
  return relative;
}

function encodeAnchor(relative: Y.RelativePosition): string {
  return bytesToBase64(Y.encodeRelativePosition(relative));
}

/** An anchor from the API, or null if it is not one (it then marks nothing). */
export function decodeAnchor(base64: string): Y.RelativePosition | null {
  try {
    return Y.decodeRelativePosition(base64ToBytes(base64));
  } catch {
    return null;
  }
}

/**
 * Where a passage is: its range now; 'gone' when its text was deleted (both ends then fall on the
 * same place) or its anchors are unusable; 'unknown' while this copy of the document has not yet
 * received the text the anchors point at (e.g. before the first sync).
 */
export type PassageWhereabouts = PassageRange | 'gone' | 'unknown';

export function resolvePassage(
  y: YTextBinding,
  start: Y.RelativePosition | null,
  end: Y.RelativePosition | null,
): PassageWhereabouts {
  if (!start || !end) return 'gone';
  if (!received(y.doc, start) || !received(y.doc, end)) return 'unknown';
  const from = resolveAnchor(y, start);
  const to = resolveAnchor(y, end);
  return from === null || to === null || from >= to ? 'gone' : { from, to };
}

/** Whether this copy has the change the anchor points into (deleted text that was collected counts too). */
function received(doc: Y.Doc, relative: Y.RelativePosition): boolean {
  const id = relative.item ?? relative.type;
  return !id || Y.getState(doc.store, id.client) > id.clock;
}

function resolveAnchor(y: YTextBinding, relative: Y.RelativePosition): number | null {
  const position = relativePositionToAbsolutePosition(y.doc, y.type, relative, y.mapping);
  if (position !== null) return position;
  // y-tiptap gives up on a character position that lands at the very start of the document (it
  // suspects a block moved by drag and drop); a passage opening the first paragraph is exactly
  // that. Count from the start of the character's own text node instead.
  const absolute = Y.createAbsolutePositionFromRelativePosition(relative, y.doc);
  if (!absolute || !(absolute.type instanceof Y.XmlText)) return null;
  const textStart = Y.createRelativePositionFromTypeIndex(absolute.type, 0, -1);
  const start = relativePositionToAbsolutePosition(y.doc, y.type, textStart, y.mapping);
  return start === null ? null : start + absolute.index;
}
