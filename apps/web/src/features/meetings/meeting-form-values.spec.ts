import { describe, expect, it } from 'vitest';
import { emptyAgendaDraft } from './agenda-draft';
import { apiFieldMessage, emptyMeetingValues, meetingProblems, toMeetingDetailsInput, type MeetingFormValues } from './meeting-form-values';

const filled = (): MeetingFormValues => ({
  ...emptyMeetingValues(),
  title: 'Tavolo casa',
  date: '2025-11-20',
  startTime: '14:30',
  endTime: '16:00',
  agenda: [{ ...emptyAgendaDraft(), title: 'Mappatura' }],
});

describe('the meeting form values', () => {
  it('become the API input with Rome times (winter here) and trimmed optional fields left empty', () => {
    expect(toMeetingDetailsInput({ ...filled(), place: '  ', videoUrl: ' https://meet.example/x ' })).toEqual({
      title: 'Tavolo casa',
      startsAt: '2025-11-20T14:30:00+01:00',
      endsAt: '2025-11-20T16:00:00+01:00',
      place: null,
      videoUrl: 'https://meet.example/x',
      agenda: [{ title: 'Mappatura', presenterOrganizationId: null, documentIds: [] }],
    });
  });

  it('name each missing or wrong field by the path the API would use', () => {
    expect(meetingProblems(filled())).toEqual({});
    const sut = meetingProblems({
      ...emptyMeetingValues(),
      date: '2025-11-20',
      startTime: '16:00',
      endTime: '15:00',
      videoUrl: 'meet',
      agenda: [emptyAgendaDraft()],
    });
    expect(Object.keys(sut).sort()).toEqual(['agenda.0.title', 'endsAt', 'title', 'videoUrl']);
  });
});

describe('apiFieldMessage', () => {
  const error = {
    code: 'BAD_USER_INPUT',
    message: 'Dati non validi',
    fields: [
      { field: 'input.agenda.1.title', message: 'Titolo del punto troppo corto' },
      { field: 'input.endsAt', message: "L'incontro deve finire dopo l'inizio" },
    ],
  };

  it('matches the exact path, so a point’s title is not the meeting’s title', () => {
    expect(apiFieldMessage(error, 'agenda.1.title')).toBe('Titolo del punto troppo corto');
    expect(apiFieldMessage(error, 'title')).toBeUndefined();
    expect(apiFieldMessage(error, 'endsAt')).toBe("L'incontro deve finire dopo l'inizio");
    expect(apiFieldMessage(null, 'endsAt')).toBeUndefined();
  });
});
