import { Alert, Button } from 'design-react-kit';
import { useState, type FormEvent } from 'react';
import { fieldMessage, type ApiError } from '../../app/graphql-errors';
import { FormErrorAlert } from '../../components/form-error-alert';
import { TextField } from '../../components/text-field';
import { modelsText } from '../../i18n/models';
import type { Outcome } from '../spaces/use-member-actions';
import type { ModelDetail, ModelVersion } from './model-types';

const SHOWN = ['changelog'];

interface ConsolidateSectionProps {
  model: ModelDetail;
  onConsolidate: (changelog: string) => Promise<Outcome<ModelVersion>>;
}

/**
 * "Consolida una versione" (coordinators): what changed, then an immutable version of the draft.
 * The API refuses, in its own words shown here, when nothing changed since the last version or
 * while a version is in review.
 */
export function ConsolidateSection({ model, onConsolidate }: ConsolidateSectionProps) {
  const t = modelsText.consolidate;
  const [changelog, setChangelog] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setApiError(null);
    setDone('');
    const trimmed = changelog.trim();
    const found = trimmed.length < 3 || trimmed.length > 4000 ? t.required : undefined;
    setProblem(found);
    if (found) {
      document.getElementById('consolida-modifiche')?.focus();
      return;
    }
    setBusy(true);
    const outcome = await onConsolidate(trimmed);
    setBusy(false);
    if (!outcome.ok) {
      setApiError(outcome.error);
      return;
    }
    setChangelog('');
    setDone(t.done(outcome.value.number));
  };

  return (
    <section aria-labelledby="consolida-titolo" className="mb-5">
      <h2 id="consolida-titolo" className="h4">
        {t.title}
      </h2>
      <p>{t.intro}</p>
      {model.status === 'IN_REVIEW' && (
        <Alert color="info" fade={false} className="mb-3">
          {t.inReview}
        </Alert>
      )}
      <form onSubmit={submit} noValidate aria-busy={busy} aria-labelledby="consolida-titolo" className="app-form">
        {apiError && <FormErrorAlert error={apiError} shownFields={SHOWN} />}
        <TextField
          id="consolida-modifiche"
          type="textarea"
          label={t.field}
          value={changelog}
          onChange={setChangelog}
          hint={t.hint}
          error={problem ?? fieldMessage(apiError, 'changelog')}
          maxLength={4000}
          required
        />
        <div role="status">
          {done && (
            <Alert color="success" fade={false} className="mb-3">
              {done}
            </Alert>
          )}
        </div>
        <Button type="submit" color="primary" disabled={busy}>
          {busy ? t.working : t.submit}
        </Button>
      </form>
    </section>
  );
}
