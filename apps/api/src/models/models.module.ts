import { Module } from '@nestjs/common';
import { DocumentsModule } from '../documents/documents.module';
import { IdentityModule } from '../identity/identity.module';
import { MailModule } from '../mail/mail.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { SpacesModule } from '../spaces/spaces.module';
import { ModelsHttpController } from './models-http.controller';
import { ModelsResolver, ModelVersionsResolver } from './models.resolver';
import { ModelsService } from './models.service';

@Module({
  imports: [SpacesModule, NotificationsModule, MailModule, DocumentsModule, IdentityModule],
  controllers: [ModelsHttpController],
  providers: [ModelsService, ModelsResolver, ModelVersionsResolver],
})
export class ModelsModule {}
