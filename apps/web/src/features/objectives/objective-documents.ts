import { gql, type TypedDocumentNode } from '@urql/core';
import type { ObjectiveDetail, ObjectiveRef, ObjectiveSummary } from './objective-types';

export const ObjectivesQuery: TypedDocumentNode<{ objectives: ObjectiveSummary[] }, Record<string, never>> = gql`
  query Objectives {
    objectives {
      id
      track
      number
      title
      goals
      actions {
        id
      }
    }
  }
`;

/** Id, track, number and title of the 12 objectives, for filters and checkboxes. */
export const ObjectiveOptionsQuery: TypedDocumentNode<{ objectives: ObjectiveRef[] }, Record<string, never>> = gql`
  query ObjectiveOptions {
    objectives {
      id
      track
      number
      title
    }
  }
`;

export const ObjectiveQuery: TypedDocumentNode<
  { objective: ObjectiveDetail | null },
  { id: string; withSpaces: boolean }
> = gql`
  query Objective($id: ID!, $withSpaces: Boolean!) {
    objective(id: $id) {
      id
      track
      number
      title
      description
      goals
      spaces @include(if: $withSpaces) {
        id
        name
        kind
        archived
      }
    }
  }
`;
