import { gql, type TypedDocumentNode } from '@urql/core';
import type {
  CreateOrganizationInput,
  OrganizationDetail,
  OrganizationFilter,
  OrganizationRef,
  OrganizationSummary,
  UpdateOrganizationInput,
} from './organization-types';

const SUMMARY_FIELDS = gql`
  fragment OrganizationSummaryFields on Organization {
    id
    name
    sector
    type
    ambito {
      id
      name
    }
  }
`;

const DETAIL_FIELDS = gql`
  fragment OrganizationDetailFields on Organization {
    ...OrganizationSummaryFields
    fiscalCode
    runtsNumber
    aliases
    notes
    parent {
      id
      name
    }
  }
  ${SUMMARY_FIELDS}
`;

export const OrganizationsQuery: TypedDocumentNode<
  { organizations: OrganizationSummary[] },
  { filter: OrganizationFilter }
> = gql`
  query Organizations($filter: OrganizationFilter) {
    organizations(filter: $filter) {
      ...OrganizationSummaryFields
    }
  }
  ${SUMMARY_FIELDS}
`;

/** Id and name of every organisation, for "parent" and "organisation" selects. */
export const OrganizationOptionsQuery: TypedDocumentNode<{ organizations: OrganizationRef[] }, Record<string, never>> = gql`
  query OrganizationOptions {
    organizations {
      id
      name
    }
  }
`;

export const OrganizationTypesQuery: TypedDocumentNode<{ organizationTypes: string[] }, Record<string, never>> = gql`
  query OrganizationTypes {
    organizationTypes
  }
`;

export const OrganizationQuery: TypedDocumentNode<{ organization: OrganizationDetail | null }, { id: string }> = gql`
  query Organization($id: ID!) {
    organization(id: $id) {
      ...OrganizationDetailFields
    }
  }
  ${DETAIL_FIELDS}
`;

export const CreateOrganizationMutation: TypedDocumentNode<
  { createOrganization: OrganizationDetail },
  { input: CreateOrganizationInput }
> = gql`
  mutation CreateOrganization($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      ...OrganizationDetailFields
    }
  }
  ${DETAIL_FIELDS}
`;

export const UpdateOrganizationMutation: TypedDocumentNode<
  { updateOrganization: OrganizationDetail },
  { id: string; input: UpdateOrganizationInput }
> = gql`
  mutation UpdateOrganization($id: ID!, $input: UpdateOrganizationInput!) {
    updateOrganization(id: $id, input: $input) {
      ...OrganizationDetailFields
    }
  }
  ${DETAIL_FIELDS}
`;
