import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { decodeFanOut, encodeFanOut, type FanOut, type FanOutMessage } from './fan-out';

/** Redis pub/sub between API instances: one channel per open document. */
export class RedisFanOut implements FanOut {
  readonly instanceId = randomUUID();
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly handlers = new Map<string, (message: FanOutMessage) => void>();

  constructor(url: string, private readonly prefix = 'condivisa:collab:') {
    this.publisher = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 3 });
    this.subscriber = new Redis(url, { lazyConnect: false });
    this.subscriber.on('messageBuffer', (channel: Buffer, data: Buffer) => {
      const handler = this.handlers.get(channel.toString().slice(this.prefix.length));
      if (!handler) return;
      const message = decodeFanOut(new Uint8Array(data));
      if (message.from === this.instanceId) return;
      if (message.to && message.to !== this.instanceId) return;
      handler(message);
    });
  }

  async subscribe(documentId: string, onMessage: (message: FanOutMessage) => void): Promise<void> {
    this.handlers.set(documentId, onMessage);
    await this.subscriber.subscribe(this.prefix + documentId);
  }

  async unsubscribe(documentId: string): Promise<void> {
    this.handlers.delete(documentId);
    await this.subscriber.unsubscribe(this.prefix + documentId);
  }

  publish(documentId: string, message: Omit<FanOutMessage, 'from'>): void {
    void this.publisher.publish(this.prefix + documentId, Buffer.from(encodeFanOut({ ...message, from: this.instanceId })));
  }

  async close(): Promise<void> {
    this.subscriber.disconnect();
    await this.publisher.quit().catch(() => undefined);
  }
}
