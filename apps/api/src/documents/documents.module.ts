import { Module } from '@nestjs/common';
import { SpacesModule } from '../spaces/spaces.module';
import { CollabGateway } from './collab-gateway';
import { DocumentsResolver } from './documents.resolver';
import { DocumentsService } from './documents.service';

@Module({ imports: [SpacesModule], providers: [DocumentsService, DocumentsResolver, CollabGateway], exports: [CollabGateway] })
export class DocumentsModule {}
