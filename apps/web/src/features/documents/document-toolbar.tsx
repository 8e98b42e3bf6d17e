import type { Editor } from '@tiptap/react';
import { useEditorState } from '@tiptap/react';
import { Button } from 'design-react-kit';
import { useEffect, useRef, useState, type ReactNode, type Ref } from 'react';
import { it } from '../../i18n/it';
import { DocumentLinkForm } from './document-link-form';

const LINK_FORM = 'collegamento-modulo';

interface ToolbarButtonProps {
  label: string;
  /** For toggles: whether the format is on where the cursor is (aria-pressed). */
  pressed?: boolean;
  /** For a button that shows a form: whether it is shown (aria-expanded, aria-controls). */
  expanded?: boolean;
  controls?: string;
  disabled: boolean;
  onClick: () => void;
  children: ReactNode;
  buttonRef?: Ref<HTMLButtonElement>;
}

function ToolbarButton({ label, pressed, expanded, controls, disabled, onClick, children, buttonRef }: ToolbarButtonProps) {
  return (
    <Button
      type="button"
      size="xs"
      color="primary"
      outline={!pressed}
      aria-label={label}
      aria-pressed={pressed}
      aria-expanded={expanded}
      aria-controls={expanded ? controls : undefined}
      disabled={disabled}
      onClick={onClick}
      innerRef={buttonRef}
    >
      {children}
    </Button>
  );
}

/**
 * Bold, italic, heading, lists, a table and links, each a button named for screen readers; the
 * toggles say whether they are on. Each command puts focus back in the text, where the user was
 * writing. "Collegamento" opens a small form under the toolbar for the address.
 */
export function DocumentToolbar({ editor, disabled }: { editor: Editor | null; disabled: boolean }) {
  const t = it.documents;
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) =>
      current
        ? {
            bold: current.isActive('bold'),
            italic: current.isActive('italic'),
            heading2: current.isActive('heading', { level: 2 }),
            bulletList: current.isActive('bulletList'),
            orderedList: current.isActive('orderedList'),
            inTable: current.isActive('table'),
            link: current.isActive('link'),
            linkHref: current.isActive('link') ? String(current.getAttributes('link')['href'] ?? '') : null,
          }
        : null,
  });
  const off = disabled || !editor || !state;
  const [linkForm, setLinkForm] = useState(false);
  const linkButton = useRef<HTMLButtonElement>(null);
  const closeLinkForm = (focusButton: boolean) => {
    setLinkForm(false);
    if (focusButton) linkButton.current?.focus();
  };
  // The form goes with the right to write (the ticket may take it away while the form is open).
  useEffect(() => {
    if (off) setLinkForm(false);
  }, [off]);
  const run = (command: (editor: Editor) => void) => () => {
    if (editor && !editor.isDestroyed) command(editor);
  };

  return (
    <>
      <div role="toolbar" aria-label={t.toolbarLabel} className="document-toolbar d-flex flex-wrap gap-2 mb-2">
        <ToolbarButton label={t.bold} pressed={state?.bold ?? false} disabled={off} onClick={run((e) => e.chain().focus().toggleBold().run())}>
          <strong>{t.bold}</strong>
        </ToolbarButton>
        <ToolbarButton
          label={t.italic}
          pressed={state?.italic ?? false}
          disabled={off}
          onClick={run((e) => e.chain().focus().toggleItalic().run())}
        >
          <em>{t.italic}</em>
        </ToolbarButton>
        <ToolbarButton
          label={t.heading2}
          pressed={state?.heading2 ?? false}
          disabled={off}
          onClick={run((e) => e.chain().focus().toggleHeading({ level: 2 }).run())}
        >
          {t.heading2}
        </ToolbarButton>
        <ToolbarButton
          label={t.bulletList}
          pressed={state?.bulletList ?? false}
          disabled={off}
          onClick={run((e) => e.chain().focus().toggleBulletList().run())}
        >
          {t.bulletList}
        </ToolbarButton>
        <ToolbarButton
          label={t.orderedList}
          pressed={state?.orderedList ?? false}
          disabled={off}
          onClick={run((e) => e.chain().focus().toggleOrderedList().run())}
        >
          {t.orderedList}
        </ToolbarButton>
        <ToolbarButton
          label={t.insertTable}
          disabled={off || (state?.inTable ?? false)}
          onClick={run((e) => e.chain().focus().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run())}
        >
          {t.insertTable}
        </ToolbarButton>
        <ToolbarButton
          label={t.link}
          pressed={state?.link ?? false}
          expanded={linkForm}
          controls={LINK_FORM}
          disabled={off}
          onClick={() => setLinkForm((open) => !open)}
          buttonRef={linkButton}
        >
          {t.link}
        </ToolbarButton>
      </div>
      {linkForm && editor && !off && (
        <DocumentLinkForm
          id={LINK_FORM}
          editor={editor}
          currentHref={state?.linkHref ?? null}
          onClose={closeLinkForm}
        />
      )}
    </>
  );
}
