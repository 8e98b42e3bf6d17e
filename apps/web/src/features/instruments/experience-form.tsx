import { Alert, Button } from 'design-react-kit';
import { useState, type FormEvent } from 'react';
import { fieldMessage, type ApiError } from '../../app/graphql-errors';
import { FormErrorAlert } from '../../components/form-error-alert';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { it } from '../../i18n/it';
import { useAmbitoOptions } from '../territory/use-ambito-options';
import { linesToList, parseLinkLines } from './instrument-edit';
import type { RecordInstrumentExperienceInput } from './instrument-types';
import { useInstrumentAreas, useMyExperienceSpaces } from './use-instrument-queries';

const SHOWN_FIELDS = ['ambitoId', 'spaceId', 'area', 'year', 'description', 'partners', 'outcome', 'links'];
const FIELD_IDS: Record<string, string> = {
  ambitoId: 'esperienza-ambito',
  area: 'esperienza-area',
  year: 'esperienza-anno',
  description: 'esperienza-descrizione',
  links: 'esperienza-collegamenti',
};

interface ExperienceFormProps {
  instrumentId: string;
  onRecord: (input: RecordInstrumentExperienceInput) => Promise<ApiError | null>;
}

/** For members of the spaces concerned: the instrument was used by an Ambito (or a space), for an area, in a year. */
export function ExperienceForm({ instrumentId, onRecord }: ExperienceFormProps) {
  const t = it.instruments;
  const [ambiti] = useAmbitoOptions();
  const [spaces] = useMyExperienceSpaces();
  const [areas] = useInstrumentAreas();
  const [ambitoId, setAmbitoId] = useState('');
  const [spaceId, setSpaceId] = useState('');
  const [area, setArea] = useState('');
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [description, setDescription] = useState('');
  const [partners, setPartners] = useState('');
  const [outcome, setOutcome] = useState('');
  const [links, setLinks] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const [done, setDone] = useState(false);
  const [submitting, setSubmitting] = useState(false);

  const error = (field: string) => problems[field] ?? fieldMessage(apiError, field);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    setApiError(null);
    const parsedYear = Number(year.trim());
    const parsedLinks = parseLinkLines(links);
    const found: Record<string, string> = {};
    if (!ambitoId && !spaceId) found['ambitoId'] = t.experienceWhereRequired;
    if (!area) found['area'] = t.experienceAreaRequired;
    if (!/^\d{4}$/.test(year.trim()) || parsedYear < 2000 || parsedYear > 2100) found['year'] = t.experienceYearInvalid;
    if (description.trim().length < 3) found['description'] = t.experienceDescriptionRequired;
    if (parsedLinks.invalid.length > 0) found['links'] = t.experienceLinksInvalid(parsedLinks.invalid);
    setProblems(found);
    const first = Object.keys(found)[0];
    if (first) {
      document.getElementById(FIELD_IDS[first] ?? '')?.focus();
      return;
    }
    setSubmitting(true);
    const failure = await onRecord({
      instrumentId,
      ambitoId: ambitoId || null,
      spaceId: spaceId || null,
      area,
      year: parsedYear,
      description: description.trim(),
      partners: linesToList(partners),
      outcome: outcome.trim() || null,
      links: parsedLinks.links,
    });
    setSubmitting(false);
    setApiError(failure);
    if (!failure) {
      setDone(true);
      setDescription('');
      setPartners('');
      setOutcome('');
      setLinks('');
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-busy={submitting} className="app-form">
      {apiError && <FormErrorAlert error={apiError} shownFields={SHOWN_FIELDS} />}
      {done && (
        <Alert color="success" fade={false} className="mb-4">
          {t.experienceRecorded}
        </Alert>
      )}
      <fieldset className="mb-2">
        <legend className="h6 fw-semibold">{t.experienceWhereLegend}</legend>
        <div className="row">
          <div className="col-md-6">
            <SelectField
              id="esperienza-ambito"
              label={t.experienceAmbito}
              value={ambitoId}
              onChange={setAmbitoId}
              placeholder={t.chooseAmbito}
              options={(ambiti.data?.ambiti ?? []).map((ambito) => ({ value: ambito.id, label: ambito.name }))}
              error={error('ambitoId')}
            />
          </div>
          <div className="col-md-6">
            <SelectField
              id="esperienza-spazio"
              label={t.experienceSpace}
              value={spaceId}
              onChange={setSpaceId}
              placeholder={t.chooseSpace}
              hint={t.experienceSpaceHint}
              options={(spaces.data?.spaces ?? []).filter((space) => !space.archived).map((space) => ({ value: space.id, label: space.name }))}
              error={error('spaceId')}
            />
          </div>
        </div>
      </fieldset>
      <div className="row">
        <div className="col-md-6">
          <SelectField
            id="esperienza-area"
            label={t.experienceArea}
            value={area}
            onChange={setArea}
            placeholder={t.chooseArea}
            options={(areas.data?.instrumentFacets.areas ?? []).map((a) => ({ value: a.value, label: a.value }))}
            error={error('area')}
            required
          />
        </div>
        <div className="col-md-6">
          <TextField
            id="esperienza-anno"
            label={t.experienceYear}
            hint={t.experienceYearHint}
            value={year}
            onChange={setYear}
            error={error('year')}
            inputMode="numeric"
            maxLength={4}
            required
            autoComplete="off"
          />
        </div>
      </div>
      <TextField
        id="esperienza-descrizione"
        type="textarea"
        label={t.experienceDescription}
        value={description}
        onChange={setDescription}
        error={error('description')}
        required
      />
      <TextField
        id="esperienza-partner"
        type="textarea"
        label={t.experiencePartners}
        hint={t.listHint}
        value={partners}
        onChange={setPartners}
        error={error('partners')}
        optional
      />
      <TextField
        id="esperienza-esito"
        type="textarea"
        label={t.experienceOutcome}
        value={outcome}
        onChange={setOutcome}
        error={error('outcome')}
        optional
      />
      <TextField
        id="esperienza-collegamenti"
        type="textarea"
        label={t.experienceLinks}
        hint={t.experienceLinksHint}
        value={links}
        onChange={setLinks}
        error={error('links')}
        optional
      />
      <Button type="submit" color="primary" disabled={submitting}>
        {submitting ? it.common.saving : t.experienceSubmit}
      </Button>
    </form>
  );
}
