import { Button } from 'design-react-kit';
import { useState, type FormEvent } from 'react';
import { fieldMessage, type ApiError } from '../../app/graphql-errors';
import { FormErrorAlert } from '../../components/form-error-alert';
import { TextField } from '../../components/text-field';
import { modelsText } from '../../i18n/models';
import { formatRomeDate, romeToday } from '../meetings/rome-time';
import type { Outcome } from '../spaces/use-member-actions';
import type { ModelReview, ModelVersion } from './model-types';

const SHOWN = ['dueDate'];

interface SubmitReviewFormProps {
  version: ModelVersion;
  onSubmit: (versionId: string, dueDate: string) => Promise<Outcome<ModelReview>>;
  /** Said in the timeline's status line: the form goes away once the version is in review. */
  onDone: (message: string) => void;
}

/** "Invia in revisione": the due date of the Collegio's opinion (not in the past, Rome's calendar). */
export function SubmitReviewForm({ version, onSubmit, onDone }: SubmitReviewFormProps) {
  const t = modelsText.submit;
  const [dueDate, setDueDate] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const today = romeToday();
  const fieldId = `invia-scadenza-${version.id}`;
  const titleId = `invia-titolo-${version.id}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setApiError(null);
    const found = !dueDate ? t.requiredDueDate : dueDate < today ? t.pastDueDate : undefined;
    setProblem(found);
    if (found) {
      document.getElementById(fieldId)?.focus();
      return;
    }
    setBusy(true);
    const outcome = await onSubmit(version.id, dueDate);
    setBusy(false);
    if (outcome.ok) onDone(t.done(version.number, formatRomeDate(outcome.value.dueDate)));
    else setApiError(outcome.error);
  };

  return (
    <div className="border-top pt-3 mt-3">
      <h4 id={titleId} className="h6">
        {t.title}
      </h4>
      <p className="small">{t.intro}</p>
      <form onSubmit={submit} noValidate aria-busy={busy} aria-labelledby={titleId} className="app-form">
        {apiError && <FormErrorAlert error={apiError} shownFields={SHOWN} />}
        <TextField
          id={fieldId}
          type="date"
          label={t.dueDate}
          value={dueDate}
          onChange={setDueDate}
          min={today}
          hint={t.dueDateHint}
          error={problem ?? fieldMessage(apiError, 'dueDate')}
          required
        />
        <Button type="submit" color="primary" disabled={busy} aria-label={t.submitOf(version.number)}>
          {busy ? t.working : t.submit}
        </Button>
      </form>
    </div>
  );
}
