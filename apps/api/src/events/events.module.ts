import { Global, Module } from '@nestjs/common';
import { PubSub } from 'graphql-subscriptions';

/** The event bus behind GraphQL subscriptions: in-process now, Redis when scaled out. */
export const PUB_SUB = Symbol('PUB_SUB');

@Global()
@Module({ providers: [{ provide: PUB_SUB, useFactory: () => new PubSub() }], exports: [PUB_SUB] })
export class EventsModule {}
