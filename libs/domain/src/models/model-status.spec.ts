import { describe, expect, it } from 'vitest';
import { MODEL_STATUSES, type ModelEvent, type ModelStatus, nextModelStatus, nextVersionStatus, VERSION_STATUSES } from './model-status';

const EVENTS: [string, ModelEvent][] = [
  ['consolidate', { type: 'consolidate' }],
  ['submit', { type: 'submit' }],
  ['withdraw (no decisions)', { type: 'withdraw', decisionsGiven: 0 }],
  ['withdraw (after a decision)', { type: 'withdraw', decisionsGiven: 1 }],
  ['approved', { type: 'reviewClosed', outcome: 'APPROVED' }],
  ['changes requested', { type: 'reviewClosed', outcome: 'CHANGES_REQUESTED' }],
  ['rejected', { type: 'reviewClosed', outcome: 'REJECTED' }],
];

/** Every status × every event: the target status, or "—" when refused. */
const TABLE: Record<ModelStatus, string[]> = {
  //                 consolidate  submit       withdraw0   withdraw1  approved    changes              rejected
  DRAFTING:          ['DRAFTING', 'IN_REVIEW', '—',        '—',       '—',        '—',                 '—'],
  IN_REVIEW:         ['—',        '—',         'DRAFTING', '—',       'APPROVED', 'CHANGES_REQUESTED', 'CHANGES_REQUESTED'],
  CHANGES_REQUESTED: ['DRAFTING', '—',         '—',        '—',       '—',        '—',                 '—'],
  APPROVED:          ['DRAFTING', '—',         '—',        '—',       '—',        '—',                 '—'],
};

describe('model status: every status × every event', () => {
  it('the table covers every status', () => expect(Object.keys(TABLE).sort()).toEqual([...MODEL_STATUSES].sort()));
  for (const status of MODEL_STATUSES) {
    EVENTS.forEach(([name, event], i) => {
      const expected = TABLE[status][i]!;
      it(`${status} + ${name} → ${expected}`, () => {
        const result = nextModelStatus(status, event);
        if (expected === '—') {
          expect(result.ok).toBe(false);
          expect(result.ok ? '' : result.reason).toMatch(/\S/);
        } else {
          expect(result).toEqual({ ok: true, to: expected });
        }
      });
    });
  }
});

describe('version status', () => {
  it('goes consolidated → in review → approved → superseded', () => {
    expect(nextVersionStatus('CONSOLIDATED', { type: 'submit' })).toEqual({ ok: true, to: 'IN_REVIEW' });
    expect(nextVersionStatus('IN_REVIEW', { type: 'reviewClosed', outcome: 'APPROVED' })).toEqual({ ok: true, to: 'APPROVED' });
    expect(nextVersionStatus('APPROVED', { type: 'superseded' })).toEqual({ ok: true, to: 'SUPERSEDED' });
  });

  it('can be withdrawn only before any decision, and then submitted again', () => {
    expect(nextVersionStatus('IN_REVIEW', { type: 'withdraw', decisionsGiven: 0 })).toEqual({ ok: true, to: 'CONSOLIDATED' });
    expect(nextVersionStatus('IN_REVIEW', { type: 'withdraw', decisionsGiven: 2 }).ok).toBe(false);
  });

  it('refuses everything else', () => {
    for (const status of VERSION_STATUSES) {
      if (status !== 'CONSOLIDATED') expect(nextVersionStatus(status, { type: 'submit' }).ok).toBe(false);
      if (status !== 'APPROVED') expect(nextVersionStatus(status, { type: 'superseded' }).ok).toBe(false);
      if (status !== 'IN_REVIEW') expect(nextVersionStatus(status, { type: 'reviewClosed', outcome: 'REJECTED' }).ok).toBe(false);
    }
  });
});
