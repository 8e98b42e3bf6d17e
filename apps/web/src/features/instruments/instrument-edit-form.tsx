import { Alert, Button } from 'design-react-kit';
import { useState, type FormEvent } from 'react';
import { fieldMessage, type ApiError } from '../../app/graphql-errors';
import { FormErrorAlert } from '../../components/form-error-alert';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { it } from '../../i18n/it';
import { editDraftOf, instrumentEditInput, type InstrumentEditDraft } from './instrument-edit';
import { familyLabel, phaseLabel } from './instrument-labels';
import {
  INSTRUMENT_FAMILIES,
  INSTRUMENT_PHASES,
  isInstrumentFamily,
  type InstrumentDetail,
  type InstrumentPhase,
  type UpdateInstrumentInput,
} from './instrument-types';

const SHOWN_FIELDS = ['summary', 'whenToUse', 'counterparts', 'resourceFlow', 'keySteps', 'constraints', 'family', 'phases', 'reason'];

interface InstrumentEditFormProps {
  instrument: InstrumentDetail;
  /** Resolves to the new revision number, or to the API's error. */
  onSave: (input: UpdateInstrumentInput, reason: string) => Promise<{ revision: number } | ApiError>;
}

/**
 * For editors: the main texts of an instrument (lists one item a line), its family and phases,
 * and the reason for the change, which the revision keeps. Only the changed fields are sent.
 */
export function InstrumentEditForm({ instrument, onSave }: InstrumentEditFormProps) {
  const t = it.instruments;
  const [draft, setDraft] = useState<InstrumentEditDraft>(() => editDraftOf(instrument));
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState<number | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const set =
    <K extends keyof InstrumentEditDraft>(key: K) =>
    (value: InstrumentEditDraft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));
  // Phases stay in the order of the policy cycle, whatever the order they are ticked in.
  const togglePhase = (phase: InstrumentPhase, on: boolean) =>
    set('phases')(INSTRUMENT_PHASES.filter((p) => (p === phase ? on : draft.phases.includes(p))));
  const error = (field: string) => problems[field] ?? fieldMessage(apiError, field);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    setApiError(null);
    const input = instrumentEditInput(instrument, draft);
    const found: Record<string, string> = {};
    if (Object.keys(input).length === 0) found['form'] = t.nothingChanged;
    if (draft.phases.length === 0) found['phases'] = t.phasesRequired;
    if (!reason.trim()) found['reason'] = t.reasonRequired;
    setProblems(found);
    if (Object.keys(found).length > 0) {
      const first = found['phases'] ? 'modifica-fase-0' : found['reason'] ? 'modifica-motivo' : null;
      if (first) document.getElementById(first)?.focus();
      return;
    }
    setSubmitting(true);
    const result = await onSave(input, reason.trim());
    setSubmitting(false);
    if ('revision' in result) {
      setSaved(result.revision);
      setReason('');
    } else {
      setApiError(result);
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-busy={submitting} className="app-form">
      {apiError && <FormErrorAlert error={apiError} shownFields={SHOWN_FIELDS} />}
      {problems['form'] && (
        <Alert color="info" fade={false} className="mb-4">
          {problems['form']}
        </Alert>
      )}
      {saved !== null && (
        <Alert color="success" fade={false} className="mb-4">
          {t.saved(saved)}
        </Alert>
      )}
      <TextField
        id="modifica-sintesi"
        type="textarea"
        label={t.summary}
        value={draft.summary}
        onChange={set('summary')}
        error={error('summary')}
        required
      />
      <TextField
        id="modifica-quando"
        type="textarea"
        label={t.whenToUse}
        value={draft.whenToUse}
        onChange={set('whenToUse')}
        error={error('whenToUse')}
        required
      />
      <TextField
        id="modifica-controparti"
        type="textarea"
        label={t.counterparts}
        value={draft.counterparts}
        onChange={set('counterparts')}
        error={error('counterparts')}
        required
      />
      <TextField
        id="modifica-risorse"
        type="textarea"
        label={t.resourceFlow}
        value={draft.resourceFlow}
        onChange={set('resourceFlow')}
        error={error('resourceFlow')}
        required
      />
      <TextField
        id="modifica-passaggi"
        type="textarea"
        label={t.keySteps}
        hint={t.listHint}
        value={draft.keySteps}
        onChange={set('keySteps')}
        error={error('keySteps')}
      />
      <TextField
        id="modifica-vincoli"
        type="textarea"
        label={t.constraints}
        hint={t.listHint}
        value={draft.constraints}
        onChange={set('constraints')}
        error={error('constraints')}
      />
      <SelectField
        id="modifica-famiglia"
        label={t.family}
        value={draft.family}
        onChange={(value) => isInstrumentFamily(value) && set('family')(value)}
        options={INSTRUMENT_FAMILIES.map((family) => ({ value: family, label: familyLabel(family) }))}
        error={error('family')}
        required
      />
      <fieldset className="mb-5" aria-describedby={error('phases') ? 'modifica-fasi-errore' : undefined}>
        <legend className="h6 fw-semibold">{t.phases}</legend>
        {INSTRUMENT_PHASES.map((phase, index) => (
          <div key={phase} className="form-check">
            <input
              id={`modifica-fase-${index}`}
              type="checkbox"
              checked={draft.phases.includes(phase)}
              onChange={(event) => togglePhase(phase, event.target.checked)}
            />
            <label htmlFor={`modifica-fase-${index}`}>{phaseLabel(phase)}</label>
          </div>
        ))}
        {error('phases') && (
          <div id="modifica-fasi-errore" className="invalid-feedback d-block">
            {error('phases')}
          </div>
        )}
      </fieldset>
      <TextField
        id="modifica-motivo"
        label={t.reason}
        hint={t.reasonHint}
        value={reason}
        onChange={setReason}
        error={error('reason')}
        required
        autoComplete="off"
      />
      <Button type="submit" color="primary" disabled={submitting}>
        {submitting ? it.common.saving : t.save}
      </Button>
    </form>
  );
}
