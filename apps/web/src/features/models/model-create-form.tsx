import { Button } from 'design-react-kit';
import { useState, type FormEvent } from 'react';
import { fieldMessage, type ApiError } from '../../app/graphql-errors';
import { FormErrorAlert } from '../../components/form-error-alert';
import { TextField } from '../../components/text-field';
import { it } from '../../i18n/it';
import { modelsText } from '../../i18n/models';

const SHOWN = ['title'];

/** "Nuovo modello": a title (2–200 characters); the caller opens the new model. */
export function ModelCreateForm({ onCreate }: { onCreate: (title: string) => Promise<ApiError | null> }) {
  const t = modelsText.create;
  const [title, setTitle] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setApiError(null);
    const trimmed = title.trim();
    const found = trimmed.length < 2 || trimmed.length > 200 ? t.required : undefined;
    setProblem(found);
    if (found) {
      document.getElementById('modello-titolo')?.focus();
      return;
    }
    setBusy(true);
    const error = await onCreate(trimmed);
    setBusy(false);
    setApiError(error);
  };

  return (
    <form onSubmit={submit} noValidate aria-busy={busy} aria-labelledby="nuovo-modello-titolo" className="app-form">
      {apiError && <FormErrorAlert error={apiError} shownFields={SHOWN} />}
      <TextField
        id="modello-titolo"
        label={t.field}
        value={title}
        onChange={setTitle}
        hint={t.hint}
        error={problem ?? fieldMessage(apiError, 'title')}
        maxLength={200}
        autoComplete="off"
        required
      />
      <Button type="submit" color="primary" disabled={busy}>
        {busy ? it.common.saving : t.submit}
      </Button>
    </form>
  );
}
