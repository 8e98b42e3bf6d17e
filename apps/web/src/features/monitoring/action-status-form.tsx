import { Button, Col, Row } from 'design-react-kit';
import { useEffect, useState, type FormEvent } from 'react';
import type { ApiError } from '../../app/graphql-errors';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { it } from '../../i18n/it';
import { monitoringText } from '../../i18n/monitoring';
import type { Outcome } from '../spaces/use-member-actions';
import { apiProblem, MonitoringFormError } from './monitoring-form-error';
import { ACTION_STATUSES, isActionStatus, needsJustification, type ActionStatus, type MonitoredAction } from './monitoring-types';

interface ActionStatusFormProps {
  action: MonitoredAction;
  onSubmit: (input: { status: ActionStatus; justification: string | null; ownerBody: string | null }) => Promise<Outcome<unknown>>;
  /** After a save, with the message to announce. */
  onSaved: (message: string) => void;
  onClose: () => void;
}

const SHOWN = ['status', 'justification', 'ownerBody'];

/**
 * The status of one action: the status, the justification (required when at risk or dropped,
 * as the API requires) and the body responsible for it.
 */
export function ActionStatusForm({ action, onSubmit, onSaved, onClose }: ActionStatusFormProps) {
  const t = monitoringText.statusForm;
  const id = (field: string) => `azione-${action.id}-${field}`;
  const [status, setStatus] = useState<ActionStatus>(action.status);
  const [justification, setJustification] = useState(action.statusJustification ?? '');
  const [ownerBody, setOwnerBody] = useState(action.ownerBody ?? '');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  // Opened by a button that then goes away: the form's first field takes the focus.
  useEffect(() => document.getElementById(`azione-${action.id}-status`)?.focus(), [action.id]);
  const problemFor = (field: string) => problems[field] ?? apiProblem(apiError, field);
  const required = needsJustification(status);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setApiError(null);
    const found: Record<string, string> = {};
    if (required && justification.trim().length < 5) found['justification'] = t.requiredJustification;
    setProblems(found);
    if (found['justification']) {
      document.getElementById(id('justification'))?.focus();
      return;
    }
    setSaving(true);
    const outcome = await onSubmit({ status, justification: justification.trim() || null, ownerBody: ownerBody.trim() || null });
    setSaving(false);
    if (!outcome.ok) {
      setApiError(outcome.error);
      return;
    }
    onSaved(t.saved(action.text, monitoringText.status[status] ?? status));
  };

  return (
    <form onSubmit={submit} noValidate aria-busy={saving} aria-label={t.legend(action.text)} className="app-form border rounded p-3 mb-3">
      {apiError && <MonitoringFormError error={apiError} shownPaths={SHOWN} />}
      <Row>
        <Col xs={12} md={6}>
          <SelectField
            id={id('status')}
            label={t.status}
            value={status}
            onChange={(value) => isActionStatus(value) && setStatus(value)}
            options={ACTION_STATUSES.map((s) => ({ value: s, label: monitoringText.status[s] ?? s }))}
            error={problemFor('status')}
            required
          />
        </Col>
        <Col xs={12} md={6}>
          <TextField
            id={id('ownerBody')}
            label={t.ownerBody}
            value={ownerBody}
            onChange={setOwnerBody}
            hint={t.ownerBodyHint}
            error={problemFor('ownerBody')}
            maxLength={300}
            optional
          />
        </Col>
        <Col xs={12}>
          <TextField
            id={id('justification')}
            type="textarea"
            label={t.justification}
            value={justification}
            onChange={setJustification}
            hint={t.justificationHint}
            error={problemFor('justification')}
            maxLength={2000}
            required={required}
            optional={!required}
          />
        </Col>
      </Row>
      <div className="d-flex flex-wrap gap-2">
        <Button type="submit" color="primary" size="sm" disabled={saving}>
          {saving ? it.common.saving : t.submit}
        </Button>
        <Button type="button" color="primary" outline size="sm" onClick={onClose}>
          {it.common.cancel}
        </Button>
      </div>
    </form>
  );
}
