import { describe, expect, it } from 'vitest';
import { modelsText } from '../../i18n/models';
import { REVIEW_DECISIONS } from './model-types';
import { commentProblems, decisionLabel, decisionProblems, isReviewDecision, normalizePassage } from './review-decision';

describe('decisionLabel', () => {
  it('names the four decisions in Italian, from the most to the least favourable', () => {
    expect(REVIEW_DECISIONS.map(decisionLabel)).toEqual(['Favorevole', 'Favorevole con osservazioni', 'Richiesta di modifiche', 'Contrario']);
  });
});

describe('isReviewDecision', () => {
  it('accepts only the API values', () => {
    expect(isReviewDecision('CHANGES_REQUESTED')).toBe(true);
    expect(isReviewDecision('')).toBe(false);
    expect(isReviewDecision('APPROVED')).toBe(false);
    expect(isReviewDecision(null)).toBe(false);
  });
});

describe('decisionProblems', () => {
  const t = modelsText.decisionForm;

  it('asks for a decision and a motivation of at least 3 characters', () => {
    expect(decisionProblems({ decision: '', motivation: '  no ' })).toEqual({ decision: t.requiredDecision, motivation: t.requiredMotivation });
  });

  it('refuses a motivation longer than the API takes', () => {
    expect(decisionProblems({ decision: 'FAVOURABLE', motivation: 'x'.repeat(4001) })).toEqual({ motivation: t.requiredMotivation });
  });

  it('finds nothing wrong with a decision and its motivation', () => {
    expect(decisionProblems({ decision: 'FAVOURABLE_WITH_REMARKS', motivation: 'Chiaro e sostenibile.' })).toEqual({});
  });
});

describe('normalizePassage', () => {
  it('turns a selection across lines into the single-spaced quote the API looks for', () => {
    expect(normalizePassage('  Il Comune\n mette\t a disposizione\n\n')).toBe('Il Comune mette a disposizione');
  });
});

describe('commentProblems', () => {
  it('needs a body; the passage may be empty (a general remark)', () => {
    expect(commentProblems({ passage: '', body: '   ' })).toEqual({ body: modelsText.commentForm.required });
    expect(commentProblems({ passage: '', body: 'Osservazione generale' })).toEqual({});
  });

  it('refuses a passage longer than 2,000 characters', () => {
    expect(commentProblems({ passage: 'a'.repeat(2001), body: 'ok' })).toEqual({ passage: modelsText.commentForm.tooLongPassage });
  });
});
