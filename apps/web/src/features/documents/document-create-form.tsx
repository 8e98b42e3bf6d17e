import { Button } from 'design-react-kit';
import { useState, type FormEvent } from 'react';
import { fieldMessage, type ApiError } from '../../app/graphql-errors';
import { FormErrorAlert } from '../../components/form-error-alert';
import { TextField } from '../../components/text-field';
import { it } from '../../i18n/it';

const SHOWN_FIELDS = ['title'] as const;

interface DocumentCreateFormProps {
  /** Resolves to null once created (the page then opens the document), or to the API's error. */
  onCreate: (title: string) => Promise<ApiError | null>;
}

/** "Nuova bozza": a title, then the editor opens. */
export function DocumentCreateForm({ onCreate }: DocumentCreateFormProps) {
  const t = it.documents;
  const [title, setTitle] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setApiError(null);
    const trimmed = title.trim();
    if (!trimmed) {
      setProblem(t.requiredTitle);
      document.getElementById('bozza-titolo')?.focus();
      return;
    }
    setProblem(undefined);
    setSubmitting(true);
    const error = await onCreate(trimmed);
    setSubmitting(false);
    setApiError(error);
    if (error) document.getElementById('bozza-titolo')?.focus();
  };

  return (
    <form onSubmit={submit} noValidate aria-busy={submitting} className="app-form">
      {apiError && <FormErrorAlert error={apiError} shownFields={SHOWN_FIELDS} />}
      <TextField
        id="bozza-titolo"
        label={t.titleField}
        value={title}
        onChange={setTitle}
        error={problem ?? fieldMessage(apiError, 'title')}
        required
        autoComplete="off"
      />
      <Button type="submit" color="primary" disabled={submitting}>
        {submitting ? it.common.sending : t.create}
      </Button>
    </form>
  );
}
