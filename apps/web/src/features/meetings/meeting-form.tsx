import { Alert, Button, Col, Row } from 'design-react-kit';
import { useState, type FormEvent, type ReactNode } from 'react';
import type { ApiError } from '../../app/graphql-errors';
import { TextField } from '../../components/text-field';
import { it } from '../../i18n/it';
import { meetingsText } from '../../i18n/meetings';
import type { NamedRef } from '../spaces/space-types';
import { AgendaEditor, type LinkableDocument } from './agenda-editor';
import { MeetingFormError } from './meeting-form-error';
import {
  apiFieldMessage,
  meetingProblems,
  shownMeetingPaths,
  toMeetingDetailsInput,
  type MeetingFormValues,
  type MeetingProblems,
} from './meeting-form-values';
import type { MeetingDetailsInput } from './meeting-types';

interface MeetingFormProps {
  /** Prefix of every id in the form ("incontro-nuovo", "incontro-modifica"). */
  idPrefix: string;
  initial: MeetingFormValues;
  organizations: NamedRef[];
  documents: LinkableDocument[];
  submitLabel: string;
  /** Resolves to null on success, or to the API's error to show. */
  onSubmit: (input: MeetingDetailsInput) => Promise<ApiError | null>;
  /** Shown after a successful save (the create form navigates away instead). */
  savedMessage?: string;
  /** Beside the submit button, e.g. "Chiudi la modifica". */
  extraActions?: ReactNode;
}

/** Which control shows a problem at `path` (the time fields show startsAt and endsAt). */
function controlId(idPrefix: string, path: string, values: MeetingFormValues): string {
  const agenda = /^agenda\.(\d+)\.(\w+)$/.exec(path);
  if (agenda) {
    const item = values.agenda[Number(agenda[1])];
    return item ? `${idPrefix}-agenda-${item.key}-${agenda[2] === 'title' ? 'title' : 'description'}` : `${idPrefix}-title`;
  }
  const byPath: Record<string, string> = { startsAt: 'start', endsAt: 'end' };
  return `${idPrefix}-${byPath[path] ?? path}`;
}

/**
 * "Convoca un incontro" and "Modifica l'incontro": title, day, start and end time (Rome), place,
 * video link and the agenda. The form checks what it can, then the API has the last word; its
 * problems are shown next to their field.
 */
export function MeetingForm({ idPrefix, initial, organizations, documents, submitLabel, onSubmit, savedMessage, extraActions }: MeetingFormProps) {
  const t = meetingsText.form;
  const [values, setValues] = useState<MeetingFormValues>(initial);
  const [problems, setProblems] = useState<MeetingProblems>({});
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [saved, setSaved] = useState(false);

  const set = <K extends keyof MeetingFormValues>(field: K, value: MeetingFormValues[K]) => {
    setSaved(false);
    setValues((current) => ({ ...current, [field]: value }));
  };
  const problemFor = (path: string) => problems[path] ?? apiFieldMessage(apiError, path);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    setApiError(null);
    const found = meetingProblems(values);
    const input = Object.keys(found).length === 0 ? toMeetingDetailsInput(values) : null;
    if (!input && Object.keys(found).length === 0) found['date'] = t.invalidDateTime;
    setProblems(found);
    if (!input) {
      const first = Object.keys(found)[0];
      if (first) document.getElementById(controlId(idPrefix, first, values))?.focus();
      return;
    }
    setSubmitting(true);
    const error = await onSubmit(input);
    setSubmitting(false);
    setApiError(error);
    if (!error) setSaved(true);
  };

  return (
    <form onSubmit={submit} noValidate aria-busy={submitting} className="app-form">
      {apiError && <MeetingFormError error={apiError} shownPaths={shownMeetingPaths(values)} />}
      <Row>
        <Col xs={12}>
          <TextField
            id={`${idPrefix}-title`}
            label={t.title}
            value={values.title}
            onChange={(value) => set('title', value)}
            error={problemFor('title')}
            autoComplete="off"
            required
          />
        </Col>
        <Col xs={12} md={4}>
          <TextField
            id={`${idPrefix}-date`}
            type="date"
            label={t.date}
            value={values.date}
            onChange={(value) => set('date', value)}
            error={problemFor('date')}
            required
          />
        </Col>
        <Col xs={6} md={4}>
          <TextField
            id={`${idPrefix}-start`}
            type="time"
            label={t.startTime}
            value={values.startTime}
            onChange={(value) => set('startTime', value)}
            hint={t.timeHint}
            error={problemFor('startsAt')}
            required
          />
        </Col>
        <Col xs={6} md={4}>
          <TextField
            id={`${idPrefix}-end`}
            type="time"
            label={t.endTime}
            value={values.endTime}
            onChange={(value) => set('endTime', value)}
            hint={t.timeHint}
            error={problemFor('endsAt')}
            required
          />
        </Col>
        <Col xs={12} md={6}>
          <TextField
            id={`${idPrefix}-place`}
            label={t.place}
            value={values.place}
            onChange={(value) => set('place', value)}
            error={problemFor('place')}
            optional
          />
        </Col>
        <Col xs={12} md={6}>
          <TextField
            id={`${idPrefix}-videoUrl`}
            type="url"
            label={t.videoUrl}
            value={values.videoUrl}
            onChange={(value) => set('videoUrl', value)}
            hint={t.videoUrlHint}
            error={problemFor('videoUrl')}
            inputMode="url"
            optional
          />
        </Col>
      </Row>

      <AgendaEditor
        idPrefix={`${idPrefix}-agenda`}
        items={values.agenda}
        onChange={(agenda) => set('agenda', agenda)}
        organizations={organizations}
        documents={documents}
        problemFor={problemFor}
      />

      <div aria-live="polite">
        {saved && savedMessage && (
          <Alert color="success" fade={false} className="mb-3">
            {savedMessage}
          </Alert>
        )}
      </div>
      <div className="d-flex flex-wrap gap-3">
        <Button type="submit" color="primary" disabled={submitting}>
          {submitting ? it.common.saving : submitLabel}
        </Button>
        {extraActions}
      </div>
    </form>
  );
}
