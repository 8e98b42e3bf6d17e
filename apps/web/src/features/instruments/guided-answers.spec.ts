import { describe, expect, it } from 'vitest';
import { answersFromParams, clearAnswers, sameAnswers, splitSuggestions, writeAnswer } from './guided-answers';
import type { InstrumentQuestion, InstrumentSuggestion } from './instrument-types';

const questions: InstrumentQuestion[] = [
  { id: 'counterpart', text: 'Chi è la controparte?', help: '', options: [{ id: 'ODV', label: 'ODV' }, { id: 'APS', label: 'APS' }] },
  { id: 'money', text: 'Risorse?', help: '', options: [{ id: 'PRICE', label: 'Prezzo' }, { id: 'COST_REIMBURSEMENT', label: 'Rimborso' }] },
  { id: 'area', text: 'Area?', help: '', options: [{ id: 'casa e abitare', label: 'Casa e abitare' }] },
];

describe('answersFromParams', () => {
  it('reads the answers in the order of the questions', () => {
    expect(answersFromParams(new URLSearchParams('money=COST_REIMBURSEMENT&counterpart=ODV'), questions)).toEqual([
      { questionId: 'counterpart', optionId: 'ODV' },
      { questionId: 'money', optionId: 'COST_REIMBURSEMENT' },
    ]);
  });

  it('ignores parameters that are no question and options the question does not offer', () => {
    expect(answersFromParams(new URLSearchParams('counterpart=BANK&money=&utm_source=x&area=casa+e+abitare'), questions)).toEqual([
      { questionId: 'area', optionId: 'casa e abitare' },
    ]);
  });

  it('reads nothing before the questions are known', () => {
    expect(answersFromParams(new URLSearchParams('counterpart=ODV'), [])).toEqual([]);
  });
});

describe('writeAnswer and clearAnswers', () => {
  it('gives, changes and takes back one answer, keeping the others', () => {
    const first = writeAnswer(new URLSearchParams('x=1'), 'counterpart', 'ODV');
    expect(first.toString()).toBe('x=1&counterpart=ODV');
    const second = writeAnswer(first, 'counterpart', 'APS');
    expect(second.toString()).toBe('x=1&counterpart=APS');
    expect(writeAnswer(second, 'counterpart', null).toString()).toBe('x=1');
  });

  it('clears every answer and nothing else', () => {
    expect(clearAnswers(new URLSearchParams('counterpart=ODV&money=PRICE&x=1'), questions).toString()).toBe('x=1');
  });
});

describe('splitSuggestions and sameAnswers', () => {
  const suggestion = (id: string, status: 'SUGGESTED' | 'EXCLUDED'): InstrumentSuggestion => ({
    status,
    score: 0,
    because: [],
    excludedBecause: [],
    cautions: [],
    instrument: { id, name: id, family: 'COLLABORATIVE', summary: '' },
  });

  it('keeps the API order inside each group', () => {
    const { suggested, excluded } = splitSuggestions([suggestion('a', 'SUGGESTED'), suggestion('b', 'EXCLUDED'), suggestion('c', 'SUGGESTED')]);
    expect(suggested.map((s) => s.instrument.id)).toEqual(['a', 'c']);
    expect(excluded.map((s) => s.instrument.id)).toEqual(['b']);
  });

  it('tells whether an answer is for the current answers', () => {
    const answers = [{ questionId: 'counterpart', optionId: 'ODV' }];
    expect(sameAnswers(undefined, answers)).toBe(false);
    expect(sameAnswers([{ questionId: 'counterpart', optionId: 'ODV' }], answers)).toBe(true);
    expect(sameAnswers([{ questionId: 'counterpart', optionId: 'APS' }], answers)).toBe(false);
    expect(sameAnswers([], answers)).toBe(false);
  });
});
