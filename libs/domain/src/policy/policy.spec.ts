import { describe, expect, it } from 'vitest';
import { PlatformRole } from '../identity/platform-role';
import { SpaceRole } from '../spaces/space-role';
import { type Actor, may, SPACE_ACTIONS, type SpaceAction } from './policy';

/**
 * Who may do what in a space. This table IS the documentation of the rules.
 * Columns: anonymous visitor, signed-in non-member, coordinator, member, observer, reviewer, admin (not a member).
 * "Y" = allowed, "." = denied.
 */
const MATRIX: Record<SpaceAction, string> = {
  //                                   anon user C M O R admin
  'space.read':                        '.    Y    Y Y Y Y Y',
  'space.create':                      '.    .    . . . . Y',
  'space.update':                      '.    .    Y . . . Y',
  'space.archive':                     '.    .    Y . . . Y',
  'space.createChild':                 '.    .    Y . . . Y',
  'space.members.read':                '.    .    Y Y Y Y Y',
  'space.members.invite':              '.    .    Y . . . Y',
  'space.members.changeRole':          '.    .    Y . . . Y',
  'space.members.remove':              '.    .    Y . . . Y',
  'space.leave':                       '.    .    Y Y Y Y .',
  'space.activity.read':               '.    .    Y Y Y Y Y',
  'space.audit.read':                  '.    .    Y . . . Y',
  'document.read':                     '.    .    Y Y Y Y Y',
  'document.create':                   '.    .    Y Y . . .',
  'document.edit':                     '.    .    Y Y . . .',
  'document.archive':                  '.    .    Y . . . .',
  'document.comment':                  '.    .    Y Y Y Y .',
  'document.comment.resolve':          '.    .    Y Y . . .',
  'meeting.read':                      '.    .    Y Y Y Y Y',
  'meeting.create':                    '.    .    Y . . . .',
  'meeting.update':                    '.    .    Y . . . .',
  'meeting.rsvp':                      '.    .    Y Y Y Y .',
  'meeting.recordAttendance':          '.    .    Y . . . .',
  'minutes.edit':                      '.    .    Y Y . . .',
  'minutes.publish':                   '.    .    Y . . . .',
  'minutes.readPublished':             '.    .    Y Y Y Y Y',
  'actionItem.updateStatus':           '.    .    Y Y . . .',
  'objective.monitor':                 '.    .    Y . . . Y',
  'modelVersion.read':                 '.    .    Y Y Y Y Y',
  'modelVersion.consolidate':          '.    .    Y . . . .',
  'modelVersion.submitForReview':      '.    .    Y . . . .',
  'modelVersion.review':               '.    .    . . . Y .',
  'instrument.read':                   'Y    Y    Y Y Y Y Y',
  'instrument.edit':                   '.    .    . . . . Y',
  'instrument.recordExperience':       '.    .    Y Y . . Y',
  'instrument.comment':                '.    Y    Y Y Y Y Y',
};

const ACTORS: [string, Actor][] = [
  ['anonymous', { platformRole: null, spaceRole: null }],
  ['signed-in non-member', { platformRole: PlatformRole.USER, spaceRole: null }],
  ['coordinator', { platformRole: PlatformRole.USER, spaceRole: SpaceRole.COORDINATOR }],
  ['member', { platformRole: PlatformRole.USER, spaceRole: SpaceRole.MEMBER }],
  ['observer', { platformRole: PlatformRole.USER, spaceRole: SpaceRole.OBSERVER }],
  ['reviewer', { platformRole: PlatformRole.USER, spaceRole: SpaceRole.REVIEWER }],
  ['admin', { platformRole: PlatformRole.ADMIN, spaceRole: null }],
];

describe('policy: every role × every action', () => {
  it('the matrix lists every action exactly once', () => {
    expect(Object.keys(MATRIX).sort()).toEqual([...SPACE_ACTIONS].sort());
  });

  for (const action of SPACE_ACTIONS) {
    const cells = MATRIX[action].split(/\s+/);
    ACTORS.forEach(([name, actor], i) => {
      const expected = cells[i] === 'Y';
      it(`${name} ${expected ? 'may' : 'may not'} ${action}`, () => {
        expect(may(actor, action)).toBe(expected);
      });
    });
  }
});

describe('policy: resource state', () => {
  const coordinator: Actor = { platformRole: PlatformRole.USER, spaceRole: SpaceRole.COORDINATOR };
  const admin: Actor = { platformRole: PlatformRole.ADMIN, spaceRole: null };
  const anonymous: Actor = { platformRole: null, spaceRole: null };

  it('an archived space is read-only for everybody, admins included', () => {
    for (const action of SPACE_ACTIONS) {
      if (['space.update', 'space.members.invite', 'document.edit', 'minutes.publish'].includes(action)) {
        expect(may(coordinator, action, { archived: true })).toBe(false);
        expect(may(admin, action, { archived: true })).toBe(false);
      }
    }
    expect(may(coordinator, 'document.read', { archived: true })).toBe(true);
  });

  it("anonymous visitors read a public space's published content, nothing else", () => {
    expect(may(anonymous, 'minutes.readPublished', { publicSpace: true })).toBe(true);
    expect(may(anonymous, 'modelVersion.read', { publicSpace: true })).toBe(true);
    expect(may(anonymous, 'space.read', { publicSpace: true })).toBe(true);
    expect(may(anonymous, 'document.read', { publicSpace: true })).toBe(false);
    expect(may(anonymous, 'space.members.read', { publicSpace: true })).toBe(false);
    expect(may(anonymous, 'minutes.readPublished', { publicSpace: false })).toBe(false);
  });

  it('coordinators of the tavolo that curates the instrument map may edit instruments', () => {
    expect(may(coordinator, 'instrument.edit', { curatesInstruments: true })).toBe(true);
    expect(may({ platformRole: PlatformRole.USER, spaceRole: SpaceRole.MEMBER }, 'instrument.edit', { curatesInstruments: true })).toBe(false);
  });

  it('whoever opened a comment thread may resolve it, as long as they are still a member', () => {
    const observer: Actor = { platformRole: PlatformRole.USER, spaceRole: SpaceRole.OBSERVER };
    const former: Actor = { platformRole: PlatformRole.USER, spaceRole: null };
    expect(may(observer, 'document.comment.resolve', { authoredByActor: true })).toBe(true);
    expect(may(observer, 'document.comment.resolve', { authoredByActor: false })).toBe(false);
    expect(may(former, 'document.comment.resolve', { authoredByActor: true })).toBe(false);
    expect(may(observer, 'document.comment', { archived: true })).toBe(false);
  });

  it('coordinating any other space gives no right to edit instruments; admins edit whatever the space', () => {
    expect(may(coordinator, 'instrument.edit', { curatesInstruments: false })).toBe(false);
    expect(may(coordinator, 'instrument.edit')).toBe(false);
    expect(may(admin, 'instrument.edit', { curatesInstruments: false })).toBe(true);
    expect(may(anonymous, 'instrument.edit', { curatesInstruments: true })).toBe(false);
  });

  it('anyone reads the instrument map; only signed-in people comment on it', () => {
    expect(may(anonymous, 'instrument.read')).toBe(true);
    expect(may(anonymous, 'instrument.comment')).toBe(false);
    expect(may({ platformRole: PlatformRole.USER, spaceRole: null }, 'instrument.comment')).toBe(true);
  });

  it('denies an action it has no rule for', () => {
    expect(may(admin, 'space.delete' as SpaceAction)).toBe(false);
  });
});
