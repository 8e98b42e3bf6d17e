import { SessionEntity, UserEntity } from '@condivisa/db';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { serialize } from 'cookie';
import { DataSource, type EntityManager, LessThan } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { hashToken, newSecretToken } from './tokens';

export const SESSION_COOKIE = 'condivisa_session';

/** Server-side sessions behind an httpOnly, SameSite=Lax cookie holding a random token. */
@Injectable()
export class SessionService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(manager: EntityManager, userId: string, userAgent: string | null): Promise<{ token: string; expiresAt: Date }> {
    const token = newSecretToken();
    const expiresAt = new Date(Date.now() + this.config.sessionTtlHours * 3600_000);
    // Housekeeping where it is cheap: this user's expired sessions go when a new one starts.
    await manager.delete(SessionEntity, { userId, expiresAt: LessThan(new Date()) });
    await manager.insert(SessionEntity, { tokenHash: hashToken(token), userId, expiresAt, userAgent: userAgent?.slice(0, 300) ?? null });
    return { token, expiresAt };
  }

  /** The active user behind a session token, or null (unknown, expired, or disabled account). */
  async resolve(token: string | undefined): Promise<UserEntity | null> {
    if (!token || token.length > 100) return null;
    const session = await this.db.getRepository(SessionEntity).findOne({
      where: { tokenHash: hashToken(token) },
      relations: { user: true },
    });
    if (!session || session.expiresAt.getTime() <= Date.now() || session.user.disabledAt) return null;
    return session.user;
  }

  async destroy(token: string | undefined): Promise<void> {
    if (token) await this.db.getRepository(SessionEntity).delete({ tokenHash: hashToken(token) });
  }

  async destroyAllFor(manager: EntityManager, userId: string): Promise<void> {
    await manager.delete(SessionEntity, { userId });
  }

  setCookie(res: Response | undefined, token: string, expiresAt: Date): void {
    res?.append('Set-Cookie', serialize(SESSION_COOKIE, token, this.cookieOptions(expiresAt)));
  }

  clearCookie(res: Response | undefined): void {
    res?.append('Set-Cookie', serialize(SESSION_COOKIE, '', this.cookieOptions(new Date(0))));
  }

  private cookieOptions(expires: Date) {
    return { httpOnly: true, sameSite: 'lax' as const, secure: this.config.cookieSecure, path: '/', expires };
  }
}
