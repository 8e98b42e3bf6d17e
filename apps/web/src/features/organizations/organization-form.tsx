import { Button, Col, Row } from 'design-react-kit';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { FormErrorAlert } from '../../components/form-error-alert';
import { SelectField, type SelectOption } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { fieldMessage, type ApiError } from '../../app/graphql-errors';
import { it } from '../../i18n/it';
import {
  SECTORS,
  isSector,
  type CreateOrganizationInput,
  type OrganizationDetail,
  type UpdateOrganizationInput,
} from './organization-types';

export interface OrganizationFormValues {
  name: string;
  sector: string;
  type: string;
  fiscalCode: string;
  runtsNumber: string;
  ambitoId: string;
  parentId: string;
  notes: string;
}

const FIELDS = ['name', 'sector', 'type', 'fiscalCode', 'runtsNumber', 'ambitoId', 'parentId', 'notes'] as const;
type Field = (typeof FIELDS)[number];

export function valuesFrom(organization: OrganizationDetail | undefined): OrganizationFormValues {
  return {
    name: organization?.name ?? '',
    sector: organization?.sector ?? '',
    type: organization?.type ?? '',
    fiscalCode: organization?.fiscalCode ?? '',
    runtsNumber: organization?.runtsNumber ?? '',
    ambitoId: organization?.ambito?.id ?? '',
    parentId: organization?.parent?.id ?? '',
    notes: organization?.notes ?? '',
  };
}

function clean(values: OrganizationFormValues): OrganizationFormValues {
  return {
    name: values.name.trim(),
    sector: values.sector,
    type: values.type.trim(),
    fiscalCode: values.fiscalCode.replace(/\s+/g, '').toUpperCase(),
    runtsNumber: values.runtsNumber.trim(),
    ambitoId: values.ambitoId,
    parentId: values.parentId,
    notes: values.notes.trim(),
  };
}

/** Input for createOrganization: optional fields left empty are not sent. */
export function toCreateInput(values: OrganizationFormValues): CreateOrganizationInput {
  const v = clean(values);
  if (!isSector(v.sector)) throw new Error('sector must be validated first');
  const input: CreateOrganizationInput = { name: v.name, sector: v.sector, type: v.type };
  if (v.fiscalCode) input.fiscalCode = v.fiscalCode;
  if (v.runtsNumber) input.runtsNumber = v.runtsNumber;
  if (v.ambitoId) input.ambitoId = v.ambitoId;
  if (v.parentId) input.parentId = v.parentId;
  if (v.notes) input.notes = v.notes;
  return input;
}

/** Input for updateOrganization: only what changed; an optional field emptied is sent as null. */
export function toUpdateInput(values: OrganizationFormValues, initial: OrganizationFormValues): UpdateOrganizationInput {
  const v = clean(values);
  const before = clean(initial);
  const input: UpdateOrganizationInput = {};
  for (const field of FIELDS) {
    if (v[field] === before[field]) continue;
    if (field === 'sector') {
      if (isSector(v.sector)) input.sector = v.sector;
    } else if (field === 'name' || field === 'type') {
      input[field] = v[field];
    } else {
      input[field] = v[field] || null;
    }
  }
  return input;
}

function validate(values: OrganizationFormValues): Partial<Record<Field, string>> {
  const t = it.organizations;
  const problems: Partial<Record<Field, string>> = {};
  if (!values.name.trim()) problems.name = t.requiredName;
  if (!isSector(values.sector)) problems.sector = t.requiredSector;
  if (!values.type.trim()) problems.type = t.requiredType;
  return problems;
}

interface OrganizationFormProps {
  initial?: OrganizationDetail;
  typeOptions: string[];
  ambitoOptions: SelectOption[];
  parentOptions: SelectOption[];
  submitLabel: string;
  cancelTo: string;
  /** Resolves to null on success, or to the API's error to show. */
  onSubmit: (values: OrganizationFormValues) => Promise<ApiError | null>;
}

export function OrganizationForm({
  initial,
  typeOptions,
  ambitoOptions,
  parentOptions,
  submitLabel,
  cancelTo,
  onSubmit,
}: OrganizationFormProps) {
  const t = it.organizations;
  const [values, setValues] = useState<OrganizationFormValues>(() => valuesFrom(initial));
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({});
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const set = (field: Field) => (value: string) => setValues((current) => ({ ...current, [field]: value }));
  const errorFor = (field: Field) => problems[field] ?? fieldMessage(apiError, field);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validate(values);
    setProblems(found);
    setApiError(null);
    if (Object.keys(found).length > 0) {
      document.getElementById(`ente-${Object.keys(found)[0]}`)?.focus();
      return;
    }
    setSubmitting(true);
    const error = await onSubmit(values);
    setSubmitting(false);
    setApiError(error);
  };

  const sectorOptions: SelectOption[] = SECTORS.map((sector) => ({
    value: sector,
    label: `${t.sectorLabel[sector]} – ${t.sectorLongLabel[sector]}`,
  }));

  return (
    <form onSubmit={submit} noValidate aria-busy={submitting} className="app-form">
      {apiError && <FormErrorAlert error={apiError} shownFields={FIELDS} title={t.formErrorTitle} />}
      <Row>
        <Col xs={12}>
          <TextField id="ente-name" label={t.name} value={values.name} onChange={set('name')} error={errorFor('name')} required />
        </Col>
        <Col xs={12} md={6}>
          <SelectField
            id="ente-sector"
            label={t.sector}
            value={values.sector}
            onChange={set('sector')}
            placeholder={t.chooseSector}
            options={sectorOptions}
            error={errorFor('sector')}
            required
          />
        </Col>
        <Col xs={12} md={6}>
          <TextField
            id="ente-type"
            label={t.type}
            value={values.type}
            onChange={set('type')}
            list="ente-type-options"
            hint={t.typeHint}
            error={errorFor('type')}
            autoComplete="off"
            required
          />
          <datalist id="ente-type-options">
            {typeOptions.map((type) => (
              <option key={type} value={type} />
            ))}
          </datalist>
        </Col>
        <Col xs={12} md={6}>
          <TextField
            id="ente-fiscalCode"
            label={t.fiscalCode}
            value={values.fiscalCode}
            onChange={set('fiscalCode')}
            hint={t.fiscalCodeHint}
            error={errorFor('fiscalCode')}
            autoComplete="off"
            spellCheck={false}
            optional
          />
        </Col>
        <Col xs={12} md={6}>
          <TextField
            id="ente-runtsNumber"
            label={t.runtsNumber}
            value={values.runtsNumber}
            onChange={set('runtsNumber')}
            hint={t.runtsHint}
            error={errorFor('runtsNumber')}
            autoComplete="off"
            spellCheck={false}
            optional
          />
        </Col>
        <Col xs={12} md={6}>
          <SelectField
            id="ente-ambitoId"
            label={t.ambito}
            value={values.ambitoId}
            onChange={set('ambitoId')}
            placeholder={t.noAmbito}
            options={ambitoOptions}
            error={errorFor('ambitoId')}
            optional
          />
        </Col>
        <Col xs={12} md={6}>
          <SelectField
            id="ente-parentId"
            label={t.parent}
            value={values.parentId}
            onChange={set('parentId')}
            placeholder={t.noParent}
            options={parentOptions.filter((option) => option.value !== initial?.id)}
            error={errorFor('parentId')}
            optional
          />
        </Col>
        <Col xs={12}>
          <TextField
            id="ente-notes"
            type="textarea"
            label={t.notes}
            value={values.notes}
            onChange={set('notes')}
            error={errorFor('notes')}
            optional
          />
        </Col>
      </Row>
      <div className="d-flex flex-wrap gap-3">
        <Button type="submit" color="primary" disabled={submitting}>
          {submitting ? it.common.saving : submitLabel}
        </Button>
        <Link to={cancelTo} className="btn btn-outline-primary">
          {it.common.cancel}
        </Link>
      </div>
    </form>
  );
}
