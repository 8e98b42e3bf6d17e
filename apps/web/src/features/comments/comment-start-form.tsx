import { Alert, Button } from 'design-react-kit';
import { useState, type FormEvent } from 'react';
import { fieldMessage, type ApiError } from '../../app/graphql-errors';
import { FormErrorAlert } from '../../components/form-error-alert';
import { TextField } from '../../components/text-field';
import { it } from '../../i18n/it';
import { MAX_COMMENT_LENGTH, MAX_QUOTE_LENGTH, shortenPassage } from './comment-threads';

const BODY_FIELD = 'nuovo-commento-testo';
const SHOWN_FIELDS = ['body'] as const;

interface CommentStartFormProps {
  /** The selected passage, as it reads. */
  quote: string;
  /** Resolves to null once published, or to the API's error. */
  onPublish: (body: string) => Promise<ApiError | null>;
  onCancel: () => void;
}

/** "Nuovo commento": the selected passage and the first message of a new thread. */
export function CommentStartForm({ quote, onPublish, onCancel }: CommentStartFormProps) {
  const t = it.comments;
  const [body, setBody] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const tooLong = quote.length > MAX_QUOTE_LENGTH;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setApiError(null);
    const trimmed = body.trim();
    if (!trimmed || trimmed.length > MAX_COMMENT_LENGTH) {
      setProblem(t.bodyLength);
      document.getElementById(BODY_FIELD)?.focus();
      return;
    }
    setProblem(undefined);
    setSubmitting(true);
    const error = await onPublish(trimmed);
    setSubmitting(false);
    if (error) {
      setApiError(error);
      document.getElementById(BODY_FIELD)?.focus();
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-busy={submitting} aria-labelledby="nuovo-commento-titolo" className="comment-form mb-3">
      <h3 id="nuovo-commento-titolo" className="h6">
        {t.newTitle}
      </h3>
      {apiError && <FormErrorAlert error={apiError} shownFields={SHOWN_FIELDS} />}
      {tooLong && (
        <Alert color="warning" fade={false} className="mb-3">
          {t.quoteTooLong}
        </Alert>
      )}
      <figure className="comment-form-quote">
        <figcaption className="small fw-semibold mb-1">{t.selectedPassage}</figcaption>
        <blockquote className="comment-quote mb-0">{shortenPassage(quote, 300)}</blockquote>
      </figure>
      <TextField
        id={BODY_FIELD}
        type="textarea"
        label={t.bodyField}
        value={body}
        onChange={setBody}
        hint={t.bodyHint}
        error={problem ?? fieldMessage(apiError, 'body')}
        required
        maxLength={MAX_COMMENT_LENGTH}
        autoFocus
      />
      <div className="d-flex flex-wrap gap-2">
        <Button type="submit" color="primary" size="sm" disabled={submitting || tooLong}>
          {submitting ? it.common.sending : t.publish}
        </Button>
        <Button type="button" color="primary" outline size="sm" disabled={submitting} onClick={onCancel}>
          {it.common.cancel}
        </Button>
      </div>
    </form>
  );
}
