import { PlatformRole } from '../identity/platform-role';
import { SpaceRole } from '../spaces/space-role';

/**
 * Everything a person can try to do on a resource that lives in a space. The platform-level
 * actions (organisations, invitations to the platform) are in platform-policy.ts.
 */
export const SPACE_ACTIONS = [
  'space.read',
  'space.create',
  'space.update',
  'space.archive',
  'space.createChild',
  'space.members.read',
  'space.members.invite',
  'space.members.changeRole',
  'space.members.remove',
  'space.leave',
  'space.activity.read',
  'space.audit.read',
  'document.read',
  'document.create',
  'document.edit',
  'document.archive',
  'document.comment',
  'document.comment.resolve',
  'meeting.read',
  'meeting.create',
  'meeting.update',
  'meeting.rsvp',
  'meeting.recordAttendance',
  'minutes.edit',
  'minutes.publish',
  'minutes.readPublished',
  'actionItem.updateStatus',
  'objective.monitor',
  'modelVersion.read',
  'modelVersion.consolidate',
  'modelVersion.submitForReview',
  'modelVersion.review',
  'instrument.read',
  'instrument.edit',
  'instrument.recordExperience',
  'instrument.comment',
] as const;

export type SpaceAction = (typeof SPACE_ACTIONS)[number];

/** Who is asking, as seen from one space: platform role and role in that space (null if not a member). */
export interface Actor {
  platformRole: PlatformRole | `${PlatformRole}` | null;
  spaceRole: SpaceRole | `${SpaceRole}` | null;
}

/** What the policy needs to know about the resource besides its space. */
export interface ResourceState {
  /** The space (or the resource) is archived: read-only for everybody. */
  archived?: boolean;
  /** The space publishes its content publicly. */
  publicSpace?: boolean;
  /** The space is the tavolo di sviluppo del welfare locale, whose coordinators curate the instrument map. */
  curatesInstruments?: boolean;
  /** The actor wrote the resource (e.g. opened the comment thread). */
  authoredByActor?: boolean;
}

type Who = 'anyone' | 'signedIn' | SpaceRole | 'admin' | 'author';
const { COORDINATOR: C, MEMBER: M, OBSERVER: O, REVIEWER: R } = SpaceRole;
const MEMBERS: Who[] = [C, M, O, R];
const WRITERS: Who[] = [C, M];

/** The rules. A write on an archived resource is refused whatever this table says. */
const RULES: Record<SpaceAction, { who: Who[]; write: boolean }> = {
  'space.read': { who: ['signedIn'], write: false },
  'space.create': { who: ['admin'], write: true },
  'space.update': { who: [C, 'admin'], write: true },
  'space.archive': { who: [C, 'admin'], write: true },
  'space.createChild': { who: [C, 'admin'], write: true },
  'space.members.read': { who: [...MEMBERS, 'admin'], write: false },
  'space.members.invite': { who: [C, 'admin'], write: true },
  'space.members.changeRole': { who: [C, 'admin'], write: true },
  'space.members.remove': { who: [C, 'admin'], write: true },
  'space.leave': { who: MEMBERS, write: false },
  'space.activity.read': { who: [...MEMBERS, 'admin'], write: false },
  'space.audit.read': { who: [C, 'admin'], write: false },
  'document.read': { who: [...MEMBERS, 'admin'], write: false },
  'document.create': { who: WRITERS, write: true },
  'document.edit': { who: WRITERS, write: true },
  'document.archive': { who: [C], write: true },
  // Observers and reviewers (the Collegio) take part by commenting: they cannot change the text,
  // but a remark on a passage is exactly their contribution. Closing a thread is for the writers
  // and for whoever opened it.
  'document.comment': { who: MEMBERS, write: true },
  'document.comment.resolve': { who: [...WRITERS, 'author'], write: true },
  'meeting.read': { who: [...MEMBERS, 'admin'], write: false },
  'meeting.create': { who: [C], write: true },
  'meeting.update': { who: [C], write: true },
  'meeting.rsvp': { who: MEMBERS, write: true },
  'meeting.recordAttendance': { who: [C], write: true },
  'minutes.edit': { who: WRITERS, write: true },
  'minutes.publish': { who: [C], write: true },
  'minutes.readPublished': { who: [...MEMBERS, 'admin'], write: false },
  // Action items outlive the minutes: whoever works in the space reports progress.
  'actionItem.updateStatus': { who: WRITERS, write: true },
  // For an objective, "coordinator" means coordinating one of the spaces that serve it.
  'objective.monitor': { who: [C, 'admin'], write: true },
  'modelVersion.read': { who: [...MEMBERS, 'admin'], write: false },
  'modelVersion.consolidate': { who: [C], write: true },
  'modelVersion.submitForReview': { who: [C], write: true },
  'modelVersion.review': { who: [R], write: true },
  'instrument.read': { who: ['anyone'], write: false },
  'instrument.edit': { who: ['admin'], write: true },
  'instrument.recordExperience': { who: [...WRITERS, 'admin'], write: true },
  'instrument.comment': { who: ['signedIn'], write: true },
};

/** Actions that anyone may do on a public space's published content, without signing in. */
const PUBLIC_READS: ReadonlySet<SpaceAction> = new Set(['space.read', 'minutes.readPublished', 'modelVersion.read']);

/**
 * Whether `actor` may perform `action` on a resource of a space. Pure and deny-by-default:
 * no rule, no role, or a write on something archived means no. Resolvers and the collaboration
 * gateway both ask this one function.
 */
export function may(actor: Actor, action: SpaceAction, resource: ResourceState = {}): boolean {
  const rule = RULES[action] as (typeof RULES)[SpaceAction] | undefined;
  if (!rule) return false;
  if (rule.write && resource.archived) return false;
  const { who } = rule;
  if (who.includes('anyone')) return true;
  if (resource.publicSpace && PUBLIC_READS.has(action)) return true;
  if (actor.platformRole === null) return false;
  if (who.includes('signedIn')) return true;
  if (who.includes('admin') && actor.platformRole === PlatformRole.ADMIN) return true;
  if (action === 'instrument.edit' && resource.curatesInstruments && actor.spaceRole === SpaceRole.COORDINATOR) return true;
  if (actor.spaceRole === null) return false;
  if (who.includes('author') && resource.authoredByActor) return true;
  return who.includes(actor.spaceRole as SpaceRole);
}

/** The actions an actor may perform, for the UI (buttons shown only when they would work). */
export function allowedActions(actor: Actor, resource: ResourceState = {}): SpaceAction[] {
  return SPACE_ACTIONS.filter((a) => may(actor, a, resource));
}
