import { Alert, Button, Col, Row } from 'design-react-kit';
import { useState, type FormEvent } from 'react';
import type { ApiError } from '../../app/graphql-errors';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { it } from '../../i18n/it';
import { monitoringText } from '../../i18n/monitoring';
import type { Outcome } from '../spaces/use-member-actions';
import {
  emptyIndicatorValues,
  formPathOf,
  indicatorProblems,
  SHOWN_INDICATOR_PATHS,
  toIndicatorInput,
  type IndicatorFormValues,
  type IndicatorProblems,
} from './indicator-form-values';
import { apiProblem, MonitoringFormError } from './monitoring-form-error';
import { COMPUTED_INDICATORS, INDICATOR_DIRECTIONS, INDICATOR_UNITS, type Indicator, type IndicatorInput } from './monitoring-types';
import { PLAN_YEARS } from './semesters';

const ID = 'nuovo-indicatore';

/** Which control shows a problem at a form path ("targets.2026" → the 2026 target field). */
function controlId(path: string): string {
  return `${ID}-${path.replace('.', '-')}`;
}

/**
 * "Nuovo indicatore": name, unit, desired direction, baseline (value and date), data source,
 * whether the platform computes it or it is entered by hand, public or not, a target per year.
 * The form checks values against the unit; the API has the last word, its problems shown by field.
 */
export function IndicatorForm({ onSubmit, onClose }: { onSubmit: (input: IndicatorInput) => Promise<Outcome<Indicator>>; onClose: () => void }) {
  const t = monitoringText.indicatorForm;
  const [values, setValues] = useState<IndicatorFormValues>(emptyIndicatorValues);
  const [problems, setProblems] = useState<IndicatorProblems>({});
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const [sentYears, setSentYears] = useState<number[]>([]);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState('');
  const toFormPath = (path: string) => formPathOf(path, sentYears);
  const problemFor = (path: string) => problems[path] ?? apiProblem(apiError, path, toFormPath);
  const set = <K extends keyof IndicatorFormValues>(field: K, value: IndicatorFormValues[K]) => {
    setSaved('');
    setValues((current) => ({ ...current, [field]: value }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setApiError(null);
    setSaved('');
    const found = indicatorProblems(values);
    setProblems(found);
    const first = Object.keys(found)[0];
    if (first) {
      document.getElementById(controlId(first))?.focus();
      return;
    }
    const { input, targetYears } = toIndicatorInput(values);
    setSentYears(targetYears);
    setSaving(true);
    const outcome = await onSubmit(input);
    setSaving(false);
    if (!outcome.ok) {
      setApiError(outcome.error);
      return;
    }
    setValues(emptyIndicatorValues());
    setSaved(t.saved(outcome.value.name));
  };

  return (
    <form onSubmit={submit} noValidate aria-busy={saving} aria-labelledby="nuovo-indicatore-titolo" className="app-form border rounded p-3 mb-4">
      <h3 id="nuovo-indicatore-titolo" className="h5 mb-4">
        {t.title}
      </h3>
      {apiError && <MonitoringFormError error={apiError} shownPaths={SHOWN_INDICATOR_PATHS} toFormPath={toFormPath} />}
      <Row>
        <Col xs={12}>
          <TextField
            id={controlId('name')}
            label={t.name}
            value={values.name}
            onChange={(v) => set('name', v)}
            error={problemFor('name')}
            maxLength={300}
            autoComplete="off"
            required
          />
        </Col>
        <Col xs={12} md={6}>
          <SelectField
            id={controlId('unit')}
            label={t.unit}
            value={values.unit}
            onChange={(v) => {
              const unit = INDICATOR_UNITS.find((u) => u === v);
              if (unit) set('unit', unit);
            }}
            options={INDICATOR_UNITS.map((u) => ({ value: u, label: monitoringText.unit[u] ?? u }))}
            error={problemFor('unit')}
            required
          />
        </Col>
        <Col xs={12} md={6}>
          <SelectField
            id={controlId('direction')}
            label={t.direction}
            value={values.direction}
            onChange={(v) => {
              const direction = INDICATOR_DIRECTIONS.find((d) => d === v);
              if (direction) set('direction', direction);
            }}
            options={INDICATOR_DIRECTIONS.map((d) => ({ value: d, label: monitoringText.direction[d] ?? d }))}
            error={problemFor('direction')}
            required
          />
        </Col>
        <Col xs={12} md={6}>
          <TextField
            id={controlId('baselineValue')}
            label={t.baselineValue}
            value={values.baselineValue}
            onChange={(v) => set('baselineValue', v)}
            hint={t.numberHint}
            error={problemFor('baselineValue')}
            inputMode="decimal"
            autoComplete="off"
            optional
          />
        </Col>
        <Col xs={12} md={6}>
          <TextField
            id={controlId('baselineDate')}
            type="date"
            label={t.baselineDate}
            value={values.baselineDate}
            onChange={(v) => set('baselineDate', v)}
            error={problemFor('baselineDate')}
            optional
          />
        </Col>
        <Col xs={12} md={6}>
          <SelectField
            id={controlId('computed')}
            label={t.source}
            value={values.source}
            onChange={(v) => {
              const source = v === 'MANUAL' ? 'MANUAL' : COMPUTED_INDICATORS.find((c) => c === v);
              if (source) set('source', source);
            }}
            options={[
              { value: 'MANUAL', label: t.manual },
              ...COMPUTED_INDICATORS.map((c) => ({ value: c, label: t.computedOption(monitoringText.computed[c] ?? c) })),
            ]}
            error={problemFor('computed')}
            required
          />
        </Col>
        <Col xs={12} md={6}>
          <TextField
            id={controlId('dataSource')}
            label={t.dataSource}
            value={values.dataSource}
            onChange={(v) => set('dataSource', v)}
            hint={t.dataSourceHint}
            error={problemFor('dataSource')}
            maxLength={500}
            optional
          />
        </Col>
      </Row>
      <fieldset className="mb-4">
        <legend className="h6">{t.targetsLegend}</legend>
        <p className="small">{t.targetsHint}</p>
        <Row className="mt-4">
          {PLAN_YEARS.map((year) => (
            <Col key={year} xs={12} md={4}>
              <TextField
                id={controlId(`targets.${year}`)}
                label={t.targetYear(year)}
                value={values.targets[year] ?? ''}
                onChange={(v) => set('targets', { ...values.targets, [year]: v })}
                error={problemFor(`targets.${year}`)}
                inputMode="decimal"
                autoComplete="off"
                optional
              />
            </Col>
          ))}
        </Row>
      </fieldset>
      <div className="form-check mb-4">
        <input
          id={controlId('isPublic')}
          type="checkbox"
          checked={values.isPublic}
          onChange={(event) => set('isPublic', event.target.checked)}
        />
        <label htmlFor={controlId('isPublic')}>
          {t.isPublic}
        </label>
      </div>
      <div aria-live="polite">
        {saved && (
          <Alert color="success" fade={false} className="mb-3">
            {saved}
          </Alert>
        )}
      </div>
      <div className="d-flex flex-wrap gap-2">
        <Button type="submit" color="primary" disabled={saving}>
          {saving ? it.common.saving : t.submit}
        </Button>
        <Button type="button" color="primary" outline onClick={onClose}>
          {monitoringText.common.close}
        </Button>
      </div>
    </form>
  );
}
