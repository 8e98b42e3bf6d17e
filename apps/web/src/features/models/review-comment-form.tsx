import { Button } from 'design-react-kit';
import { useState, type FormEvent } from 'react';
import { fieldMessage, type ApiError } from '../../app/graphql-errors';
import { FormErrorAlert } from '../../components/form-error-alert';
import { TextField } from '../../components/text-field';
import { modelsText } from '../../i18n/models';
import type { Outcome } from '../spaces/use-member-actions';
import type { ReviewComment } from './model-types';
import { commentProblems, normalizePassage, PASSAGE_MAX, TEXT_MAX } from './review-decision';

const SHOWN = ['passage', 'body'];

interface ReviewCommentFormProps {
  /** The passage, filled by a selection in the text or typed here. */
  passage: string;
  onPassageChange: (passage: string) => void;
  onComment: (body: string, passage: string | null) => Promise<Outcome<ReviewComment>>;
  onDone: (message: string) => void;
}

/** "Commenta un passaggio": the quoted passage (or none, for a general remark) and the comment. */
export function ReviewCommentForm({ passage, onPassageChange, onComment, onDone }: ReviewCommentFormProps) {
  const t = modelsText.commentForm;
  const [body, setBody] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setApiError(null);
    const found = commentProblems({ passage, body });
    setProblems(found);
    const first = Object.keys(found)[0];
    if (first) {
      document.getElementById(`commento-${first}`)?.focus();
      return;
    }
    setBusy(true);
    const outcome = await onComment(body.trim(), normalizePassage(passage) || null);
    setBusy(false);
    if (!outcome.ok) {
      setApiError(outcome.error);
      return;
    }
    setBody('');
    onPassageChange('');
    onDone(t.done);
  };

  return (
    <section aria-labelledby="commenta-titolo" className="mb-5">
      <h2 id="commenta-titolo" className="h4">
        {t.title}
      </h2>
      <p className="small">{t.intro}</p>
      <form onSubmit={submit} noValidate aria-busy={busy} aria-labelledby="commenta-titolo" className="app-form">
        {apiError && <FormErrorAlert error={apiError} shownFields={SHOWN} />}
        <TextField
          id="commento-passage"
          type="textarea"
          label={t.passage}
          value={passage}
          onChange={onPassageChange}
          hint={t.passageHint}
          error={problems['passage'] ?? fieldMessage(apiError, 'passage')}
          maxLength={PASSAGE_MAX}
          optional
        />
        {passage && (
          <Button type="button" color="primary" outline size="sm" className="mb-4" onClick={() => onPassageChange('')}>
            {t.clear}
          </Button>
        )}
        <TextField
          id="commento-body"
          type="textarea"
          label={t.body}
          value={body}
          onChange={setBody}
          error={problems['body'] ?? fieldMessage(apiError, 'body')}
          maxLength={TEXT_MAX}
          required
        />
        <Button type="submit" color="primary" disabled={busy}>
          {busy ? t.working : t.submit}
        </Button>
      </form>
    </section>
  );
}
