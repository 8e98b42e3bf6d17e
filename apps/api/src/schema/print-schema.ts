import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { NestFactory } from '@nestjs/core';
import { lexicographicSortSchema, printSchema as printGraphqlSchema } from 'graphql';
import { AuthResolver } from '../identity/auth.resolver';
import { OrganizationsResolver } from '../organizations/organizations.resolver';
import { AmbitoResolver } from '../territory/ambito.resolver';
import { AsstResolver } from '../territory/asst.resolver';
import { DistrettoResolver } from '../territory/distretto.resolver';
import { NotificationsResolver } from '../notifications/notifications.resolver';
import { ObjectivesResolver } from '../objectives/objectives.resolver';
import { ActivityResolver } from '../spaces/activity.resolver';
import { AuditEntryResolver } from '../spaces/audit-entry.resolver';
import { SpaceMembersResolver } from '../spaces/space-members.resolver';
import { SpacesResolver } from '../spaces/spaces.resolver';
import { DocumentsResolver } from '../documents/documents.resolver';
import { DocumentVersionsResolver } from '../documents/document-versions.resolver';
import { CommentsResolver } from '../documents/comments.resolver';
import { MeetingsResolver, MinutesPublicationResolver } from '../meetings/meetings.resolver';
import { ModelsResolver, ModelVersionsResolver } from '../models/models.resolver';
import { MonitoringResolver, ObjectiveMonitoringResolver, SemesterReportResolver } from '../objectives/monitoring.resolver';
import { InstrumentChoiceResolver } from '../instruments/instrument-choice.resolver';
import { InstrumentCommentsResolver } from '../instruments/instrument-comments.resolver';
import { InstrumentExperiencesResolver } from '../instruments/instrument-experiences.resolver';
import { InstrumentLinksResolver } from '../instruments/instrument-links.resolver';
import { InstrumentRelationsResolver } from '../instruments/instrument-relations.resolver';
import { InstrumentRevisionsResolver } from '../instruments/instrument-revisions.resolver';
import { InstrumentsResolver } from '../instruments/instruments.resolver';

/** Every resolver class of the API: the schema is generated from these. */
export const RESOLVERS = [
  AuthResolver, OrganizationsResolver, AmbitoResolver, DistrettoResolver, AsstResolver,
  SpacesResolver, SpaceMembersResolver, ActivityResolver, AuditEntryResolver, ObjectivesResolver, NotificationsResolver,
  DocumentsResolver, DocumentVersionsResolver, CommentsResolver, MeetingsResolver, MinutesPublicationResolver, ModelsResolver, ModelVersionsResolver, MonitoringResolver, ObjectiveMonitoringResolver, SemesterReportResolver,
  InstrumentsResolver, InstrumentRelationsResolver, InstrumentLinksResolver, InstrumentRevisionsResolver, InstrumentChoiceResolver,
  InstrumentExperiencesResolver, InstrumentCommentsResolver,
];

/** The GraphQL schema as SDL, sorted, without starting the app or a database. */
export async function printSchema(): Promise<string> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  const factory = app.get(GraphQLSchemaFactory);
  const schema = await factory.create(RESOLVERS);
  await app.close();
  return `# Generated from the resolvers by \`npm run schema:generate\`. Do not edit.\n\n${printGraphqlSchema(lexicographicSortSchema(schema))}\n`;
}
