import { describe, expect, it } from 'vitest';
import type { ModelDetail, ModelReview, ModelVersion } from './model-types';
import { approvalDate, awaitingMyDecision, canSubmitVersion, findReview, canWithdrawVersion, closedReviewOf, isPublished, openReviewOf } from './model-version-state';

const review = (over: Partial<ModelReview> = {}): ModelReview => ({
  id: 'r1',
  versionId: 'v1',
  dueDate: '2030-01-01',
  rule: 'MAJORITY',
  openedAt: '2029-12-01T10:00:00Z',
  closedAt: null,
  outcome: null,
  withdrawnAt: null,
  decisions: [],
  comments: [],
  reviewers: [{ name: 'Sandro Sindaco (demo)', decided: false }],
  myDecision: null,
  canDecide: false,
  ...over,
});

const version = (over: Partial<ModelVersion> = {}): ModelVersion => ({
  id: 'v1',
  modelId: 'm1',
  modelTitle: 'Modello',
  spaceId: 's',
  spaceName: 'Spazio',
  number: 1,
  changelog: 'Prima stesura',
  contentSha256: 'a'.repeat(64),
  contributorNames: [],
  createdAt: '2029-12-01T09:00:00Z',
  createdByName: 'Tina Tecnica (demo)',
  status: 'CONSOLIDATED',
  statusChangedAt: '2029-12-01T09:00:00Z',
  reviews: [],
  ...over,
});

const model = (versions: ModelVersion[], submit = true, archived = false): ModelDetail => ({
  id: 'm1',
  spaceId: 's',
  title: 'Modello',
  status: 'DRAFTING',
  documentId: 'd1',
  approvedVersionId: null,
  createdAt: '2029-12-01T08:00:00Z',
  permissions: { edit: true, consolidate: submit, submit, review: false },
  space: { id: 's', name: 'Spazio', archived, myRole: submit ? 'COORDINATOR' : 'MEMBER', reviewRule: 'MAJORITY' },
  versions,
});

describe('canSubmitVersion', () => {
  const v2 = version({ id: 'v2', number: 2 });
  const v1 = version({ id: 'v1', number: 1, status: 'CHANGES_REQUESTED' });

  it('offers the latest consolidated version to coordinators', () => {
    expect(canSubmitVersion(model([v2, v1]), v2)).toBe(true);
  });

  it('never an older version, one already sent, nor to members or in an archived space', () => {
    expect(canSubmitVersion(model([v2, version({ id: 'v1' })]), version({ id: 'v1' }))).toBe(false);
    expect(canSubmitVersion(model([version({ status: 'IN_REVIEW' })]), version({ status: 'IN_REVIEW' }))).toBe(false);
    expect(canSubmitVersion(model([v2, v1], false), v2)).toBe(false);
    expect(canSubmitVersion(model([v2, v1], true, true), v2)).toBe(false);
  });
});

describe('canWithdrawVersion', () => {
  it('offers the withdrawal while the review is open and nobody has answered', () => {
    const inReview = version({ status: 'IN_REVIEW', reviews: [review()] });
    expect(canWithdrawVersion(model([inReview]), inReview)).toBe(true);
  });

  it('not once a reviewer has answered, nor after the review', () => {
    const answered = version({
      status: 'IN_REVIEW',
      reviews: [review({ decisions: [{ reviewerName: 'S', decision: 'FAVOURABLE', motivation: 'Bene.', decidedAt: '2029-12-02T10:00:00Z' }] })],
    });
    expect(canWithdrawVersion(model([answered]), answered)).toBe(false);
    const closed = version({ status: 'APPROVED', reviews: [review({ closedAt: '2029-12-02T10:00:00Z', outcome: 'APPROVED' })] });
    expect(canWithdrawVersion(model([closed]), closed)).toBe(false);
  });
});

describe('reviews of a version', () => {
  const withdrawn = review({ id: 'r1', withdrawnAt: '2029-12-01T11:00:00Z' });
  const closed = review({ id: 'r2', closedAt: '2029-12-03T11:00:00Z', outcome: 'CHANGES_REQUESTED' });
  const open = review({ id: 'r3', canDecide: true });

  it('finds the open one and the one that closed with an outcome', () => {
    expect(openReviewOf(version({ reviews: [open, closed, withdrawn] }))?.id).toBe('r3');
    expect(openReviewOf(version({ reviews: [closed, withdrawn] }))).toBeUndefined();
    expect(closedReviewOf(version({ reviews: [open, closed, withdrawn] }))?.id).toBe('r2');
  });

  it('finds a review by id, with its version', () => {
    const v2 = version({ id: 'v2', number: 2, reviews: [open] });
    expect(findReview(model([v2, version({ reviews: [closed, withdrawn] })]), 'r2')?.version.id).toBe('v1');
    expect(findReview(model([v2]), 'r3')?.version.id).toBe('v2');
    expect(findReview(model([v2]), 'nessuna')).toBeNull();
  });

  it('says which version waits for this reviewer', () => {
    const v2 = version({ id: 'v2', number: 2, status: 'IN_REVIEW', reviews: [open] });
    expect(awaitingMyDecision(model([v2, version({ reviews: [closed] })]))?.version.number).toBe(2);
    expect(awaitingMyDecision(model([version({ reviews: [review()] })]))).toBeNull();
  });
});

describe('isPublished', () => {
  it('is true for approved versions, current or replaced', () => {
    expect(['APPROVED', 'SUPERSEDED', 'IN_REVIEW', 'CONSOLIDATED'].map((s) => isPublished(s as ModelVersion['status']))).toEqual([true, true, false, false]);
  });
});

describe('approvalDate', () => {
  it('is when the approving review closed, not when a later approval replaced the version', () => {
    const superseded = {
      statusChangedAt: '2030-03-01T10:00:00Z',
      reviews: [
        { closedAt: '2030-01-10T10:00:00Z', outcome: 'APPROVED' },
        { closedAt: '2029-12-10T10:00:00Z', outcome: 'CHANGES_REQUESTED' },
      ],
    };
    expect(approvalDate(superseded)).toBe('2030-01-10T10:00:00Z');
    expect(approvalDate({ statusChangedAt: '2030-03-01T10:00:00Z', reviews: [] })).toBe('2030-03-01T10:00:00Z');
  });
});
