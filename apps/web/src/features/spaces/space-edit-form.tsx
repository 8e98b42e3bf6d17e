import { Button, Col, Row } from 'design-react-kit';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { fieldMessage, type ApiError } from '../../app/graphql-errors';
import { SelectField } from '../../components/select-field';
import { it } from '../../i18n/it';
import type { ObjectiveRef } from '../objectives/objective-types';
import {
  SPACE_EDIT_FIELDS,
  editValuesFrom,
  validateEditValues,
  type SpaceEditField,
  type SpaceEditValues,
} from './space-edit-values';
import { SpaceCommonFields } from './space-common-fields';
import { SpaceFormError } from './space-form-error';
import { SpaceObjectivesFieldset } from './space-objectives-fieldset';
import { SPACE_VISIBILITIES, isSpaceVisibility, type SpaceDetail } from './space-types';

interface SpaceEditFormProps {
  space: SpaceDetail;
  /** Every objective, to choose from; the space's own are checked. */
  objectives: ObjectiveRef[];
  cancelTo: string;
  /** Resolves to null on success, or to the API's error to show. */
  onSubmit: (values: SpaceEditValues, initial: SpaceEditValues) => Promise<ApiError | null>;
}

/** "Modifica lo spazio": name, description, visibility and the objectives it serves. */
export function SpaceEditForm({ space, objectives, cancelTo, onSubmit }: SpaceEditFormProps) {
  const t = it.spaces;
  const [initial] = useState<SpaceEditValues>(() => editValuesFrom(space));
  const [values, setValues] = useState<SpaceEditValues>(initial);
  const [problems, setProblems] = useState<Partial<Record<SpaceEditField, string>>>({});
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const set = <K extends keyof SpaceEditValues>(field: K, value: SpaceEditValues[K]) =>
    setValues((current) => ({ ...current, [field]: value }));
  const errorFor = (field: SpaceEditField) => problems[field] ?? fieldMessage(apiError, field);

  const toggleObjective = (id: string, checked: boolean) =>
    setValues((current) => ({
      ...current,
      objectiveIds: checked
        ? [...current.objectiveIds.filter((o) => o !== id), id]
        : current.objectiveIds.filter((o) => o !== id),
    }));

  // The space's own objectives are always offered, even if the list of all of them could not be loaded.
  const choices = [...objectives, ...space.objectives.filter((mine) => !objectives.some((o) => o.id === mine.id))];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validateEditValues(values);
    setProblems(found);
    setApiError(null);
    const first = SPACE_EDIT_FIELDS.find((field) => found[field]);
    if (first) {
      document.getElementById(`spazio-${first}`)?.focus();
      return;
    }
    setSubmitting(true);
    const error = await onSubmit(values, initial);
    setSubmitting(false);
    setApiError(error);
  };

  return (
    <form onSubmit={submit} noValidate aria-busy={submitting} className="app-form">
      {apiError && <SpaceFormError error={apiError} shownFields={SPACE_EDIT_FIELDS} />}
      <Row>
        <SpaceCommonFields values={values} onChange={set} errorFor={errorFor} nameHint={t.nameHint} />
        <Col xs={12} md={6}>
          <SelectField
            id="spazio-visibility"
            label={t.visibility}
            value={values.visibility}
            onChange={(value) => isSpaceVisibility(value) && set('visibility', value)}
            options={SPACE_VISIBILITIES.map((v) => ({ value: v, label: t.visibilityOptionLabel[v] ?? v }))}
            error={errorFor('visibility')}
            required
          />
        </Col>
      </Row>

      {choices.length > 0 && (
        <SpaceObjectivesFieldset
          objectives={choices}
          selected={values.objectiveIds}
          onToggle={toggleObjective}
          hint={t.editObjectivesHint}
          error={errorFor('objectiveIds')}
        />
      )}

      <div className="d-flex flex-wrap gap-3">
        <Button type="submit" color="primary" disabled={submitting}>
          {submitting ? it.common.saving : t.save}
        </Button>
        <Link to={cancelTo} className="btn btn-outline-primary">
          {it.common.cancel}
        </Link>
      </div>
    </form>
  );
}
