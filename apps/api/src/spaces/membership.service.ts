import { SpaceEntity, SpaceMemberEntity, UserEntity, type SpaceRoleValue } from '@condivisa/db';
import { AppError, ErrorCode, searchPatterns, SpaceKind, SpaceRole } from '@condivisa/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuthService } from '../identity/auth.service';
import { NotificationsService } from '../notifications/notifications.service';
import type { ActivityEvent } from './activity-event.model';
import { ActivityService } from './activity.service';
import type { InviteToSpaceInput } from './invite-to-space.input';
import { assertMay } from './space-access';
import type { SpaceLoaders } from './space-loaders';

const IN_KIND: Record<SpaceKind, string> = {
  [SpaceKind.TAVOLO]: 'nel tavolo',
  [SpaceKind.GRUPPO_DI_LAVORO]: 'nel gruppo di lavoro',
  [SpaceKind.CABINA_DI_REGIA]: 'nella cabina di regia',
  [SpaceKind.COORDINAMENTO]: 'nel coordinamento',
  [SpaceKind.LABORATORIO]: 'nel laboratorio',
  [SpaceKind.ORGANISMO]: "nell'organismo",
};

const ROLE_LABEL: Record<SpaceRoleValue, string> = { COORDINATOR: 'coordinatore', MEMBER: 'membro', OBSERVER: 'osservatore', REVIEWER: 'revisore' };

/** Who belongs to a space and with which role. The last coordinator always stays. */
@Injectable()
export class MembershipService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly activity: ActivityService,
    private readonly notifications: NotificationsService,
    private readonly auth: AuthService,
  ) {}

  /** Idempotent: inviting someone who is already a member returns the existing membership unchanged. */
  async invite(viewer: UserEntity, input: InviteToSpaceInput, loaders: SpaceLoaders): Promise<SpaceMemberEntity> {
    const space = await this.requireSpace(input.spaceId, loaders);
    await assertMay(viewer, 'space.members.invite', space, loaders, 'Solo chi coordina lo spazio può invitare persone.');
    if (!input.userId && !(input.email && input.displayName)) {
      throw AppError.badInput('Indica una persona già registrata oppure e-mail e nome di una nuova persona', [
        { field: 'userId', message: 'Scegli una persona o inserisci e-mail e nome' },
      ]);
    }
    const events: ActivityEvent[] = [];
    const place = `${IN_KIND[space.kind as SpaceKind]} «${space.name}»`;
    const member = await this.db.transaction(async (m) => {
      let person: UserEntity;
      if (input.userId) {
        const found = await m.findOneBy(UserEntity, { id: input.userId });
        if (!found || found.disabledAt) throw AppError.badInput('Persona non trovata', [{ field: 'userId', message: 'Persona inesistente' }]);
        person = found;
      } else {
        person = (await this.auth.bringIn(m, viewer, { email: input.email!, displayName: input.displayName!, organizationId: input.organizationId }, `per partecipare ${place}`)).user;
      }
      const existing = await m.findOne(SpaceMemberEntity, { where: { spaceId: space.id, userId: person.id }, relations: { user: true, organization: true } });
      if (existing) return existing;
      const inserted = await m
        .createQueryBuilder()
        .insert()
        .into(SpaceMemberEntity)
        .values({ spaceId: space.id, userId: person.id, organizationId: input.organizationId, role: input.role, invitedById: viewer.id })
        .orIgnore()
        .returning('id')
        .execute();
      const row = await m.findOneOrFail(SpaceMemberEntity, { where: { spaceId: space.id, userId: person.id }, relations: { user: true, organization: true } });
      if (inserted.identifiers.length === 0) return row; // a concurrent invite won the race
      events.push(await this.activity.record(m, space.id, viewer, 'member.joined', { type: 'space_member', id: row.id }, {
        targetName: person.displayName, targetId: person.id, role: input.role,
      }));
      await this.notifications.notify(m, {
        userId: person.id,
        spaceId: space.id,
        title: `Sei stato invitato ${place}`,
        body: `${viewer.displayName} ti ha aggiunto come ${ROLE_LABEL[input.role as SpaceRoleValue]}.`,
        link: `/spazi/${space.id}`,
      });
      return row;
    });
    this.auth.flushMail();
    await this.activity.publish(events);
    return member;
  }

  async changeRole(viewer: UserEntity, memberId: string, role: SpaceRole, loaders: SpaceLoaders): Promise<SpaceMemberEntity> {
    const member = await this.requireMember(memberId);
    const space = await this.requireSpace(member.spaceId, loaders);
    await assertMay(viewer, 'space.members.changeRole', space, loaders, 'Solo chi coordina lo spazio può cambiare i ruoli.');
    if (member.role === role) return member;
    const events: ActivityEvent[] = [];
    const updated = await this.db.transaction(async (m) => {
      await this.lockSpace(m, space.id);
      const current = await m.findOneOrFail(SpaceMemberEntity, { where: { id: memberId }, relations: { user: true, organization: true } });
      if (current.role === 'COORDINATOR' && role !== SpaceRole.COORDINATOR) await this.assertNotLastCoordinator(m, space.id);
      const from = current.role;
      current.role = role;
      await m.update(SpaceMemberEntity, { id: memberId }, { role });
      events.push(await this.activity.record(m, space.id, viewer, 'member.roleChanged', { type: 'space_member', id: memberId }, {
        targetName: current.user.displayName, targetId: current.userId, from, to: role,
      }));
      await this.notifications.notify(m, {
        userId: current.userId,
        spaceId: space.id,
        title: `Il tuo ruolo ${IN_KIND[space.kind as SpaceKind]} «${space.name}» è ora ${ROLE_LABEL[role]}`,
        link: `/spazi/${space.id}`,
      });
      return current;
    });
    await this.activity.publish(events);
    return updated;
  }

  async remove(viewer: UserEntity, memberId: string, loaders: SpaceLoaders): Promise<void> {
    const member = await this.requireMember(memberId);
    const space = await this.requireSpace(member.spaceId, loaders);
    await assertMay(viewer, 'space.members.remove', space, loaders, 'Solo chi coordina lo spazio può rimuovere persone.');
    await this.delete(viewer, member, space, 'member.removed');
  }

  async leave(viewer: UserEntity, spaceId: string, loaders: SpaceLoaders): Promise<void> {
    const space = await this.requireSpace(spaceId, loaders);
    await assertMay(viewer, 'space.leave', space, loaders, 'Non sei membro di questo spazio.');
    const member = await this.db.getRepository(SpaceMemberEntity).findOneOrFail({ where: { spaceId, userId: viewer.id }, relations: { user: true } });
    await this.delete(viewer, member, space, 'member.left');
  }

  /** People a coordinator can invite: by name or e-mail, at most 20. */
  async searchUsers(viewer: UserEntity, search: string): Promise<UserEntity[]> {
    const coordinates = viewer.platformRole === 'ADMIN' || (await this.db.getRepository(SpaceMemberEntity).existsBy({ userId: viewer.id, role: 'COORDINATOR' }));
    if (!coordinates) throw AppError.forbidden('Solo chi coordina uno spazio può cercare persone da invitare.');
    const patterns = searchPatterns(search, 5);
    if (patterns.length === 0) return [];
    const q = this.db.getRepository(UserEntity).createQueryBuilder('u').where('u.disabled_at IS NULL').orderBy('u.display_name', 'ASC').take(20);
    patterns.forEach((pattern, i) => {
      // unaccent is not available everywhere: fold the common Italian accents in SQL instead.
      q.andWhere(`(translate(lower(u.display_name), 'àáèéìíòóùú', 'aaeeiioouu') LIKE :w${i} OR u.email LIKE :w${i})`, { [`w${i}`]: pattern });
    });
    return q.getMany();
  }

  private async delete(viewer: UserEntity, member: SpaceMemberEntity, space: SpaceEntity, action: 'member.removed' | 'member.left'): Promise<void> {
    const events: ActivityEvent[] = [];
    await this.db.transaction(async (m) => {
      await this.lockSpace(m, space.id);
      const current = await m.findOne(SpaceMemberEntity, { where: { id: member.id }, relations: { user: true } });
      if (!current) return; // already gone
      if (current.role === 'COORDINATOR') await this.assertNotLastCoordinator(m, space.id);
      await m.delete(SpaceMemberEntity, { id: member.id });
      events.push(await this.activity.record(m, space.id, viewer, action, { type: 'space_member', id: member.id }, {
        targetName: current.user.displayName, targetId: current.userId,
      }));
      if (action === 'member.removed') {
        await this.notifications.notify(m, {
          userId: current.userId,
          spaceId: null,
          title: `Non fai più parte ${IN_KIND[space.kind as SpaceKind].replace(/^nel/, 'del').replace(/^nella/, 'della').replace(/^nell'/, "dell'")} «${space.name}»`,
          body: `${viewer.displayName} ti ha rimosso dallo spazio.`,
        });
      }
    });
    await this.activity.publish(events);
  }

  /** Serialises membership changes of one space so two removals cannot both pass the last-coordinator check. */
  private async lockSpace(m: EntityManager, spaceId: string): Promise<void> {
    await m.query('SELECT id FROM space WHERE id = $1 FOR UPDATE', [spaceId]);
  }

  private async assertNotLastCoordinator(m: EntityManager, spaceId: string): Promise<void> {
    const coordinators = await m.countBy(SpaceMemberEntity, { spaceId, role: 'COORDINATOR' });
    if (coordinators <= 1) {
      throw new AppError(ErrorCode.Conflict, "Lo spazio deve avere almeno un coordinatore: nomina prima un altro coordinatore.");
    }
  }

  private async requireSpace(id: string, loaders: SpaceLoaders): Promise<SpaceEntity> {
    const space = await loaders.space.load(id);
    if (!space) throw AppError.notFound('Spazio');
    return space;
  }

  private async requireMember(id: string): Promise<SpaceMemberEntity> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw AppError.notFound('Membro');
    const member = await this.db.getRepository(SpaceMemberEntity).findOne({ where: { id }, relations: { user: true, organization: true } });
    if (!member) throw AppError.notFound('Membro');
    return member;
  }
}
