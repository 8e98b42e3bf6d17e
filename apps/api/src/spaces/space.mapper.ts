import type { ReviewRuleKind } from '../models/model.model';
import type { SpaceEntity, SpaceMemberEntity } from '@condivisa/db';
import { toUser } from '../identity/user.mapper';
import { toOrganization } from '../organizations/organization.mapper';
import type { SpaceMember } from './space-member.model';
import type { Space } from './space.model';
import type { SpaceKind, SpaceRole, SpaceScope, SpaceVisibility } from './space-enums';

export function toSpace(e: SpaceEntity): Space {
  return {
    id: e.id,
    kind: e.kind as SpaceKind,
    name: e.name,
    description: e.description,
    scope: e.scope as SpaceScope,
    visibility: e.visibility as SpaceVisibility,
    reviewRule: e.reviewRule as ReviewRuleKind,
    archived: e.archivedAt !== null,
    ambitoId: e.ambitoId,
    parentId: e.parentId,
  };
}

export function toSpaceMember(e: SpaceMemberEntity): SpaceMember {
  return {
    id: e.id,
    user: toUser(e.user),
    organization: e.organization ? toOrganization(e.organization) : null,
    role: e.role as SpaceRole,
    joinedAt: e.joinedAt,
    spaceId: e.spaceId,
  };
}
