import { gql, type TypedDocumentNode } from '@urql/core';
import type {
  ActivityEvent,
  AuditEntry,
  CreateSpaceInput,
  InviteToSpaceInput,
  PersonOption,
  SpaceDetail,
  SpaceFilter,
  SpaceMember,
  SpaceRole,
  SpaceSummary,
  UpdateSpaceInput,
} from './space-types';

const SUMMARY_FIELDS = gql`
  fragment SpaceSummaryFields on Space {
    id
    kind
    name
    scope
    ambito {
      id
      name
    }
    archived
    parent {
      id
      name
    }
    memberCount
    myRole
    unreadCount
  }
`;

const DETAIL_FIELDS = gql`
  fragment SpaceDetailFields on Space {
    id
    kind
    name
    description
    scope
    ambito {
      id
      name
    }
    visibility
    archived
    parent {
      id
      name
      kind
      parent {
        id
        name
      }
    }
    children {
      id
      kind
      name
      archived
      memberCount
    }
    objectives {
      id
      track
      number
      title
    }
    memberOrganizations {
      id
      name
      sector
    }
    memberCount
    myRole
    permissions {
      canUpdate
      canArchive
      canCreateChild
      canReadMembers
      canInvite
      canManageMembers
      canLeave
      canReadActivity
      canReadAudit
      canCreateDocument
    }
    unreadCount
  }
`;

const MEMBER_FIELDS = gql`
  fragment SpaceMemberFields on SpaceMember {
    id
    user {
      id
      displayName
    }
    organization {
      id
      name
    }
    role
    joinedAt
  }
`;

const ACTIVITY_FIELDS = gql`
  fragment ActivityEventFields on ActivityEvent {
    id
    spaceId
    action
    summary
    actor {
      id
      displayName
    }
    at
  }
`;

export const SpacesQuery: TypedDocumentNode<{ spaces: SpaceSummary[] }, { filter: SpaceFilter }> = gql`
  query Spaces($filter: SpaceFilter) {
    spaces(filter: $filter) {
      ...SpaceSummaryFields
    }
  }
  ${SUMMARY_FIELDS}
`;

export const SpaceQuery: TypedDocumentNode<{ space: SpaceDetail | null }, { id: string }> = gql`
  query Space($id: ID!) {
    space(id: $id) {
      ...SpaceDetailFields
    }
  }
  ${DETAIL_FIELDS}
`;

/** Only sent when permissions.canReadMembers: otherwise the API answers FORBIDDEN. */
export const SpaceMembersQuery: TypedDocumentNode<
  { space: { id: string; members: SpaceMember[] } | null },
  { id: string }
> = gql`
  query SpaceMembers($id: ID!) {
    space(id: $id) {
      id
      members {
        ...SpaceMemberFields
      }
    }
  }
  ${MEMBER_FIELDS}
`;

/** Newest first; only sent when permissions.canReadActivity. */
export const SpaceActivityQuery: TypedDocumentNode<
  { space: { id: string; activity: ActivityEvent[] } | null },
  { id: string; limit: number }
> = gql`
  query SpaceActivity($id: ID!, $limit: Int) {
    space(id: $id) {
      id
      activity(limit: $limit) {
        ...ActivityEventFields
      }
    }
  }
  ${ACTIVITY_FIELDS}
`;

/** Only sent when permissions.canReadAudit. */
export const SpaceAuditTrailQuery: TypedDocumentNode<
  { space: { id: string; auditTrail: AuditEntry[] } | null },
  { id: string; limit: number }
> = gql`
  query SpaceAuditTrail($id: ID!, $limit: Int) {
    space(id: $id) {
      id
      auditTrail(limit: $limit) {
        id
        action
        actor {
          id
          displayName
        }
        at
        entityType
        entityId
        details
      }
    }
  }
`;

/** New activity in one space, pushed over graphql-ws. */
export const SpaceActivitySubscription: TypedDocumentNode<{ spaceActivity: ActivityEvent }, { spaceId: string }> = gql`
  subscription OnSpaceActivity($spaceId: ID!) {
    spaceActivity(spaceId: $spaceId) {
      ...ActivityEventFields
    }
  }
  ${ACTIVITY_FIELDS}
`;

/** The invite picker: people matching a name or e-mail (coordinators and administrators only). */
export const PeopleSearchQuery: TypedDocumentNode<{ users: PersonOption[] }, { search: string }> = gql`
  query PeopleSearch($search: String!) {
    users(search: $search) {
      id
      displayName
      email
      memberships {
        organization {
          id
          name
        }
      }
    }
  }
`;

export const CreateSpaceMutation: TypedDocumentNode<{ createSpace: SpaceDetail }, { input: CreateSpaceInput }> = gql`
  mutation CreateSpace($input: CreateSpaceInput!) {
    createSpace(input: $input) {
      ...SpaceDetailFields
    }
  }
  ${DETAIL_FIELDS}
`;

/** Coordinators and administrators (permissions.canUpdate); FORBIDDEN once the space is archived. */
export const UpdateSpaceMutation: TypedDocumentNode<{ updateSpace: SpaceDetail }, { id: string; input: UpdateSpaceInput }> = gql`
  mutation UpdateSpace($id: ID!, $input: UpdateSpaceInput!) {
    updateSpace(id: $id, input: $input) {
      ...SpaceDetailFields
    }
  }
  ${DETAIL_FIELDS}
`;

/** Coordinators and administrators (permissions.canArchive): the space becomes read-only for everybody. */
export const ArchiveSpaceMutation: TypedDocumentNode<{ archiveSpace: SpaceDetail }, { id: string }> = gql`
  mutation ArchiveSpace($id: ID!) {
    archiveSpace(id: $id) {
      ...SpaceDetailFields
    }
  }
  ${DETAIL_FIELDS}
`;

export const InviteToSpaceMutation: TypedDocumentNode<{ inviteToSpace: SpaceMember }, { input: InviteToSpaceInput }> = gql`
  mutation InviteToSpace($input: InviteToSpaceInput!) {
    inviteToSpace(input: $input) {
      ...SpaceMemberFields
    }
  }
  ${MEMBER_FIELDS}
`;

export const ChangeMemberRoleMutation: TypedDocumentNode<
  { changeMemberRole: SpaceMember },
  { memberId: string; role: SpaceRole }
> = gql`
  mutation ChangeMemberRole($memberId: ID!, $role: SpaceRole!) {
    changeMemberRole(memberId: $memberId, role: $role) {
      ...SpaceMemberFields
    }
  }
  ${MEMBER_FIELDS}
`;

export const RemoveMemberMutation: TypedDocumentNode<{ removeMember: boolean }, { memberId: string }> = gql`
  mutation RemoveMember($memberId: ID!) {
    removeMember(memberId: $memberId)
  }
`;

export const LeaveSpaceMutation: TypedDocumentNode<{ leaveSpace: boolean }, { spaceId: string }> = gql`
  mutation LeaveSpace($spaceId: ID!) {
    leaveSpace(spaceId: $spaceId)
  }
`;
