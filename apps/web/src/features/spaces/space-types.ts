import type { ObjectiveRef } from '../objectives/objective-types';
import type { Sector } from '../organizations/organization-types';

export type SpaceKind = 'TAVOLO' | 'GRUPPO_DI_LAVORO' | 'CABINA_DI_REGIA' | 'COORDINAMENTO' | 'LABORATORIO' | 'ORGANISMO';
export type SpaceScope = 'PROVINCIALE' | 'ASST' | 'DISTRETTO' | 'AMBITO';
export type SpaceVisibility = 'MEMBERS' | 'PUBLIC';
export type SpaceRole = 'COORDINATOR' | 'MEMBER' | 'OBSERVER' | 'REVIEWER';

export const SPACE_KINDS: readonly SpaceKind[] = [
  'TAVOLO',
  'GRUPPO_DI_LAVORO',
  'CABINA_DI_REGIA',
  'COORDINAMENTO',
  'LABORATORIO',
  'ORGANISMO',
];
export const SPACE_SCOPES: readonly SpaceScope[] = ['PROVINCIALE', 'ASST', 'DISTRETTO', 'AMBITO'];
export const SPACE_VISIBILITIES: readonly SpaceVisibility[] = ['MEMBERS', 'PUBLIC'];
export const SPACE_ROLES: readonly SpaceRole[] = ['COORDINATOR', 'MEMBER', 'OBSERVER', 'REVIEWER'];

export function isSpaceKind(value: string | null | undefined): value is SpaceKind {
  return SPACE_KINDS.includes(value as SpaceKind);
}

export function isSpaceScope(value: string | null | undefined): value is SpaceScope {
  return SPACE_SCOPES.includes(value as SpaceScope);
}

export function isSpaceVisibility(value: string | null | undefined): value is SpaceVisibility {
  return SPACE_VISIBILITIES.includes(value as SpaceVisibility);
}

export function isSpaceRole(value: string | null | undefined): value is SpaceRole {
  return SPACE_ROLES.includes(value as SpaceRole);
}

export interface NamedRef {
  id: string;
  name: string;
}

export interface SpacePermissions {
  canUpdate: boolean;
  canArchive: boolean;
  canCreateChild: boolean;
  canReadMembers: boolean;
  canInvite: boolean;
  canManageMembers: boolean;
  canLeave: boolean;
  canReadActivity: boolean;
  canReadAudit: boolean;
  /** Coordinators and members (and never once the space is archived). */
  canCreateDocument: boolean;
}

/** A row of the directory and a card of "I miei tavoli". */
export interface SpaceSummary {
  id: string;
  kind: SpaceKind;
  name: string;
  scope: SpaceScope;
  ambito: NamedRef | null;
  archived: boolean;
  parent: NamedRef | null;
  memberCount: number;
  myRole: SpaceRole | null;
  unreadCount: number;
}

export interface SpaceChild {
  id: string;
  kind: SpaceKind;
  name: string;
  archived: boolean;
  memberCount: number;
}

export interface SpaceParent extends NamedRef {
  kind: SpaceKind;
  /** The grandparent, for the breadcrumb. */
  parent: NamedRef | null;
}

export interface SpaceOrganization extends NamedRef {
  sector: Sector;
}

export interface SpaceDetail {
  id: string;
  kind: SpaceKind;
  name: string;
  description: string | null;
  scope: SpaceScope;
  ambito: NamedRef | null;
  visibility: SpaceVisibility;
  archived: boolean;
  parent: SpaceParent | null;
  children: SpaceChild[];
  objectives: ObjectiveRef[];
  memberOrganizations: SpaceOrganization[];
  memberCount: number;
  myRole: SpaceRole | null;
  permissions: SpacePermissions;
  unreadCount: number;
}

export interface PersonRef {
  id: string;
  displayName: string;
}

export interface SpaceMember {
  id: string;
  user: PersonRef;
  organization: NamedRef | null;
  role: SpaceRole;
  joinedAt: string;
}

export interface ActivityEvent {
  id: string;
  spaceId: string;
  action: string;
  /** An Italian sentence ready to show. */
  summary: string;
  actor: PersonRef | null;
  at: string;
}

export interface AuditEntry {
  id: string;
  action: string;
  actor: PersonRef | null;
  at: string;
  entityType: string;
  entityId: string;
  /** JSON text. */
  details: string;
}

/** A person the invite picker found. */
export interface PersonOption extends PersonRef {
  email: string;
  memberships: { organization: NamedRef }[];
}

export interface SpaceFilter {
  kind?: SpaceKind;
  objectiveId?: string;
  mine?: boolean;
  search?: string;
  includeArchived?: boolean;
}

export interface CreateSpaceInput {
  kind: SpaceKind;
  name: string;
  description?: string | null;
  scope: SpaceScope;
  ambitoId?: string | null;
  parentId?: string | null;
  visibility?: SpaceVisibility;
  objectiveIds?: string[];
}

/** Only the fields given change; `description: null` clears it. */
export interface UpdateSpaceInput {
  name?: string;
  description?: string | null;
  visibility?: SpaceVisibility;
  objectiveIds?: string[];
}

export interface InviteToSpaceInput {
  spaceId: string;
  userId?: string;
  email?: string;
  displayName?: string;
  organizationId: string;
  role: SpaceRole;
}
