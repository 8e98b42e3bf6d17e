import { Button, Col, Row } from 'design-react-kit';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { fieldMessage, type ApiError } from '../../app/graphql-errors';
import { SelectField, type SelectOption } from '../../components/select-field';
import { it } from '../../i18n/it';
import type { ObjectiveRef } from '../objectives/objective-types';
import { kindLabel } from './space-labels';
import { SpaceCommonFields } from './space-common-fields';
import { SpaceFormError } from './space-form-error';
import { SpaceObjectivesFieldset } from './space-objectives-fieldset';
import {
  SPACE_KINDS,
  SPACE_SCOPES,
  SPACE_VISIBILITIES,
  isSpaceKind,
  isSpaceScope,
  isSpaceVisibility,
  type CreateSpaceInput,
  type SpaceDetail,
  type SpaceKind,
  type SpaceScope,
  type SpaceVisibility,
} from './space-types';

interface Values {
  name: string;
  description: string;
  kind: SpaceKind;
  scope: SpaceScope;
  ambitoId: string;
  visibility: SpaceVisibility;
  objectiveIds: string[];
}

const FIELDS = ['name', 'description', 'kind', 'scope', 'ambitoId', 'visibility', 'objectiveIds'] as const;
type Field = (typeof FIELDS)[number];

/** A child starts as a working group with the parent's territory, visibility and objectives. */
function initialValues(parent: SpaceDetail): Values {
  return {
    name: '',
    description: '',
    kind: 'GRUPPO_DI_LAVORO',
    scope: parent.scope,
    ambitoId: parent.ambito?.id ?? '',
    visibility: parent.visibility,
    objectiveIds: parent.objectives.map((o) => o.id),
  };
}

export function toCreateSpaceInput(values: Values, parentId: string): CreateSpaceInput {
  const description = values.description.trim();
  return {
    kind: values.kind,
    name: values.name.trim(),
    ...(description ? { description } : {}),
    scope: values.scope,
    ...(values.scope === 'AMBITO' && values.ambitoId ? { ambitoId: values.ambitoId } : {}),
    parentId,
    visibility: values.visibility,
    objectiveIds: values.objectiveIds,
  };
}

interface SpaceFormProps {
  parent: SpaceDetail;
  ambitoOptions: SelectOption[];
  objectives: ObjectiveRef[];
  cancelTo: string;
  /** Resolves to null on success, or to the API's error to show. */
  onSubmit: (input: CreateSpaceInput) => Promise<ApiError | null>;
}

/** "Nuovo gruppo di lavoro": a space inside `parent`, whose creator becomes its coordinator. */
export function SpaceForm({ parent, ambitoOptions, objectives, cancelTo, onSubmit }: SpaceFormProps) {
  const t = it.spaces;
  const [values, setValues] = useState<Values>(() => initialValues(parent));
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({});
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const set = <K extends keyof Values>(field: K, value: Values[K]) => setValues((current) => ({ ...current, [field]: value }));
  const errorFor = (field: Field) => problems[field] ?? fieldMessage(apiError, field);

  const toggleObjective = (id: string, checked: boolean) =>
    setValues((current) => ({
      ...current,
      objectiveIds: checked ? [...current.objectiveIds, id] : current.objectiveIds.filter((o) => o !== id),
    }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    if (!values.name.trim()) found.name = t.requiredName;
    if (values.scope === 'AMBITO' && !values.ambitoId) found.ambitoId = t.requiredAmbito;
    setProblems(found);
    setApiError(null);
    const first = Object.keys(found)[0];
    if (first) {
      document.getElementById(`spazio-${first}`)?.focus();
      return;
    }
    setSubmitting(true);
    const error = await onSubmit(toCreateSpaceInput(values, parent.id));
    setSubmitting(false);
    setApiError(error);
  };

  return (
    <form onSubmit={submit} noValidate aria-busy={submitting} className="app-form">
      {apiError && <SpaceFormError error={apiError} shownFields={FIELDS} />}
      <Row>
        <SpaceCommonFields values={values} onChange={set} errorFor={errorFor} />
        <Col xs={12} md={6}>
          <SelectField
            id="spazio-kind"
            label={t.kind}
            value={values.kind}
            onChange={(value) => isSpaceKind(value) && set('kind', value)}
            options={SPACE_KINDS.map((kind) => ({ value: kind, label: kindLabel(kind) }))}
            error={errorFor('kind')}
            required
          />
        </Col>
        <Col xs={12} md={6}>
          <SelectField
            id="spazio-visibility"
            label={t.visibility}
            value={values.visibility}
            onChange={(value) => isSpaceVisibility(value) && set('visibility', value)}
            options={SPACE_VISIBILITIES.map((v) => ({ value: v, label: t.visibilityLongLabel[v] ?? v }))}
            error={errorFor('visibility')}
            required
          />
        </Col>
        <Col xs={12} md={6}>
          <SelectField
            id="spazio-scope"
            label={t.scope}
            value={values.scope}
            onChange={(value) => isSpaceScope(value) && set('scope', value)}
            options={SPACE_SCOPES.map((s) => ({ value: s, label: t.scopeLabel[s] ?? s }))}
            error={errorFor('scope')}
            required
          />
        </Col>
        {values.scope === 'AMBITO' && (
          <Col xs={12} md={6}>
            <SelectField
              id="spazio-ambitoId"
              label={t.ambito}
              value={values.ambitoId}
              onChange={(value) => set('ambitoId', value)}
              placeholder={t.chooseAmbito}
              options={ambitoOptions}
              error={errorFor('ambitoId')}
              required
            />
          </Col>
        )}
      </Row>

      {objectives.length > 0 && (
        <SpaceObjectivesFieldset
          objectives={objectives}
          selected={values.objectiveIds}
          onToggle={toggleObjective}
          hint={t.objectivesHint}
          error={errorFor('objectiveIds')}
        />
      )}

      <div className="d-flex flex-wrap gap-3">
        <Button type="submit" color="primary" disabled={submitting}>
          {submitting ? it.common.saving : t.create}
        </Button>
        <Link to={cancelTo} className="btn btn-outline-primary">
          {it.common.cancel}
        </Link>
      </div>
    </form>
  );
}
