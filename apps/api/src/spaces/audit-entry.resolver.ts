import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../common/current-user.decorator';
import type { RequestContext } from '../common/request-context';
import { User } from '../identity/user.model';
import { resolveActor, type WithActorId } from './activity.resolver';
import { AuditEntry } from './audit-entry.model';

@Resolver(() => AuditEntry)
export class AuditEntryResolver {
  @ResolveField(() => User, { nullable: true })
  actor(@Parent() entry: AuditEntry & WithActorId, @Ctx() ctx: RequestContext): Promise<User | null> {
    return resolveActor(entry, ctx);
  }
}
