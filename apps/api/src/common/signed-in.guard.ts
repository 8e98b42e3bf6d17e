import { AppError } from '@condivisa/domain';
import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { RequestContext } from './request-context';

/**
 * Runs before input validation: an anonymous caller of a protected operation learns only that
 * it must sign in. What a signed-in person may do is decided by the policy in the service.
 */
@Injectable()
export class SignedInGuard implements CanActivate {
  canActivate(execution: ExecutionContext): boolean {
    const ctx = GqlExecutionContext.create(execution).getContext<RequestContext>();
    if (!ctx.user) throw AppError.unauthenticated();
    return true;
  }
}
