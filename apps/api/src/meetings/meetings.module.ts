import { Module } from '@nestjs/common';
import { DocumentsModule } from '../documents/documents.module';
import { IdentityModule } from '../identity/identity.module';
import { MailModule } from '../mail/mail.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { SpacesModule } from '../spaces/spaces.module';
import { MeetingsHttpController } from './meetings-http.controller';
import { MeetingsResolver, MinutesPublicationResolver } from './meetings.resolver';
import { MeetingsService } from './meetings.service';
import { MinutesPublicationService } from './minutes-publication.service';

@Module({
  imports: [SpacesModule, NotificationsModule, MailModule, DocumentsModule, IdentityModule],
  controllers: [MeetingsHttpController],
  providers: [MeetingsService, MinutesPublicationService, MeetingsResolver, MinutesPublicationResolver],
})
export class MeetingsModule {}
