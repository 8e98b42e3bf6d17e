export type PlatformRole = 'ADMIN' | 'USER';

export interface MembershipOrganization {
  id: string;
  name: string;
}

export interface Membership {
  organization: MembershipOrganization;
  position: string | null;
}

export interface CurrentUser {
  id: string;
  email: string;
  displayName: string;
  platformRole: PlatformRole;
  memberships: Membership[];
}

export interface Invitation {
  email: string;
  expiresAt: string;
  user: { id: string; displayName: string };
}

export interface InviteUserInput {
  email: string;
  displayName: string;
  organizationId: string;
  position?: string | null;
  platformRole?: PlatformRole;
}
