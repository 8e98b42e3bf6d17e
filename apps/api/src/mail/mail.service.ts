import { OutboxEmailEntity } from '@condivisa/db';
import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createTransport, type Transporter } from 'nodemailer';
import type { Logger } from 'pino';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ROOT_LOGGER } from '../common/logger';

export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
}

const MAX_ATTEMPTS = 5;
/** Messages left pending (SMTP down, process stopped before sending) are retried this often. */
const RETRY_EVERY_MS = 60_000;

/**
 * E-mail through a transactional outbox: `enqueue` writes the message in the caller's
 * transaction; `deliverPending` sends it after commit by SMTP, or prints it to the log when
 * SMTP_URL is not set, so invitations work offline in the demo.
 */
@Injectable()
export class MailService implements OnModuleInit, OnModuleDestroy {
  private readonly transport: Transporter | null;
  private retryTimer: NodeJS.Timeout | null = null;
  private delivering: Promise<void> = Promise.resolve();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
  ) {
    this.transport = config.smtpUrl ? createTransport(config.smtpUrl) : null;
  }

  async enqueue(manager: EntityManager, email: OutgoingEmail): Promise<void> {
    await manager.insert(OutboxEmailEntity, { toAddress: email.to, subject: email.subject, textBody: email.text });
  }

  /** Sends every pending message; calls are serialised so a message is never sent twice by this process. */
  deliverPending(): Promise<void> {
    this.delivering = this.delivering.then(() => this.deliverBatch()).catch((err: unknown) => {
      this.logger.error({ err }, 'outbox delivery failed');
    });
    return this.delivering;
  }

  onModuleInit(): void {
    this.retryTimer = setInterval(() => void this.deliverPending(), RETRY_EVERY_MS).unref();
  }

  onModuleDestroy(): Promise<void> {
    if (this.retryTimer) clearInterval(this.retryTimer);
    this.transport?.close();
    return this.delivering;
  }

  private async deliverBatch(): Promise<void> {
    const repo = this.db.getRepository(OutboxEmailEntity);
    const pending = await repo.find({ where: { sentAt: IsNull() }, order: { createdAt: 'ASC' }, take: 50 });
    for (const message of pending.filter((m) => m.attempts < MAX_ATTEMPTS)) {
      try {
        if (this.transport) {
          await this.transport.sendMail({ from: this.config.mailFrom, to: message.toAddress, subject: message.subject, text: message.textBody });
          this.logger.info({ to: message.toAddress, subject: message.subject }, 'e-mail sent');
        } else {
          this.logger.info({ to: message.toAddress, subject: message.subject, text: message.textBody }, 'e-mail (no SMTP_URL: printed, not sent)');
        }
        await repo.update({ id: message.id }, { sentAt: new Date(), attempts: message.attempts + 1, lastError: null });
      } catch (err) {
        this.logger.warn({ err, to: message.toAddress }, 'e-mail delivery failed, will retry');
        await repo.update({ id: message.id }, { attempts: message.attempts + 1, lastError: String(err).slice(0, 500) });
      }
    }
  }
}
