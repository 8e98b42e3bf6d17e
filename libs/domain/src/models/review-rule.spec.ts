import { describe, expect, it } from 'vitest';
import { type ReviewDecision, reviewOutcome } from './review-rule';

const decided = (...pairs: [string, ReviewDecision][]) => new Map(pairs);
const R = ['a', 'b', 'c'];

describe('review closing rules', () => {
  it('MAJORITY waits for everybody, then a majority of favourable opinions approves', () => {
    expect(reviewOutcome('MAJORITY', R, decided(['a', 'FAVOURABLE'], ['b', 'FAVOURABLE']))).toEqual({ closed: false });
    expect(reviewOutcome('MAJORITY', R, decided(['a', 'FAVOURABLE'], ['b', 'FAVOURABLE_WITH_REMARKS'], ['c', 'UNFAVOURABLE']))).toEqual({ closed: true, outcome: 'APPROVED' });
    expect(reviewOutcome('MAJORITY', R, decided(['a', 'FAVOURABLE'], ['b', 'UNFAVOURABLE'], ['c', 'UNFAVOURABLE']))).toEqual({ closed: true, outcome: 'REJECTED' });
  });

  it('any "changes requested" sends the version back, whatever the others say', () => {
    const d = decided(['a', 'FAVOURABLE'], ['b', 'FAVOURABLE'], ['c', 'CHANGES_REQUESTED']);
    expect(reviewOutcome('MAJORITY', R, d)).toEqual({ closed: true, outcome: 'CHANGES_REQUESTED' });
    expect(reviewOutcome('UNANIMITY', R, d)).toEqual({ closed: true, outcome: 'CHANGES_REQUESTED' });
  });

  it('a tie is not a majority', () => {
    expect(reviewOutcome('MAJORITY', ['a', 'b'], decided(['a', 'FAVOURABLE'], ['b', 'UNFAVOURABLE']))).toEqual({ closed: true, outcome: 'REJECTED' });
  });

  it('UNANIMITY approves only when all are favourable', () => {
    expect(reviewOutcome('UNANIMITY', R, decided(['a', 'FAVOURABLE'], ['b', 'FAVOURABLE_WITH_REMARKS'], ['c', 'FAVOURABLE']))).toEqual({ closed: true, outcome: 'APPROVED' });
    expect(reviewOutcome('UNANIMITY', R, decided(['a', 'FAVOURABLE'], ['b', 'FAVOURABLE'], ['c', 'UNFAVOURABLE']))).toEqual({ closed: true, outcome: 'REJECTED' });
  });

  it('FIRST_UNFAVOURABLE_CLOSES closes at the first objection', () => {
    expect(reviewOutcome('FIRST_UNFAVOURABLE_CLOSES', R, decided(['a', 'CHANGES_REQUESTED']))).toEqual({ closed: true, outcome: 'CHANGES_REQUESTED' });
    expect(reviewOutcome('FIRST_UNFAVOURABLE_CLOSES', R, decided(['b', 'UNFAVOURABLE']))).toEqual({ closed: true, outcome: 'REJECTED' });
    expect(reviewOutcome('FIRST_UNFAVOURABLE_CLOSES', R, decided(['a', 'FAVOURABLE']))).toEqual({ closed: false });
  });

  it('ignores decisions of people who are no longer reviewers, and never closes with no reviewers', () => {
    expect(reviewOutcome('MAJORITY', ['a'], decided(['a', 'FAVOURABLE'], ['x', 'CHANGES_REQUESTED']))).toEqual({ closed: true, outcome: 'APPROVED' });
    expect(reviewOutcome('MAJORITY', [], decided(['x', 'FAVOURABLE']))).toEqual({ closed: false });
  });
});
