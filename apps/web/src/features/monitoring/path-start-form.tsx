import { Alert, Button } from 'design-react-kit';
import { useState, type FormEvent } from 'react';
import type { ApiError } from '../../app/graphql-errors';
import { TextField } from '../../components/text-field';
import { monitoringText } from '../../i18n/monitoring';
import { romeToday } from '../meetings/rome-time';
import type { Outcome } from '../spaces/use-member-actions';
import { apiProblem, MonitoringFormError } from './monitoring-form-error';
import type { PlanTemplateInfo } from './monitoring-types';

interface PathStartFormProps {
  template: PlanTemplateInfo;
  onStart: (approvalDeadline: string) => Promise<Outcome<unknown>>;
}

/** "Avvia il percorso": the approval deadline, from which the phases' due dates are counted back. */
export function PathStartForm({ template, onStart }: PathStartFormProps) {
  const t = monitoringText.path;
  const id = `percorso-${template.id}-scadenza`;
  const [deadline, setDeadline] = useState(() => `${romeToday().slice(0, 4)}-12-31`);
  const [problem, setProblem] = useState<string | undefined>();
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const [starting, setStarting] = useState(false);
  const [started, setStarted] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setApiError(null);
    const found = deadline ? undefined : t.requiredDeadline;
    setProblem(found);
    if (found) {
      document.getElementById(id)?.focus();
      return;
    }
    setStarting(true);
    const outcome = await onStart(deadline);
    setStarting(false);
    if (outcome.ok) setStarted(true);
    else setApiError(outcome.error);
  };

  return (
    <form onSubmit={submit} noValidate aria-busy={starting} aria-label={t.startOf(template.name)} className="app-form">
      {apiError && <MonitoringFormError error={apiError} shownPaths={['approvalDeadline']} />}
      <TextField
        id={id}
        type="date"
        label={t.deadline}
        value={deadline}
        onChange={setDeadline}
        hint={t.deadlineHint}
        error={problem ?? apiProblem(apiError, 'approvalDeadline')}
        required
      />
      <div aria-live="polite">
        {started && (
          <Alert color="success" fade={false} className="mb-3">
            {t.started(template.name)}
          </Alert>
        )}
      </div>
      <Button type="submit" color="primary" disabled={starting}>
        {starting ? t.starting : t.start}
      </Button>
    </form>
  );
}
