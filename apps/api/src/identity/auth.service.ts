import {
  OrganizationEntity, OrganizationMembershipEntity, UserEntity, UserTokenEntity, type PlatformRoleValue, type UserTokenPurpose,
} from '@condivisa/db';
import { AppError, ErrorCode, mayOnPlatform, normaliseEmail, passwordProblems } from '@condivisa/domain';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { recordAudit } from '../common/audit';
import { MailService } from '../mail/mail.service';
import { LoginRateLimiter } from './login-rate-limiter';
import { PasswordHasher } from './password-hasher';
import { SessionService } from './session.service';
import { hashToken, newSecretToken } from './tokens';

const INVITATION_TTL_MS = 7 * 24 * 3600_000;
const RESET_TTL_MS = 60 * 60_000;

export interface NewSession {
  user: UserEntity;
  token: string;
  expiresAt: Date;
}

export interface InviteCommand {
  email: string;
  displayName: string;
  organizationId: string;
  position?: string | null;
  platformRole?: PlatformRoleValue;
}

/** Login, invitations and password resets: every multi-step write in one transaction. */
@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly limiter: LoginRateLimiter,
    private readonly mail: MailService,
  ) {}

  async login(rawEmail: string, password: string, ip: string, userAgent: string | null): Promise<NewSession> {
    const email = normaliseEmail(rawEmail);
    await this.limiter.assertAllowed(email, ip);
    const user = await this.db.getRepository(UserEntity).findOneBy({ email });
    const ok = await this.hasher.verify(user?.passwordHash ?? null, password);
    if (!user || !ok || !user.passwordHash || user.disabledAt) {
      await this.limiter.recordFailure(email, ip);
      throw new AppError(ErrorCode.InvalidCredentials, 'E-mail o password non corretti.');
    }
    await this.limiter.recordSuccess(email);
    return this.db.transaction(async (m) => {
      await m.update(UserEntity, { id: user.id }, { lastLoginAt: new Date() });
      const session = await this.sessions.create(m, user.id, userAgent);
      await recordAudit(m, user.id, 'user.login', { type: 'user', id: user.id });
      return { user, ...session };
    });
  }

  /**
   * Invites a person into an organisation. A new address gets an account without password and a
   * link to set it; a pending invitation is renewed (the old link stops working); an active
   * account just gains the membership and an informative e-mail.
   */
  async invite(actor: UserEntity, command: InviteCommand): Promise<{ user: UserEntity; expiresAt: Date | null }> {
    if (!mayOnPlatform(actor, 'user.invite')) throw AppError.forbidden('Solo gli amministratori possono invitare persone.');
    const result = await this.db.transaction(async (m) => {
      const invited = await this.bringIn(m, actor, command);
      await recordAudit(m, actor.id, 'user.invite', { type: 'user', id: invited.user.id }, { organizationId: command.organizationId });
      return invited;
    });
    void this.mail.deliverPending();
    return result;
  }

  /**
   * Finds or creates the person and links them to the organisation, in the caller's transaction.
   * A new address gets an account without password and a link to set it; a pending invitation is
   * renewed (the old link stops working); an active account gets an informative e-mail.
   * `purpose` completes the e-mail ("per partecipare al tavolo …"). The caller sends the mail after commit.
   */
  async bringIn(
    m: EntityManager,
    actor: UserEntity,
    command: InviteCommand,
    purpose?: string,
  ): Promise<{ user: UserEntity; expiresAt: Date | null; isNew: boolean }> {
    const email = normaliseEmail(command.email);
    const organization = await m.findOneBy(OrganizationEntity, { id: command.organizationId });
    if (!organization) throw AppError.badInput('Ente non trovato', [{ field: 'organizationId', message: 'Ente inesistente' }]);
    let user = await m.findOneBy(UserEntity, { email });
    const isNew = !user;
    if (!user) {
      user = m.create(UserEntity, { email, displayName: command.displayName.trim(), platformRole: command.platformRole ?? 'USER', passwordHash: null });
      await m.save(user);
    }
    await m
      .createQueryBuilder()
      .insert()
      .into(OrganizationMembershipEntity)
      .values({ userId: user.id, organizationId: organization.id, position: command.position?.trim() || null })
      .orIgnore()
      .execute();
    const why = purpose ? ` ${purpose}` : '';
    let expiresAt: Date | null = null;
    if (user.passwordHash) {
      await this.mail.enqueue(m, {
        to: email,
        subject: purpose ? `Condivisa: ${purpose}` : `Condivisa: sei stato aggiunto a ${organization.name}`,
        text: `Buongiorno ${user.displayName},\n\nsei stato aggiunto su Condivisa per l'ente "${organization.name}"${why}.\nAccedi da ${this.config.publicUrl}/accedi\n`,
      });
    } else {
      const token = await this.issueToken(m, user.id, 'INVITATION', INVITATION_TTL_MS, actor.id);
      expiresAt = token.expiresAt;
      await this.mail.enqueue(m, {
        to: email,
        subject: 'Invito a Condivisa',
        text:
          `Buongiorno ${user.displayName},\n\nsei stato invitato a partecipare a Condivisa per l'ente "${organization.name}"${why}.\n` +
          `Per attivare l'account e scegliere la password apri questo link entro 7 giorni:\n\n` +
          `${this.config.publicUrl}/invito/${token.token}\n\nSe non ti aspettavi questo invito puoi ignorare il messaggio.\n`,
      });
    }
    return { user, expiresAt, isNew };
  }

  /** Sends the e-mails written by `bringIn` once the caller's transaction has committed. */
  flushMail(): void {
    void this.mail.deliverPending();
  }

  /** Sets the first password from an invitation link and signs the person in. */
  acceptInvitation(token: string, password: string, userAgent: string | null): Promise<NewSession> {
    return this.consumeToken(token, 'INVITATION', password, async (m, user) => {
      const session = await this.sessions.create(m, user.id, userAgent);
      return { user, ...session };
    });
  }

  /** Always succeeds from the caller's point of view, so it does not reveal which addresses exist. */
  async requestPasswordReset(rawEmail: string): Promise<void> {
    const email = normaliseEmail(rawEmail);
    const user = await this.db.getRepository(UserEntity).findOneBy({ email });
    if (!user || user.disabledAt || !user.passwordHash) return;
    await this.db.transaction(async (m) => {
      const { token } = await this.issueToken(m, user.id, 'PASSWORD_RESET', RESET_TTL_MS, null);
      await this.mail.enqueue(m, {
        to: email,
        subject: 'Condivisa: reimpostazione della password',
        text:
          `Buongiorno ${user.displayName},\n\nper scegliere una nuova password apri questo link entro un'ora:\n\n` +
          `${this.config.publicUrl}/reimposta-password/${token}\n\nSe non hai chiesto tu la reimpostazione, ignora questo messaggio: la password resta invariata.\n`,
      });
    });
    void this.mail.deliverPending();
  }

  /** Sets a new password from a reset link and signs out every existing session. */
  async resetPassword(token: string, password: string): Promise<void> {
    await this.consumeToken(token, 'PASSWORD_RESET', password, async (m, user) => {
      await this.sessions.destroyAllFor(m, user.id);
    });
  }

  private async issueToken(m: EntityManager, userId: string, purpose: UserTokenPurpose, ttlMs: number, createdById: string | null) {
    // A new link replaces the previous ones of the same kind.
    await m
      .createQueryBuilder()
      .update(UserTokenEntity)
      .set({ usedAt: () => 'now()' })
      .where('user_id = :userId AND purpose = :purpose AND used_at IS NULL', { userId, purpose })
      .execute();
    const token = newSecretToken();
    const expiresAt = new Date(Date.now() + ttlMs);
    await m.insert(UserTokenEntity, { tokenHash: hashToken(token), userId, purpose, expiresAt, createdById });
    return { token, expiresAt };
  }

  private async consumeToken<T>(
    token: string,
    purpose: UserTokenPurpose,
    password: string,
    then: (m: EntityManager, user: UserEntity) => Promise<T>,
  ): Promise<T> {
    const invalid = new AppError(ErrorCode.InvalidToken, 'Il link non è valido, è già stato usato o è scaduto. Chiedine uno nuovo.');
    if (!token || token.length > 100) throw invalid;
    return this.db.transaction(async (m) => {
      // Lock the row so two clicks on the same link cannot both succeed.
      const row = await m
        .getRepository(UserTokenEntity)
        .createQueryBuilder('t')
        .setLock('pessimistic_write')
        .where('t.token_hash = :hash AND t.purpose = :purpose', { hash: hashToken(token), purpose })
        .getOne();
      if (!row || row.usedAt || row.expiresAt.getTime() <= Date.now()) throw invalid;
      const user = await m.findOneByOrFail(UserEntity, { id: row.userId });
      if (user.disabledAt) throw invalid;
      const problems = passwordProblems(password, user.email);
      if (problems.length > 0) {
        throw new AppError(ErrorCode.WeakPassword, problems.join(' '), problems.map((message) => ({ field: 'password', message })));
      }
      user.passwordHash = await this.hasher.hash(password);
      await m.update(UserEntity, { id: user.id }, { passwordHash: user.passwordHash });
      await m.update(UserTokenEntity, { id: row.id }, { usedAt: new Date() });
      await recordAudit(m, user.id, purpose === 'INVITATION' ? 'user.activate' : 'user.password-reset', { type: 'user', id: user.id });
      return then(m, user);
    });
  }
}
