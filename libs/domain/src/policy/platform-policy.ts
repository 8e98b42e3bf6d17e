import { PlatformRole } from '../identity/platform-role';

/** Actions that concern the platform as a whole rather than one space. */
export type PlatformAction =
  | 'organization.create'
  | 'organization.update'
  | 'user.invite'
  | 'user.list';

/** Who is asking: null for an anonymous visitor. */
export interface PlatformActor {
  platformRole: PlatformRole | `${PlatformRole}`;
  disabled?: boolean;
}

const RULES: Record<PlatformAction, readonly PlatformRole[]> = {
  'organization.create': [PlatformRole.ADMIN],
  'organization.update': [PlatformRole.ADMIN],
  'user.invite': [PlatformRole.ADMIN],
  'user.list': [PlatformRole.ADMIN],
};

/**
 * Whether an actor may perform a platform-level action. Deny by default: anonymous visitors,
 * disabled accounts and actions without a rule are refused. Space-level rules join this module
 * with the spaces issue.
 */
export function mayOnPlatform(actor: PlatformActor | null, action: PlatformAction): boolean {
  if (!actor || actor.disabled) return false;
  const allowed = RULES[action] as readonly string[] | undefined;
  return allowed?.includes(actor.platformRole) ?? false;
}
