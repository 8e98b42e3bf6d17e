import { dataSourceOptions } from '@condivisa/db';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { parse as parseCookies } from 'cookie';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import { APP_CONFIG, type AppConfig } from './config/app-config';
import { AppErrorFilter } from './common/app-error.filter';
import { createErrorFormatter } from './common/graphql-error-formatter';
import { ROOT_LOGGER } from './common/logger';
import type { RequestContext } from './common/request-context';
import { createValidationPipe } from './common/validation';
import { EventsModule } from './events/events.module';
import { HealthController } from './health/health.controller';
import { IdentityModule } from './identity/identity.module';
import { SESSION_COOKIE, SessionService } from './identity/session.service';
import { SpaceLoaders } from './spaces/space-loaders';
import { InstrumentLoaders } from './instruments/instrument-loaders';
import { InstrumentsModule } from './instruments/instruments.module';
import { OpenDataModule } from './open-data/open-data.module';
import { MailModule } from './mail/mail.module';
import { OrganizationsModule } from './organizations/organizations.module';
import { TerritoryModule } from './territory/territory.module';
import { NotificationsModule } from './notifications/notifications.module';
import { ObjectivesModule } from './objectives/objectives.module';
import { SpacesModule } from './spaces/spaces.module';
import { DocumentsModule } from './documents/documents.module';
import { MeetingsModule } from './meetings/meetings.module';
import { ModelsModule } from './models/models.module';

export interface AppModuleOptions {
  config: AppConfig;
  logger: Logger;
  databaseUrl: string;
}

interface ContextInput {
  req?: Request;
  res?: Response;
  extra?: { request?: { headers: Record<string, string | string[] | undefined>; socket?: { remoteAddress?: string } } };
}

@Module({})
export class AppModule {
  static forRoot({ config, logger, databaseUrl }: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        TypeOrmModule.forRoot(dataSourceOptions(databaseUrl)),
        EventsModule,
        MailModule,
        IdentityModule,
        TerritoryModule,
        OrganizationsModule,
        SpacesModule,
        ObjectivesModule,
        NotificationsModule,
        DocumentsModule,
        MeetingsModule,
        ModelsModule,
        InstrumentsModule,
        OpenDataModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [IdentityModule],
          inject: [SessionService, getDataSourceToken()],
          useFactory: (sessions: SessionService, db: DataSource): ApolloDriverConfig => ({
            autoSchemaFile: true,
            sortSchema: true,
            path: '/graphql',
            graphiql: config.nodeEnv !== 'production',
            introspection: true,
            subscriptions: { 'graphql-ws': { path: '/graphql' } },
            validationRules: [
              // Reported as a validation error (400, GRAPHQL_VALIDATION_FAILED), not thrown as a 500.
              maxDepthRule({
                n: config.graphqlMaxDepth,
                exposeLimits: true,
                propagateOnRejection: false,
                onReject: [(context, error) => context?.reportError(error)],
              }),
            ],
            formatError: createErrorFormatter(logger),
            includeStacktraceInErrorResponses: false,
            context: async ({ req, res, extra }: ContextInput): Promise<RequestContext> => {
              const headers = req?.headers ?? extra?.request?.headers ?? {};
              const cookieHeader = Array.isArray(headers.cookie) ? headers.cookie.join('; ') : (headers.cookie ?? '');
              const token = parseCookies(cookieHeader)[SESSION_COOKIE];
              const user = await sessions.resolve(token);
              return {
                req,
                res,
                user,
                ip: req?.ip ?? extra?.request?.socket?.remoteAddress ?? 'unknown',
                loaders: new SpaceLoaders(db, user?.id ?? null),
                instruments: new InstrumentLoaders(db),
              };
            },
          }),
        }),
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: ROOT_LOGGER, useValue: logger },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: AppErrorFilter },
      ],
      exports: [APP_CONFIG, ROOT_LOGGER],
    };
  }
}
