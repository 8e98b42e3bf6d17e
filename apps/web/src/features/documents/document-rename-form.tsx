import { Alert, Button } from 'design-react-kit';
import { useState, type FormEvent } from 'react';
import { fieldMessage, type ApiError } from '../../app/graphql-errors';
import { FormErrorAlert } from '../../components/form-error-alert';
import { TextField } from '../../components/text-field';
import { it } from '../../i18n/it';

const SHOWN_FIELDS = ['title'] as const;

interface DocumentRenameFormProps {
  title: string;
  /** Resolves to null once renamed, or to the API's error. */
  onRename: (title: string) => Promise<ApiError | null>;
}

/** "Rinomina": a new title for the document, for those who may edit it. */
export function DocumentRenameForm({ title: current, onRename }: DocumentRenameFormProps) {
  const t = it.documents;
  const [title, setTitle] = useState(current);
  const [problem, setProblem] = useState<string | undefined>();
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const [done, setDone] = useState(false);
  const [submitting, setSubmitting] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setApiError(null);
    setDone(false);
    const trimmed = title.trim();
    if (!trimmed) {
      setProblem(t.requiredTitle);
      document.getElementById('documento-titolo')?.focus();
      return;
    }
    setProblem(undefined);
    setSubmitting(true);
    const error = await onRename(trimmed);
    setSubmitting(false);
    setApiError(error);
    setDone(!error);
  };

  return (
    <section aria-labelledby="rinomina-titolo" className="mb-5">
      <h2 id="rinomina-titolo" className="h5">
        {t.renameTitle}
      </h2>
      <form onSubmit={submit} noValidate aria-busy={submitting} className="app-form">
        {apiError && <FormErrorAlert error={apiError} shownFields={SHOWN_FIELDS} />}
        {done && (
          <Alert color="success" fade={false} className="mb-4">
            {t.renamed}
          </Alert>
        )}
        <TextField
          id="documento-titolo"
          label={t.renameField}
          value={title}
          onChange={setTitle}
          error={problem ?? fieldMessage(apiError, 'title')}
          required
          autoComplete="off"
        />
        <Button type="submit" color="primary" outline disabled={submitting}>
          {submitting ? it.common.saving : t.rename}
        </Button>
      </form>
    </section>
  );
}
