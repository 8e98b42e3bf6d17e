import { gql, type TypedDocumentNode } from '@urql/core';
import type {
  ModelDetail,
  ModelReview,
  ModelSummary,
  ModelVersion,
  ModelVersionDiff,
  ModelVersionText,
  PublishedModelVersion,
  PublishedModelVersionDetail,
  ReviewComment,
  ReviewDecisionKind,
  ReviewRule,
  SpaceReviewSettings,
} from './model-types';

const REVIEW_FIELDS = gql`
  fragment ModelReviewFields on ModelReview {
    id
    versionId
    dueDate
    rule
    openedAt
    closedAt
    outcome
    withdrawnAt
    decisions {
      reviewerName
      decision
      motivation
      decidedAt
    }
    comments {
      id
      authorName
      passage
      body
      createdAt
    }
    reviewers {
      name
      decided
    }
    myDecision
    canDecide
  }
`;

const VERSION_FIELDS = gql`
  fragment ModelVersionFields on ModelVersion {
    id
    modelId
    modelTitle
    spaceId
    spaceName
    number
    changelog
    contentSha256
    contributorNames
    createdAt
    createdByName
    status
    statusChangedAt
    reviews {
      ...ModelReviewFields
    }
  }
  ${REVIEW_FIELDS}
`;

const MODEL_FIELDS = gql`
  fragment ModelDetailFields on Model {
    id
    spaceId
    title
    status
    documentId
    approvedVersionId
    createdAt
    permissions {
      edit
      consolidate
      submit
      review
    }
    space {
      id
      name
      archived
      myRole
      reviewRule
    }
    versions {
      ...ModelVersionFields
    }
  }
  ${VERSION_FIELDS}
`;

const PUBLISHED_FIELDS = gql`
  fragment PublishedModelVersionFields on ModelVersion {
    id
    modelId
    modelTitle
    spaceId
    spaceName
    number
    status
    statusChangedAt
    contentSha256
    reviews {
      id
      closedAt
      outcome
    }
  }
`;

/** The models of a space, newest first (members only: FORBIDDEN otherwise). */
export const SpaceModelsQuery: TypedDocumentNode<{ models: ModelSummary[] }, { spaceId: string }> = gql`
  query SpaceModels($spaceId: ID!) {
    models(spaceId: $spaceId) {
      id
      title
      status
      createdAt
      approvedVersionId
      versions {
        id
        number
        status
        createdAt
        statusChangedAt
      }
    }
  }
`;

/** How the space's reviews close, and whether this person may change it. */
export const SpaceReviewSettingsQuery: TypedDocumentNode<{ space: SpaceReviewSettings | null }, { id: string }> = gql`
  query SpaceReviewSettings($id: ID!) {
    space(id: $id) {
      id
      reviewRule
      archived
      permissions {
        canUpdate
      }
    }
  }
`;

/** null when there is no such model; FORBIDDEN for people outside its space. */
export const ModelQuery: TypedDocumentNode<{ model: ModelDetail | null }, { id: string }> = gql`
  query Model($id: ID!) {
    model(id: $id) {
      ...ModelDetailFields
    }
  }
  ${MODEL_FIELDS}
`;

/** The text of a version (the review page): members see every version, others only the approved ones of public spaces. */
export const ModelVersionTextQuery: TypedDocumentNode<{ modelVersion: ModelVersionText | null }, { id: string }> = gql`
  query ModelVersionText($id: ID!) {
    modelVersion(id: $id) {
      id
      number
      contentSha256
      html
    }
  }
`;

/** Block-level comparison with the changed words; `toVersionId` null compares with the working draft. */
export const ModelVersionDiffQuery: TypedDocumentNode<
  { modelVersionDiff: ModelVersionDiff },
  { fromVersionId: string; toVersionId: string | null }
> = gql`
  query ModelVersionDiff($fromVersionId: ID!, $toVersionId: ID) {
    modelVersionDiff(fromVersionId: $fromVersionId, toVersionId: $toVersionId) {
      from {
        id
        number
      }
      to {
        id
        number
      }
      summary {
        added
        removed
        changed
        moved
      }
      changes {
        kind
        beforePlace
        afterPlace
        beforeText
        afterText
        words {
          kind
          text
        }
      }
    }
  }
`;

/** Public: approved (and superseded) versions of public spaces' models, newest approval first. */
export const PublishedModelVersionsQuery: TypedDocumentNode<
  { publishedModelVersions: PublishedModelVersion[] },
  { spaceId: string | null }
> = gql`
  query PublishedModelVersions($spaceId: ID) {
    publishedModelVersions(spaceId: $spaceId) {
      ...PublishedModelVersionFields
    }
  }
  ${PUBLISHED_FIELDS}
`;

/**
 * Public for approved versions of public spaces: the text, and the Collegio's decisions with
 * their motivations (the reviewers' working comments are not asked for here).
 */
export const PublishedModelVersionQuery: TypedDocumentNode<{ modelVersion: PublishedModelVersionDetail | null }, { id: string }> = gql`
  query PublishedModelVersion($id: ID!) {
    modelVersion(id: $id) {
      ...PublishedModelVersionFields
      html
      changelog
      createdAt
      reviews {
        id
        closedAt
        outcome
        rule
        decisions {
          reviewerName
          decision
          motivation
          decidedAt
        }
      }
    }
  }
  ${PUBLISHED_FIELDS}
`;

/** Coordinators: a model with an empty working draft. */
export const CreateModelMutation: TypedDocumentNode<{ createModel: ModelDetail }, { spaceId: string; title: string }> = gql`
  mutation CreateModel($spaceId: ID!, $title: String!) {
    createModel(spaceId: $spaceId, title: $title) {
      ...ModelDetailFields
    }
  }
  ${MODEL_FIELDS}
`;

/** Coordinators; BAD_USER_INPUT when nothing changed since the last version or a review is open. */
export const ConsolidateModelVersionMutation: TypedDocumentNode<
  { consolidateModelVersion: ModelVersion },
  { modelId: string; changelog: string }
> = gql`
  mutation ConsolidateModelVersion($modelId: ID!, $changelog: String!) {
    consolidateModelVersion(modelId: $modelId, changelog: $changelog) {
      ...ModelVersionFields
    }
  }
  ${VERSION_FIELDS}
`;

/** Coordinators: the latest version to the space's reviewers, with a due date (YYYY-MM-DD, not past). */
export const SubmitModelVersionMutation: TypedDocumentNode<
  { submitModelVersionForReview: ModelReview },
  { versionId: string; dueDate: string }
> = gql`
  mutation SubmitModelVersionForReview($versionId: ID!, $dueDate: String!) {
    submitModelVersionForReview(versionId: $versionId, dueDate: $dueDate) {
      ...ModelReviewFields
    }
  }
  ${REVIEW_FIELDS}
`;

/** Coordinators, while no reviewer has answered. */
export const WithdrawModelVersionMutation: TypedDocumentNode<{ withdrawModelVersion: ModelVersion }, { versionId: string }> = gql`
  mutation WithdrawModelVersion($versionId: ID!) {
    withdrawModelVersion(versionId: $versionId) {
      ...ModelVersionFields
    }
  }
  ${VERSION_FIELDS}
`;

/** The space's reviewers; a new decision replaces the previous one until the review closes. */
export const DecideModelReviewMutation: TypedDocumentNode<
  { decideModelReview: ModelReview },
  { reviewId: string; decision: ReviewDecisionKind; motivation: string }
> = gql`
  mutation DecideModelReview($reviewId: ID!, $decision: ReviewDecisionKind!, $motivation: String!) {
    decideModelReview(reviewId: $reviewId, decision: $decision, motivation: $motivation) {
      ...ModelReviewFields
    }
  }
  ${REVIEW_FIELDS}
`;

/** The space's reviewers, while the review is open; `passage` must occur in the version's text. */
export const CommentModelReviewMutation: TypedDocumentNode<
  { commentModelReview: ReviewComment },
  { reviewId: string; body: string; passage: string | null }
> = gql`
  mutation CommentModelReview($reviewId: ID!, $body: String!, $passage: String) {
    commentModelReview(reviewId: $reviewId, body: $body, passage: $passage) {
      id
      authorName
      passage
      body
      createdAt
    }
  }
`;

/** Coordinators: how the space's next reviews close. */
export const SetSpaceReviewRuleMutation: TypedDocumentNode<
  { setSpaceReviewRule: { id: string; reviewRule: ReviewRule } },
  { spaceId: string; rule: ReviewRule }
> = gql`
  mutation SetSpaceReviewRule($spaceId: ID!, $rule: ReviewRule!) {
    setSpaceReviewRule(spaceId: $spaceId, rule: $rule) {
      id
      reviewRule
    }
  }
`;
