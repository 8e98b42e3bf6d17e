/**
 * When a review of a model version closes and with which outcome. Configurable per space:
 * - MAJORITY: closes when every reviewer has answered; any "changes requested" sends it back;
 *   otherwise approved if more than half are favourable (with or without remarks), else rejected.
 * - UNANIMITY: closes when every reviewer has answered; any "changes requested" sends it back;
 *   approved only if all are favourable, else rejected.
 * - FIRST_UNFAVOURABLE_CLOSES: like MAJORITY, but a single "changes requested" or
 *   "unfavourable" closes the review at once, without waiting for the others.
 */
export const REVIEW_RULES = ['MAJORITY', 'UNANIMITY', 'FIRST_UNFAVOURABLE_CLOSES'] as const;
export type ReviewRule = (typeof REVIEW_RULES)[number];

export const REVIEW_DECISIONS = ['FAVOURABLE', 'FAVOURABLE_WITH_REMARKS', 'CHANGES_REQUESTED', 'UNFAVOURABLE'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

export type ReviewOutcome = { closed: false } | { closed: true; outcome: 'APPROVED' | 'CHANGES_REQUESTED' | 'REJECTED' };

const favourable = (d: ReviewDecision) => d === 'FAVOURABLE' || d === 'FAVOURABLE_WITH_REMARKS';

/**
 * `reviewers`: everybody the review is addressed to; `decisions`: the current decision of each
 * reviewer who answered (decisions of people no longer reviewers are ignored). No reviewers: the
 * review cannot close by itself.
 */
export function reviewOutcome(rule: ReviewRule, reviewers: readonly string[], decisions: ReadonlyMap<string, ReviewDecision>): ReviewOutcome {
  const given = reviewers.filter((r) => decisions.has(r)).map((r) => decisions.get(r)!);
  if (reviewers.length === 0) return { closed: false };
  if (rule === 'FIRST_UNFAVOURABLE_CLOSES') {
    if (given.includes('CHANGES_REQUESTED')) return { closed: true, outcome: 'CHANGES_REQUESTED' };
    if (given.includes('UNFAVOURABLE')) return { closed: true, outcome: 'REJECTED' };
  }
  if (given.length < reviewers.length) return { closed: false };
  if (given.includes('CHANGES_REQUESTED')) return { closed: true, outcome: 'CHANGES_REQUESTED' };
  const yes = given.filter(favourable).length;
  if (rule === 'UNANIMITY') return { closed: true, outcome: yes === given.length ? 'APPROVED' : 'REJECTED' };
  return { closed: true, outcome: yes * 2 > given.length ? 'APPROVED' : 'REJECTED' };
}
