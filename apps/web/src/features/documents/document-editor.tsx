import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { TableKit } from '@tiptap/extension-table';
import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useRef } from 'react';
import { it } from '../../i18n/it';
import { CommentAnchors } from '../comments/comment-anchors';
import { DocumentToolbar } from './document-toolbar';
import type { CollabSession } from './use-collab-session';
import type { CollabUser } from './use-presence';
import './document-editor.css';

interface DocumentEditorProps {
  session: CollabSession;
  user: CollabUser;
  editable: boolean;
  /** The editor once created (null again when it goes): the comments panel reads the selection and the passages from it. */
  onEditor?: (editor: Editor | null) => void;
  /** A highlighted (commented) passage was clicked. */
  onCommentClick?: (threadId: string) => void;
}

/** The contenteditable is the labelled, multi-line textbox; read-only is said too, not only shown. */
function textboxAttributes(editable: boolean): Record<string, string> {
  return {
    'aria-label': it.documents.editorLabel,
    role: 'textbox',
    'aria-multiline': 'true',
    'aria-readonly': editable ? 'false' : 'true',
    class: 'document-editor-content',
  };
}

/**
 * The text of the document: TipTap (StarterKit and tables) bound to the Y.Doc's XmlFragment
 * 'default', with the carets and selections of the others labelled with their names, and the
 * commented passages highlighted. Undo and redo come from the Collaboration extension (only one's
 * own changes), so StarterKit's history is off.
 */
export function DocumentEditor({ session, user, editable, onEditor, onCommentClick }: DocumentEditorProps) {
  // The editor is made once per session; the click handler may change without remaking it.
  const commentClick = useRef(onCommentClick);
  useEffect(() => {
    commentClick.current = onCommentClick;
  }, [onCommentClick]);
  const editor = useEditor(
    {
      editable,
      extensions: [
        StarterKit.configure({
          undoRedo: false,
          heading: { levels: [2, 3, 4] },
          link: { openOnClick: false, autolink: true, defaultProtocol: 'https' },
        }),
        TableKit.configure({ table: { resizable: false } }),
        Collaboration.configure({ document: session.ydoc, field: 'default' }),
        CollaborationCaret.configure({ provider: session.provider, user }),
        CommentAnchors.configure({ onActivate: (threadId) => commentClick.current?.(threadId) }),
      ],
      editorProps: { attributes: textboxAttributes(editable) },
    },
    [session],
  );

  // The ticket (or the document) may say later that this person can only read.
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    editor.setOptions({ editable, editorProps: { attributes: textboxAttributes(editable) } });
  }, [editor, editable]);

  useEffect(() => {
    if (!onEditor) return;
    onEditor(editor);
    return () => onEditor(null);
  }, [editor, onEditor]);

  // A new display name or colour reaches the others without reopening the document.
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    editor.commands.updateUser(user);
  }, [editor, user]);

  return (
    <div className="document-editor">
      <DocumentToolbar editor={editor} disabled={!editable} />
      <EditorContent editor={editor} />
    </div>
  );
}
