import { gql, type TypedDocumentNode } from '@urql/core';
import type {
  CreateInstrumentRelationInput,
  ExperienceMatrix,
  ExperienceWithInstrument,
  InstrumentAnswer,
  InstrumentComment,
  InstrumentComparison,
  InstrumentDetail,
  InstrumentExperience,
  InstrumentFacets,
  InstrumentFilter,
  InstrumentPermissions,
  InstrumentQuestion,
  InstrumentRef,
  InstrumentRelation,
  InstrumentRevisionDiff,
  InstrumentSuggestion,
  InstrumentSummary,
  RecordInstrumentExperienceInput,
  UpdateInstrumentInput,
} from './instrument-types';

const SUMMARY_FIELDS = gql`
  fragment InstrumentSummaryFields on Instrument {
    id
    name
    family
    phases
    summary
    areas
    unverified
    unverifiedNote
    counterpartsUnverified
    resourceFlowUnverified
    legalBasis {
      unverified
    }
  }
`;

const EXPERIENCE_FIELDS = gql`
  fragment InstrumentExperienceFields on InstrumentExperience {
    id
    instrumentId
    year
    area
    description
    outcome
    partners
    links {
      url
      label
    }
    ambito {
      id
      name
    }
    space {
      id
      name
    }
    recordedByName
    createdAt
  }
`;

const FACET_FIELDS = gql`
  fragment InstrumentFacetFields on InstrumentFacets {
    families {
      value
      count
    }
    phases {
      value
      count
    }
    counterpartKinds {
      value
      count
    }
    areas {
      value
      count
    }
  }
`;

/** The catalogue for a filter, with the counts each facet value would give. */
export const InstrumentCatalogueQuery: TypedDocumentNode<
  { instruments: InstrumentSummary[]; instrumentFacets: InstrumentFacets },
  { filter: InstrumentFilter }
> = gql`
  query InstrumentCatalogue($filter: InstrumentFilter) {
    instruments(filter: $filter) {
      ...InstrumentSummaryFields
    }
    instrumentFacets(filter: $filter) {
      ...InstrumentFacetFields
    }
  }
  ${SUMMARY_FIELDS}
  ${FACET_FIELDS}
`;

/** When the map last changed: the date shown next to the open-data downloads. */
export const InstrumentMapLastChangeQuery: TypedDocumentNode<{ instrumentMapLastChange: string | null }, Record<string, never>> = gql`
  query InstrumentMapLastChange {
    instrumentMapLastChange
  }
`;

export const InstrumentQuery: TypedDocumentNode<
  { instrument: InstrumentDetail | null; instrumentPermissions: InstrumentPermissions },
  { id: string }
> = gql`
  query Instrument($id: ID!) {
    instrument(id: $id) {
      ...InstrumentSummaryFields
      legalBasis {
        act
        article
        sourceId
        sourceTitle
        url
        unverified
      }
      counterparts
      resourceFlow
      whenToUse
      keySteps
      constraints
      caseLaw
      caseLawDetails {
        ruling
        holding
        sourceId
        url
      }
      regionalNote
      note
      revision
      updatedAt
      sources {
        id
        kind
        title
        url
        note
        unverified
      }
      relations {
        relationId
        direction
        kind
        label
        note
        unverified
        other {
          id
          name
          family
        }
      }
      experiences {
        ...InstrumentExperienceFields
      }
      comments {
        id
        authorName
        body
        createdAt
      }
      revisions {
        id
        number
        createdAt
        authorName
        reason
        changedFields
      }
    }
    instrumentPermissions {
      canEdit
      canComment
      canRecordExperience
    }
  }
  ${SUMMARY_FIELDS}
  ${EXPERIENCE_FIELDS}
`;

/** Id, name and family of every instrument: the other end of a new relation. */
export const InstrumentOptionsQuery: TypedDocumentNode<{ instruments: InstrumentRef[] }, Record<string, never>> = gql`
  query InstrumentOptions {
    instruments {
      id
      name
      family
    }
  }
`;

/** The welfare areas of the catalogue (the vocabulary an experience's area is chosen from). */
export const InstrumentAreasQuery: TypedDocumentNode<{ instrumentFacets: { areas: { value: string }[] } }, Record<string, never>> = gql`
  query InstrumentAreas {
    instrumentFacets {
      areas {
        value
      }
    }
  }
`;

/** The spaces the viewer belongs to: on whose behalf an experience may be recorded. */
export const MyExperienceSpacesQuery: TypedDocumentNode<
  { spaces: { id: string; name: string; archived: boolean }[] },
  Record<string, never>
> = gql`
  query MyExperienceSpaces {
    spaces(filter: { mine: true }) {
      id
      name
      archived
    }
  }
`;

export const InstrumentRevisionDiffQuery: TypedDocumentNode<
  { instrumentRevisionDiff: InstrumentRevisionDiff },
  { fromRevisionId: string; toRevisionId: string }
> = gql`
  query InstrumentRevisionDiff($fromRevisionId: ID!, $toRevisionId: ID!) {
    instrumentRevisionDiff(fromRevisionId: $fromRevisionId, toRevisionId: $toRevisionId) {
      from {
        id
        number
      }
      to {
        id
        number
      }
      changes {
        field
        label
        list
        before
        after
        items {
          change
          text
        }
      }
    }
  }
`;

export const CompareInstrumentsQuery: TypedDocumentNode<{ compareInstruments: InstrumentComparison }, { ids: string[] }> = gql`
  query CompareInstruments($ids: [ID!]!) {
    compareInstruments(ids: $ids) {
      instruments {
        id
        name
        family
      }
      rows {
        field
        label
        list
        same
        values
      }
    }
  }
`;

/** The graph: every instrument and every relation. */
export const InstrumentGraphQuery: TypedDocumentNode<
  { instruments: InstrumentRef[]; instrumentRelations: InstrumentRelation[] },
  Record<string, never>
> = gql`
  query InstrumentGraph {
    instruments {
      id
      name
      family
    }
    instrumentRelations {
      id
      fromId
      toId
      kind
      note
      unverified
    }
  }
`;

export const InstrumentQuestionsQuery: TypedDocumentNode<{ instrumentQuestions: InstrumentQuestion[] }, Record<string, never>> = gql`
  query InstrumentQuestions {
    instrumentQuestions {
      id
      text
      help
      options {
        id
        label
      }
    }
  }
`;

export const SuggestInstrumentsQuery: TypedDocumentNode<
  { suggestInstruments: InstrumentSuggestion[] },
  { answers: InstrumentAnswer[] }
> = gql`
  query SuggestInstruments($answers: [InstrumentAnswerInput!]!) {
    suggestInstruments(answers: $answers) {
      status
      score
      because {
        questionId
        optionId
        text
      }
      excludedBecause {
        questionId
        optionId
        text
      }
      cautions
      instrument {
        id
        name
        family
        summary
      }
    }
  }
`;

export const InstrumentExperiencesQuery: TypedDocumentNode<
  { instrumentExperienceMatrix: ExperienceMatrix; instrumentExperiences: ExperienceWithInstrument[] },
  Record<string, never>
> = gql`
  query InstrumentExperiences {
    instrumentExperienceMatrix {
      ambiti {
        id
        name
      }
      instruments {
        id
        name
        family
      }
      cells {
        ambitoId
        instrumentId
        count
        years
      }
      total
    }
    instrumentExperiences {
      ...InstrumentExperienceFields
      instrument {
        id
        name
        family
      }
    }
  }
  ${EXPERIENCE_FIELDS}
`;

/*
 * Each mutation asks for an Instrument in its answer, so urql's document cache drops the cached
 * instrument page, catalogue and graph, and asks again.
 */

export const UpdateInstrumentMutation: TypedDocumentNode<
  { updateInstrument: { id: string; revision: number } },
  { id: string; input: UpdateInstrumentInput; reason: string }
> = gql`
  mutation UpdateInstrument($id: ID!, $input: UpdateInstrumentInput!, $reason: String!) {
    updateInstrument(id: $id, input: $input, reason: $reason) {
      id
      revision
    }
  }
`;

export const CreateInstrumentRelationMutation: TypedDocumentNode<
  { createInstrumentRelation: { id: string; from: { id: string }; to: { id: string } } },
  { input: CreateInstrumentRelationInput; reason: string }
> = gql`
  mutation CreateInstrumentRelation($input: CreateInstrumentRelationInput!, $reason: String!) {
    createInstrumentRelation(input: $input, reason: $reason) {
      id
      from {
        id
      }
      to {
        id
      }
    }
  }
`;

export const DeleteInstrumentRelationMutation: TypedDocumentNode<
  { deleteInstrumentRelation: { id: string; revision: number } },
  { id: string; reason: string }
> = gql`
  mutation DeleteInstrumentRelation($id: ID!, $reason: String!) {
    deleteInstrumentRelation(id: $id, reason: $reason) {
      id
      revision
    }
  }
`;

export const RecordInstrumentExperienceMutation: TypedDocumentNode<
  { recordInstrumentExperience: InstrumentExperience & { instrument: { id: string } } },
  { input: RecordInstrumentExperienceInput }
> = gql`
  mutation RecordInstrumentExperience($input: RecordInstrumentExperienceInput!) {
    recordInstrumentExperience(input: $input) {
      ...InstrumentExperienceFields
      instrument {
        id
      }
    }
  }
  ${EXPERIENCE_FIELDS}
`;

export const AddInstrumentCommentMutation: TypedDocumentNode<
  { addInstrumentComment: InstrumentComment & { instrumentId: string } },
  { instrumentId: string; body: string }
> = gql`
  mutation AddInstrumentComment($instrumentId: ID!, $body: String!) {
    addInstrumentComment(instrumentId: $instrumentId, body: $body) {
      id
      instrumentId
      authorName
      body
      createdAt
    }
  }
`;
