import { Alert, Button } from 'design-react-kit';
import { useState, type FormEvent } from 'react';
import { fieldMessage, type ApiError } from '../../app/graphql-errors';
import { FormErrorAlert } from '../../components/form-error-alert';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { it } from '../../i18n/it';
import { relationLabel } from './instrument-labels';
import { isRelationKind, RELATION_KINDS, type CreateInstrumentRelationInput, type InstrumentRef } from './instrument-types';
import { useInstrumentOptions } from './use-instrument-queries';

const SHOWN_FIELDS = ['fromId', 'toId', 'kind', 'note', 'reason'];
const FIELD_IDS: Record<string, string> = { toId: 'relazione-altro', kind: 'relazione-tipo', note: 'relazione-nota', reason: 'relazione-motivo' };

interface RelationAddFormProps {
  instrument: InstrumentRef;
  onAdd: (input: CreateInstrumentRelationInput, reason: string) => Promise<ApiError | null>;
}

/** For editors: a new relation from or to this instrument, with its reason and the reason for the change. */
export function RelationAddForm({ instrument, onAdd }: RelationAddFormProps) {
  const t = it.instruments;
  const [{ data }] = useInstrumentOptions();
  const [outgoing, setOutgoing] = useState(true);
  const [otherId, setOtherId] = useState('');
  const [kind, setKind] = useState('');
  const [note, setNote] = useState('');
  const [unverified, setUnverified] = useState(false);
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const [done, setDone] = useState(false);
  const [submitting, setSubmitting] = useState(false);

  const others = (data?.instruments ?? []).filter((other) => other.id !== instrument.id);
  const otherName = others.find((other) => other.id === otherId)?.name;
  const error = (field: string) => problems[field] ?? fieldMessage(apiError, field);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    setApiError(null);
    const found: Record<string, string> = {};
    if (!otherId) found['toId'] = t.relationOtherRequired;
    if (!isRelationKind(kind)) found['kind'] = t.relationKindRequired;
    if (!note.trim()) found['note'] = t.relationNoteRequired;
    if (!reason.trim()) found['reason'] = t.reasonRequired;
    setProblems(found);
    const first = Object.keys(found)[0];
    if (first) {
      document.getElementById(FIELD_IDS[first] ?? '')?.focus();
      return;
    }
    if (!isRelationKind(kind)) return;
    setSubmitting(true);
    const input: CreateInstrumentRelationInput = {
      fromId: outgoing ? instrument.id : otherId,
      toId: outgoing ? otherId : instrument.id,
      kind,
      note: note.trim(),
      ...(unverified ? { unverified: true } : {}),
    };
    const failure = await onAdd(input, reason.trim());
    setSubmitting(false);
    setApiError(failure);
    if (!failure) {
      setDone(true);
      setOtherId('');
      setKind('');
      setNote('');
      setUnverified(false);
      setReason('');
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-busy={submitting} className="app-form">
      {apiError && <FormErrorAlert error={apiError} shownFields={SHOWN_FIELDS} />}
      {done && (
        <Alert color="success" fade={false} className="mb-4">
          {t.relationAdded}
        </Alert>
      )}
      <fieldset className="mb-4">
        <legend className="h6 fw-semibold">{t.relationDirection}</legend>
        <div className="form-check form-check-inline">
          <input
            id="relazione-uscita"
            type="radio"
            name="relazione-verso"
            checked={outgoing}
            onChange={() => setOutgoing(true)}
          />
          <label htmlFor="relazione-uscita">{t.directionOutgoing(instrument.name)}</label>
        </div>
        <div className="form-check form-check-inline">
          <input
            id="relazione-entrata"
            type="radio"
            name="relazione-verso"
            checked={!outgoing}
            onChange={() => setOutgoing(false)}
          />
          <label htmlFor="relazione-entrata">{t.directionIncoming(instrument.name)}</label>
        </div>
      </fieldset>
      <SelectField
        id="relazione-tipo"
        label={t.relationKind}
        value={kind}
        onChange={setKind}
        placeholder={t.chooseKind}
        options={RELATION_KINDS.map((k) => ({ value: k, label: relationLabel(k) }))}
        error={error('kind')}
        required
      />
      <SelectField
        id="relazione-altro"
        label={t.relationOther}
        value={otherId}
        onChange={setOtherId}
        placeholder={t.chooseInstrument}
        options={others.map((other) => ({ value: other.id, label: other.name }))}
        error={error('toId') ?? error('fromId')}
        required
      />
      {otherName && isRelationKind(kind) && (
        <p className="fw-semibold" aria-live="polite">
          {outgoing
            ? t.relationPreview(instrument.name, relationLabel(kind), otherName)
            : t.relationPreview(otherName, relationLabel(kind), instrument.name)}
        </p>
      )}
      <TextField
        id="relazione-nota"
        type="textarea"
        label={t.relationNote}
        hint={t.relationNoteHint}
        value={note}
        onChange={setNote}
        error={error('note')}
        required
      />
      <div className="form-check mb-4">
        <input
          id="relazione-da-verificare"
          type="checkbox"
          checked={unverified}
          onChange={(event) => setUnverified(event.target.checked)}
        />
        <label htmlFor="relazione-da-verificare">{t.relationUnverified}</label>
      </div>
      <TextField
        id="relazione-motivo"
        label={t.reason}
        hint={t.reasonHint}
        value={reason}
        onChange={setReason}
        error={error('reason')}
        required
        autoComplete="off"
      />
      <Button type="submit" color="primary" disabled={submitting}>
        {submitting ? it.common.saving : t.relationAdd}
      </Button>
    </form>
  );
}
