import type { InstrumentAnswer, InstrumentQuestion, InstrumentSuggestion } from './instrument-types';

/*
 * The guided choice keeps its answers in the URL, one parameter per question named after the
 * question (?counterpart=ODV&money=COST_REIMBURSEMENT), so a choice can be bookmarked and shared.
 */

/**
 * The answers in the URL, in the order of the questions. A parameter that is not a question, or
 * an option the question does not offer, is ignored: it would only make the API refuse the rest.
 */
export function answersFromParams(params: URLSearchParams, questions: readonly InstrumentQuestion[]): InstrumentAnswer[] {
  return questions.flatMap((question) => {
    const optionId = params.get(question.id);
    return optionId && question.options.some((option) => option.id === optionId) ? [{ questionId: question.id, optionId }] : [];
  });
}

/** Gives (or, with null, takes back) the answer to one question, leaving the others as they are. */
export function writeAnswer(params: URLSearchParams, questionId: string, optionId: string | null): URLSearchParams {
  const next = new URLSearchParams(params);
  if (optionId) next.set(questionId, optionId);
  else next.delete(questionId);
  return next;
}

/** Takes back every answer, keeping any other parameter. */
export function clearAnswers(params: URLSearchParams, questions: readonly InstrumentQuestion[]): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const question of questions) next.delete(question.id);
  return next;
}

/** The API puts the suggested instruments first (best first), then the excluded ones: keep that order in each group. */
export function splitSuggestions(suggestions: readonly InstrumentSuggestion[]): {
  suggested: InstrumentSuggestion[];
  excluded: InstrumentSuggestion[];
} {
  return {
    suggested: suggestions.filter((s) => s.status === 'SUGGESTED'),
    excluded: suggestions.filter((s) => s.status === 'EXCLUDED'),
  };
}

/** Whether a query's answer was computed for these answers (urql keeps the previous one while asking again). */
export function sameAnswers(a: readonly InstrumentAnswer[] | undefined, b: readonly InstrumentAnswer[]): boolean {
  return (
    a !== undefined &&
    a.length === b.length &&
    a.every((answer, i) => answer.questionId === b[i].questionId && answer.optionId === b[i].optionId)
  );
}
