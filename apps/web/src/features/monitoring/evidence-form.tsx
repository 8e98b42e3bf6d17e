import { Button, Col, Row } from 'design-react-kit';
import { useEffect, useState, type FormEvent } from 'react';
import type { ApiError } from '../../app/graphql-errors';
import { LoadingState } from '../../components/loading-state';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { it } from '../../i18n/it';
import { monitoringText } from '../../i18n/monitoring';
import type { Outcome } from '../spaces/use-member-actions';
import { apiProblem, MonitoringFormError } from './monitoring-form-error';
import { EVIDENCE_KINDS, isEvidenceKind, type EvidenceKind, type MonitoredAction } from './monitoring-types';
import { useEvidenceChoices } from './use-evidence-choices';
import type { EvidenceInput } from './use-monitoring-actions';

interface EvidenceFormProps {
  action: MonitoredAction;
  /** Where published acts, approved versions and documents are looked for. */
  spaceIds: readonly string[];
  onSubmit: (input: EvidenceInput) => Promise<Outcome<unknown>>;
  onSaved: (message: string) => void;
  onClose: () => void;
}

const SHOWN = ['kind', 'refId', 'url', 'label'];

/**
 * "Aggiungi evidenza": a published act, an approved model version or a document chosen from the
 * spaces' own, or a web page (address and title).
 */
export function EvidenceForm({ action, spaceIds, onSubmit, onSaved, onClose }: EvidenceFormProps) {
  const t = monitoringText.evidenceForm;
  const id = (field: string) => `evidenza-${action.id}-${field}`;
  const [kind, setKind] = useState<EvidenceKind>('MINUTES');
  const [refId, setRefId] = useState('');
  const [url, setUrl] = useState('');
  const [label, setLabel] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  const choices = useEvidenceChoices(kind, spaceIds);
  // Opened by a button that then goes away: the form's first field takes the focus.
  useEffect(() => document.getElementById(`evidenza-${action.id}-kind`)?.focus(), [action.id]);
  const problemFor = (field: string) => problems[field] ?? apiProblem(apiError, field);
  const isLink = kind === 'LINK';

  const chooseKind = (value: string) => {
    if (!isEvidenceKind(value)) return;
    setKind(value);
    setRefId('');
    setProblems({});
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setApiError(null);
    const found: Record<string, string> = {};
    if (isLink) {
      if (!/^https?:\/\/\S+$/i.test(url.trim())) found['url'] = t.invalidUrl;
      if (!label.trim()) found['label'] = t.requiredLabel;
    } else if (!refId) {
      found['refId'] = t.requiredRef;
    }
    setProblems(found);
    const first = Object.keys(found)[0];
    if (first) {
      document.getElementById(id(first))?.focus();
      return;
    }
    setSaving(true);
    const outcome = await onSubmit({
      kind,
      refId: isLink ? null : refId,
      url: isLink ? url.trim() : null,
      label: label.trim() || null,
    });
    setSaving(false);
    if (!outcome.ok) {
      setApiError(outcome.error);
      return;
    }
    onSaved(t.added);
  };

  return (
    <form onSubmit={submit} noValidate aria-busy={saving} aria-label={t.legend(action.text)} className="app-form border rounded p-3 mb-3">
      {apiError && <MonitoringFormError error={apiError} shownPaths={SHOWN} />}
      <Row>
        <Col xs={12} md={6}>
          <SelectField
            id={id('kind')}
            label={t.kind}
            value={kind}
            onChange={chooseKind}
            options={EVIDENCE_KINDS.map((k) => ({ value: k, label: monitoringText.evidenceKind[k] ?? k }))}
            error={problemFor('kind')}
            required
          />
        </Col>
        <Col xs={12} md={6}>
          {isLink ? (
            <TextField
              id={id('url')}
              type="url"
              label={t.url}
              value={url}
              onChange={setUrl}
              hint={t.urlHint}
              error={problemFor('url')}
              inputMode="url"
              maxLength={1000}
              required
            />
          ) : choices === null ? (
            <LoadingState label={t.loadingChoices} />
          ) : choices.length === 0 ? (
            <p className="mt-2" role="status">
              {t.noChoices[kind]}
            </p>
          ) : (
            <SelectField
              id={id('refId')}
              label={t[kind as 'MINUTES' | 'MODEL_VERSION' | 'DOCUMENT']}
              value={refId}
              onChange={setRefId}
              placeholder={t.choose}
              options={choices.map((c) => ({ value: c.id, label: c.label }))}
              error={problemFor('refId')}
              required
            />
          )}
        </Col>
        <Col xs={12}>
          <TextField
            id={id('label')}
            label={t.label}
            value={label}
            onChange={setLabel}
            hint={isLink ? undefined : t.labelHint}
            error={problemFor('label')}
            maxLength={300}
            required={isLink}
            optional={!isLink}
          />
        </Col>
      </Row>
      <div className="d-flex flex-wrap gap-2">
        <Button type="submit" color="primary" size="sm" disabled={saving || (!isLink && !choices?.length)}>
          {saving ? it.common.saving : t.submit}
        </Button>
        <Button type="button" color="primary" outline size="sm" onClick={onClose}>
          {it.common.cancel}
        </Button>
      </div>
    </form>
  );
}
