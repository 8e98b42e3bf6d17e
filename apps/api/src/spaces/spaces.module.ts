import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { TerritoryModule } from '../territory/territory.module';
import { ActivityResolver } from './activity.resolver';
import { AuditEntryResolver } from './audit-entry.resolver';
import { ActivityService } from './activity.service';
import { MembershipService } from './membership.service';
import { SpaceMembersResolver } from './space-members.resolver';
import { SpacesResolver } from './spaces.resolver';
import { SpacesService } from './spaces.service';

@Module({
  imports: [IdentityModule, NotificationsModule, TerritoryModule],
  exports: [ActivityService],
  providers: [SpacesService, MembershipService, ActivityService, SpacesResolver, SpaceMembersResolver, ActivityResolver, AuditEntryResolver],
})
export class SpacesModule {}
