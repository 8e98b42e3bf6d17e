import { describe, expect, it } from 'vitest';
import { PlatformRole } from '../identity/platform-role';
import { mayOnPlatform, type PlatformAction } from './platform-policy';

const ACTIONS: PlatformAction[] = ['organization.create', 'organization.update', 'user.invite', 'user.list'];

/** The table is the documentation: who may do what on the platform. */
const EXPECTED: Record<'anonymous' | 'user' | 'admin' | 'disabled admin', Record<PlatformAction, boolean>> = {
  anonymous: { 'organization.create': false, 'organization.update': false, 'user.invite': false, 'user.list': false },
  user: { 'organization.create': false, 'organization.update': false, 'user.invite': false, 'user.list': false },
  admin: { 'organization.create': true, 'organization.update': true, 'user.invite': true, 'user.list': true },
  'disabled admin': { 'organization.create': false, 'organization.update': false, 'user.invite': false, 'user.list': false },
};

const ACTORS = {
  anonymous: null,
  user: { platformRole: PlatformRole.USER },
  admin: { platformRole: PlatformRole.ADMIN },
  'disabled admin': { platformRole: PlatformRole.ADMIN, disabled: true },
};

describe('mayOnPlatform', () => {
  for (const [name, actor] of Object.entries(ACTORS)) {
    for (const action of ACTIONS) {
      const expected = EXPECTED[name as keyof typeof EXPECTED][action];
      it(`${name} ${expected ? 'may' : 'may not'} ${action}`, () => {
        expect(mayOnPlatform(actor, action)).toBe(expected);
      });
    }
  }

  it('denies an action it has no rule for', () => {
    expect(mayOnPlatform({ platformRole: PlatformRole.ADMIN }, 'space.delete' as PlatformAction)).toBe(false);
  });
});
