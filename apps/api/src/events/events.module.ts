import { Global, Inject, Injectable, Module, type OnModuleDestroy } from '@nestjs/common';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { PubSub } from 'graphql-subscriptions';
import { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

/** The event bus behind GraphQL subscriptions: in-process, or Redis when REDIS_URL is set (several instances). */
export const PUB_SUB = Symbol('PUB_SUB');

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** Closes the Redis connections of the bus when the app stops. */
@Injectable()
class PubSubLifecycle implements OnModuleDestroy {
  constructor(@Inject(PUB_SUB) private readonly pubSub: PubSub | RedisPubSub) {}

  async onModuleDestroy(): Promise<void> {
    if (this.pubSub instanceof RedisPubSub) await this.pubSub.close();
  }
}

@Global()
@Module({
  providers: [
    {
      provide: PUB_SUB,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        config.redisUrl
          ? new RedisPubSub({
              publisher: new Redis(config.redisUrl),
              subscriber: new Redis(config.redisUrl),
              // Payloads travel as JSON: turn ISO timestamps back into Dates.
              reviver: (_key, value) => (typeof value === 'string' && ISO_DATE.test(value) ? new Date(value) : value),
            })
          : new PubSub(),
    },
    PubSubLifecycle,
  ],
  exports: [PUB_SUB],
})
export class EventsModule {}
