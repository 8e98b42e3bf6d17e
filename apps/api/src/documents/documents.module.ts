import { Module } from '@nestjs/common';
import { SpacesModule } from '../spaces/spaces.module';
import { CollabGateway } from './collab-gateway';
import { DocumentsResolver } from './documents.resolver';
import { DocumentsService } from './documents.service';
import { DocumentVersionsResolver } from './document-versions.resolver';
import { DocumentVersionsService } from './document-versions.service';

@Module({ imports: [SpacesModule], providers: [DocumentsService, DocumentsResolver, DocumentVersionsService, DocumentVersionsResolver, CollabGateway], exports: [CollabGateway] })
export class DocumentsModule {}
