import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { LoginRateLimiter } from './login-rate-limiter';
import { PasswordHasher } from './password-hasher';
import { SessionService } from './session.service';

@Module({
  imports: [MailModule],
  providers: [AuthResolver, AuthService, SessionService, LoginRateLimiter, PasswordHasher],
  exports: [SessionService, PasswordHasher, AuthService],
})
export class IdentityModule {}
