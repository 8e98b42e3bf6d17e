import { Module } from '@nestjs/common';
import { IdentityModule } from '../identity/identity.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { SpacesModule } from '../spaces/spaces.module';
import { CommentsResolver } from './comments.resolver';
import { CommentsService } from './comments.service';
import { CollabGateway } from './collab-gateway';
import { DocumentExportController } from './document-export.controller';
import { DocumentsResolver } from './documents.resolver';
import { DocumentsService } from './documents.service';
import { DocumentVersionsResolver } from './document-versions.resolver';
import { DocumentVersionsService } from './document-versions.service';

@Module({
  imports: [SpacesModule, NotificationsModule, IdentityModule],
  controllers: [DocumentExportController],
  providers: [DocumentsService, DocumentsResolver, DocumentVersionsService, DocumentVersionsResolver, CommentsService, CommentsResolver, CollabGateway],
  exports: [CollabGateway],
})
export class DocumentsModule {}
