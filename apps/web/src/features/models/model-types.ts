import type { SpaceRole } from '../spaces/space-types';

export type ModelStatus = 'DRAFTING' | 'IN_REVIEW' | 'CHANGES_REQUESTED' | 'APPROVED';
export type ModelVersionStatus = 'CONSOLIDATED' | 'IN_REVIEW' | 'CHANGES_REQUESTED' | 'REJECTED' | 'APPROVED' | 'SUPERSEDED';
export type ReviewDecisionKind = 'FAVOURABLE' | 'FAVOURABLE_WITH_REMARKS' | 'CHANGES_REQUESTED' | 'UNFAVOURABLE';
export type ReviewOutcome = 'APPROVED' | 'CHANGES_REQUESTED' | 'REJECTED';
export type ReviewRule = 'MAJORITY' | 'UNANIMITY' | 'FIRST_UNFAVOURABLE_CLOSES';
/** The API sends these as strings: same, added, removed, changed, moved. */
export type BlockChangeKind = 'same' | 'added' | 'removed' | 'changed' | 'moved';
export type WordChangeKind = 'same' | 'added' | 'removed';

/** In the order the decision form offers them, from the most to the least favourable. */
export const REVIEW_DECISIONS: readonly ReviewDecisionKind[] = ['FAVOURABLE', 'FAVOURABLE_WITH_REMARKS', 'CHANGES_REQUESTED', 'UNFAVOURABLE'];
export const REVIEW_RULES: readonly ReviewRule[] = ['MAJORITY', 'UNANIMITY', 'FIRST_UNFAVOURABLE_CLOSES'];

/** A row of the Modelli tab: enough to show the latest and the approved version. */
export interface ModelSummary {
  id: string;
  title: string;
  status: ModelStatus;
  createdAt: string;
  approvedVersionId: string | null;
  versions: ModelVersionRef[];
}

export interface ModelVersionRef {
  id: string;
  number: number;
  status: ModelVersionStatus;
  createdAt: string;
  statusChangedAt: string;
}

export interface ModelPermissions {
  /** Write the working draft. */
  edit: boolean;
  consolidate: boolean;
  submit: boolean;
  review: boolean;
}

export interface ReviewDecisionEntry {
  reviewerName: string;
  decision: ReviewDecisionKind;
  motivation: string;
  decidedAt: string;
}

export interface ReviewComment {
  id: string;
  authorName: string;
  /** The quoted passage of the version, or null for a general remark. */
  passage: string | null;
  body: string;
  createdAt: string;
}

export interface ReviewerStatus {
  name: string;
  decided: boolean;
}

export interface ModelReview {
  id: string;
  versionId: string;
  /** YYYY-MM-DD */
  dueDate: string;
  rule: ReviewRule;
  openedAt: string;
  closedAt: string | null;
  outcome: ReviewOutcome | null;
  withdrawnAt: string | null;
  decisions: ReviewDecisionEntry[];
  comments: ReviewComment[];
  reviewers: ReviewerStatus[];
  myDecision: ReviewDecisionKind | null;
  canDecide: boolean;
}

/** A consolidated version as the model page lists it (no text: the review page asks for it). */
export interface ModelVersion {
  id: string;
  modelId: string;
  modelTitle: string;
  spaceId: string;
  spaceName: string;
  number: number;
  changelog: string;
  contentSha256: string;
  contributorNames: string[];
  createdAt: string;
  createdByName: string;
  status: ModelVersionStatus;
  statusChangedAt: string;
  reviews: ModelReview[];
}

/** A version's canonical HTML (the review page). */
export interface ModelVersionText {
  id: string;
  number: number;
  contentSha256: string;
  html: string;
}

export interface ModelDetail {
  id: string;
  spaceId: string;
  title: string;
  status: ModelStatus;
  documentId: string;
  approvedVersionId: string | null;
  createdAt: string;
  permissions: ModelPermissions;
  space: {
    id: string;
    name: string;
    archived: boolean;
    myRole: SpaceRole | null;
    reviewRule: ReviewRule;
  };
  /** Newest first. */
  versions: ModelVersion[];
}

export interface SpaceReviewSettings {
  id: string;
  reviewRule: ReviewRule;
  archived: boolean;
  permissions: { canUpdate: boolean };
}

export interface WordChange {
  kind: WordChangeKind;
  text: string;
}

export interface BlockChange {
  kind: BlockChangeKind;
  beforePlace: string | null;
  afterPlace: string | null;
  beforeText: string | null;
  afterText: string | null;
  /** Only for changed blocks: the words kept, removed and added, in order. */
  words: WordChange[];
}

export interface DiffCounts {
  added: number;
  removed: number;
  changed: number;
  moved: number;
}

export interface ModelVersionDiff {
  from: { id: string; number: number };
  /** null: the current working draft. */
  to: { id: string; number: number } | null;
  summary: DiffCounts;
  changes: BlockChange[];
}

/** A published (approved or superseded) version as the public pages show it. */
export interface PublishedModelVersion {
  id: string;
  modelId: string;
  modelTitle: string;
  spaceId: string;
  spaceName: string;
  number: number;
  status: ModelVersionStatus;
  statusChangedAt: string;
  contentSha256: string;
  reviews: { id: string; closedAt: string | null; outcome: ReviewOutcome | null }[];
}

export interface PublicReview {
  id: string;
  closedAt: string | null;
  outcome: ReviewOutcome | null;
  rule: ReviewRule;
  decisions: ReviewDecisionEntry[];
}

export interface PublishedModelVersionDetail extends Omit<PublishedModelVersion, 'reviews'> {
  html: string;
  changelog: string;
  createdAt: string;
  reviews: PublicReview[];
}
