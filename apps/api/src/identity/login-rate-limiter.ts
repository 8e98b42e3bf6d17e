import { AppError, ErrorCode } from '@condivisa/domain';
import { Inject, Injectable } from '@nestjs/common';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

/**
 * Limits failed logins per e-mail and per client address. Kept in memory: with several
 * instances each counts on its own (a Redis store joins with the scale-out work).
 */
@Injectable()
export class LoginRateLimiter {
  private readonly perEmail: RateLimiterMemory;
  private readonly perIp: RateLimiterMemory;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.perEmail = new RateLimiterMemory({ points: config.login.maxPerEmail, duration: config.login.windowSeconds, keyPrefix: 'login-email' });
    this.perIp = new RateLimiterMemory({ points: config.login.maxPerIp, duration: config.login.windowSeconds, keyPrefix: 'login-ip' });
  }

  /** Throws RATE_LIMITED when either budget is already spent. */
  async assertAllowed(email: string, ip: string): Promise<void> {
    const [byEmail, byIp] = await Promise.all([this.perEmail.get(email), this.perIp.get(ip)]);
    const blocked = [
      byEmail && byEmail.consumedPoints >= this.perEmail.points ? byEmail : null,
      byIp && byIp.consumedPoints >= this.perIp.points ? byIp : null,
    ].filter((r): r is RateLimiterRes => r !== null);
    if (blocked.length > 0) {
      const minutes = Math.max(1, Math.ceil(Math.max(...blocked.map((r) => r.msBeforeNext)) / 60_000));
      throw new AppError(ErrorCode.RateLimited, `Troppi tentativi di accesso. Riprova tra ${minutes} minuti.`);
    }
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    await Promise.all([this.perEmail.penalty(email, 1), this.perIp.penalty(ip, 1)]);
  }

  async recordSuccess(email: string): Promise<void> {
    await this.perEmail.delete(email);
  }
}
