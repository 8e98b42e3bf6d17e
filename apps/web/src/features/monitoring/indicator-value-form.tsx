import { Button, Col, Row } from 'design-react-kit';
import { useEffect, useState, type FormEvent } from 'react';
import type { ApiError } from '../../app/graphql-errors';
import { TextField } from '../../components/text-field';
import { it } from '../../i18n/it';
import { monitoringText } from '../../i18n/monitoring';
import type { Outcome } from '../spaces/use-member-actions';
import { parseDecimal, typedValueProblem } from './indicator-values';
import { apiProblem, MonitoringFormError } from './monitoring-form-error';
import type { Indicator } from './monitoring-types';
import { SemesterSelect } from './semester-select';
import { currentSemester } from './semesters';

interface IndicatorValueFormProps {
  indicator: Indicator;
  onSubmit: (semester: string, value: number, note: string) => Promise<Outcome<unknown>>;
  onSaved: (message: string) => void;
  onClose: () => void;
}

const SHOWN = ['semester', 'value', 'note'];

/** "Registra valore": a semester, the value in the indicator's unit, a note. A second value for a semester is a correction. */
export function IndicatorValueForm({ indicator, onSubmit, onSaved, onClose }: IndicatorValueFormProps) {
  const t = monitoringText.valueForm;
  const id = (field: string) => `indicatore-${indicator.id}-${field}`;
  const [semester, setSemester] = useState(currentSemester);
  const [value, setValue] = useState('');
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);
  useEffect(() => document.getElementById(`indicatore-${indicator.id}-semester`)?.focus(), [indicator.id]);
  const problemFor = (field: string) => problems[field] ?? apiProblem(apiError, field);
  const correcting = indicator.history.some((entry) => entry.semester === semester);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setApiError(null);
    const problem = typedValueProblem(indicator.unit, value, true);
    setProblems(problem ? { value: problem } : {});
    const parsed = parseDecimal(value);
    if (problem || parsed.kind !== 'number') {
      document.getElementById(id('value'))?.focus();
      return;
    }
    setSaving(true);
    const outcome = await onSubmit(semester, parsed.value, note.trim());
    setSaving(false);
    if (!outcome.ok) {
      setApiError(outcome.error);
      return;
    }
    onSaved(t.saved(monitoringText.semester.label(semester)));
  };

  return (
    <form onSubmit={submit} noValidate aria-busy={saving} aria-label={t.legend(indicator.name)} className="app-form border rounded p-3 mb-3">
      {apiError && <MonitoringFormError error={apiError} shownPaths={SHOWN} />}
      <Row>
        <Col xs={12} md={6}>
          <SemesterSelect id={id('semester')} label={t.semester} value={semester} onChange={setSemester} />
        </Col>
        <Col xs={12} md={6}>
          <TextField
            id={id('value')}
            label={t.value(monitoringText.unitShort[indicator.unit] ?? indicator.unit)}
            value={value}
            onChange={setValue}
            hint={monitoringText.indicatorForm.numberHint}
            error={problemFor('value')}
            inputMode="decimal"
            autoComplete="off"
            required
          />
        </Col>
        <Col xs={12}>
          <TextField id={id('note')} label={t.note} value={note} onChange={setNote} hint={t.noteHint} error={problemFor('note')} maxLength={1000} optional />
        </Col>
      </Row>
      <div aria-live="polite">{correcting && <p className="small fw-semibold">{t.correctionHint}</p>}</div>
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
