import type { ApiError } from '../../app/graphql-errors';
import { meetingsText } from '../../i18n/meetings';
import { agendaDrafts, toAgendaInput, type AgendaDraft } from './agenda-draft';
import type { MeetingDetail, MeetingDetailsInput } from './meeting-types';
import { isoToRomeLocal, romeLocalToIso } from './rome-time';

/** The meeting form: date and times as typed in Rome, the agenda as drafts. */
export interface MeetingFormValues {
  title: string;
  date: string;
  startTime: string;
  endTime: string;
  place: string;
  videoUrl: string;
  agenda: AgendaDraft[];
}

/** Where a problem is shown: a field of the meeting, or `agenda.<index>.<field>`. */
export type MeetingProblems = Record<string, string>;

export function emptyMeetingValues(): MeetingFormValues {
  return { title: '', date: '', startTime: '', endTime: '', place: '', videoUrl: '', agenda: [] };
}

export function meetingValues(meeting: MeetingDetail): MeetingFormValues {
  const start = isoToRomeLocal(meeting.startsAt);
  const end = isoToRomeLocal(meeting.endsAt);
  return {
    title: meeting.title,
    date: start.date,
    startTime: start.time,
    // The form has one date: a meeting past midnight keeps its end time, the API checks the rest.
    endTime: end.time,
    place: meeting.place ?? '',
    videoUrl: meeting.videoUrl ?? '',
    agenda: agendaDrafts(meeting.agenda),
  };
}

/** What the form itself can tell before asking the API (which checks everything again). */
export function meetingProblems(values: MeetingFormValues): MeetingProblems {
  const t = meetingsText.form;
  const problems: MeetingProblems = {};
  if (values.title.trim().length < 2) problems['title'] = t.requiredTitle;
  if (!values.date) problems['date'] = t.requiredDate;
  if (!values.startTime) problems['startsAt'] = t.requiredStart;
  if (!values.endTime) problems['endsAt'] = t.requiredEnd;
  if (values.date && values.startTime && values.endTime && values.endTime <= values.startTime) problems['endsAt'] = t.endBeforeStart;
  const video = values.videoUrl.trim();
  if (video && !/^https?:\/\/\S+$/i.test(video)) problems['videoUrl'] = t.invalidVideoUrl;
  values.agenda.forEach((item, index) => {
    if (item.title.trim().length < 2) problems[`agenda.${index}.title`] = t.requiredPointTitle;
  });
  return problems;
}

/** The API input, or null when a date or time cannot be read. */
export function toMeetingDetailsInput(values: MeetingFormValues): MeetingDetailsInput | null {
  const startsAt = romeLocalToIso(values.date, values.startTime);
  const endsAt = romeLocalToIso(values.date, values.endTime);
  if (!startsAt || !endsAt) return null;
  return {
    title: values.title.trim(),
    startsAt,
    endsAt,
    place: values.place.trim() || null,
    videoUrl: values.videoUrl.trim() || null,
    agenda: toAgendaInput(values.agenda),
  };
}

/** "input.agenda.0.title" → "agenda.0.title": the API's path without the argument's name. */
export function problemPath(field: string): string {
  return field.replace(/^(input|entries|texts)\./, '');
}

/**
 * The API's message for one exact path ("title", "agenda.1.title"), so the meeting's title and a
 * point's title are not confused (fieldMessage matches by the last segment only).
 */
export function apiFieldMessage(error: ApiError | null | undefined, path: string): string | undefined {
  return error?.fields.find((f) => problemPath(f.field) === path)?.message;
}

/** The paths the form shows next to a control; problems elsewhere go to the summary above it. */
export function shownMeetingPaths(values: MeetingFormValues): string[] {
  return [
    'title',
    'startsAt',
    'endsAt',
    'place',
    'videoUrl',
    ...values.agenda.flatMap((_, i) => [`agenda.${i}.title`, `agenda.${i}.description`, `agenda.${i}.documentIds`]),
  ];
}
