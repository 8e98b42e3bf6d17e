import type { Editor } from '@tiptap/react';
import { Button } from 'design-react-kit';
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { TextField } from '../../components/text-field';
import { it } from '../../i18n/it';
import { checkLinkHref } from './link-href';

const URL_FIELD = 'collegamento-indirizzo';

interface DocumentLinkFormProps {
  id: string;
  editor: Editor;
  /** The address of the link the cursor is in, if it is in one. */
  currentHref: string | null;
  /** focusButton: cancelled, so focus goes back to the toolbar button (after a change it is in the text). */
  onClose: (focusButton: boolean) => void;
}

/**
 * The small form under the toolbar: the address for the selected text (or for the link the cursor
 * is in), and removing that link. Only web and e-mail addresses are accepted (see checkLinkHref).
 */
export function DocumentLinkForm({ id, editor, currentHref, onClose }: DocumentLinkFormProps) {
  const t = it.documents;
  const [href, setHref] = useState(currentHref ?? '');
  const [problem, setProblem] = useState<string | undefined>();

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const check = checkLinkHref(href);
    if (!check.ok) {
      setProblem(t.linkProblem[check.problem]);
      document.getElementById(URL_FIELD)?.focus();
      return;
    }
    if (editor.state.selection.empty && !editor.isActive('link')) {
      // Nothing selected: the address itself becomes the linked text.
      editor
        .chain()
        .focus()
        .insertContent({ type: 'text', text: check.href, marks: [{ type: 'link', attrs: { href: check.href } }] })
        .run();
    } else {
      editor.chain().focus().extendMarkRange('link').setLink({ href: check.href }).run();
    }
    onClose(false);
  };

  const remove = () => {
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    onClose(false);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose(true);
    }
  };

  return (
    <form id={id} onSubmit={apply} onKeyDown={onKeyDown} noValidate aria-label={t.linkFormLabel} className="document-link-form app-form mb-2">
      <TextField
        id={URL_FIELD}
        label={t.linkField}
        value={href}
        onChange={setHref}
        hint={t.linkHint}
        error={problem}
        inputMode="url"
        autoComplete="off"
        spellCheck={false}
        autoFocus
      />
      <div className="d-flex flex-wrap gap-2">
        <Button type="submit" color="primary" size="sm">
          {t.applyLink}
        </Button>
        {currentHref !== null && (
          <Button type="button" color="danger" outline size="sm" onClick={remove}>
            {t.removeLink}
          </Button>
        )}
        <Button type="button" color="primary" outline size="sm" onClick={() => onClose(true)}>
          {it.common.cancel}
        </Button>
      </div>
    </form>
  );
}
