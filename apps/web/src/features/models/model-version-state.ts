import type { ModelDetail, ModelReview, ModelStatus, ModelVersion, ModelVersionStatus } from './model-types';

type BadgeColor = 'primary' | 'secondary' | 'success' | 'danger';

/** The badge of a model's status (the text says it; the colour only helps). */
export function modelStatusColor(status: ModelStatus): BadgeColor {
  switch (status) {
    case 'APPROVED':
      return 'success';
    case 'IN_REVIEW':
      return 'primary';
    case 'CHANGES_REQUESTED':
      return 'danger';
    default:
      return 'secondary';
  }
}

export function versionStatusColor(status: ModelVersionStatus): BadgeColor {
  switch (status) {
    case 'APPROVED':
      return 'success';
    case 'IN_REVIEW':
      return 'primary';
    case 'CHANGES_REQUESTED':
    case 'REJECTED':
      return 'danger';
    default:
      return 'secondary';
  }
}

/** Neither closed nor withdrawn: reviewers may still comment and decide. */
export function isReviewOpen(review: Pick<ModelReview, 'closedAt' | 'withdrawnAt'>): boolean {
  return !review.closedAt && !review.withdrawnAt;
}

/** The open review of a version, if any (the API allows one at a time). */
export function openReviewOf(version: Pick<ModelVersion, 'reviews'>): ModelReview | undefined {
  return version.reviews.find(isReviewOpen);
}

/** The review that gave the version its outcome (approved, changes requested, rejected). */
export function closedReviewOf<R extends Pick<ModelReview, 'closedAt' | 'outcome'>>(version: { reviews: R[] }): R | undefined {
  return version.reviews.find((r) => r.closedAt && r.outcome);
}

/** Whether the published pages show the version: approved, or approved and since replaced. */
export function isPublished(status: ModelVersionStatus): boolean {
  return status === 'APPROVED' || status === 'SUPERSEDED';
}

/**
 * "Invia in revisione" is offered for the latest version only, while it is just consolidated, to
 * those who may submit, in a space that is not archived (the API checks the same, and more).
 */
export function canSubmitVersion(model: ModelDetail, version: ModelVersion): boolean {
  return model.permissions.submit && !model.space.archived && model.versions[0]?.id === version.id && version.status === 'CONSOLIDATED';
}

/** "Ritira dalla revisione": while the review is open and no reviewer has answered. */
export function canWithdrawVersion(model: ModelDetail, version: ModelVersion): boolean {
  const review = openReviewOf(version);
  return model.permissions.submit && !model.space.archived && version.status === 'IN_REVIEW' && !!review && review.decisions.length === 0;
}

/** The version and its open review where this person is asked for a decision, if any. */
export function awaitingMyDecision(model: ModelDetail): { version: ModelVersion; review: ModelReview } | null {
  for (const version of model.versions) {
    const review = version.reviews.find((r) => isReviewOpen(r) && r.canDecide);
    if (review) return { version, review };
  }
  return null;
}

/** A review of the model by id, with its version. */
export function findReview(model: ModelDetail, reviewId: string): { version: ModelVersion; review: ModelReview } | null {
  for (const version of model.versions) {
    const review = version.reviews.find((r) => r.id === reviewId);
    if (review) return { version, review };
  }
  return null;
}

/**
 * When the Collegio approved a published version: the close of the review that approved it (a
 * replaced version's status changed again when it was replaced), else its last status change.
 */
export function approvalDate(version: { statusChangedAt: string; reviews: { closedAt: string | null; outcome: string | null }[] }): string {
  return version.reviews.find((r) => r.outcome === 'APPROVED' && r.closedAt)?.closedAt ?? version.statusChangedAt;
}
