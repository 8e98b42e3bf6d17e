import { NotificationEntity } from '@condivisa/db';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In, IsNull } from 'typeorm';

export interface NewNotification {
  userId: string;
  spaceId: string | null;
  title: string;
  body?: string | null;
  link?: string | null;
}

/** In-app notifications: written in the transaction of the change they announce. */
@Injectable()
export class NotificationsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async notify(m: EntityManager, n: NewNotification): Promise<void> {
    await m.insert(NotificationEntity, { userId: n.userId, spaceId: n.spaceId, title: n.title, body: n.body ?? null, link: n.link ?? null });
  }

  list(userId: string, unreadOnly: boolean): Promise<NotificationEntity[]> {
    return this.db.getRepository(NotificationEntity).find({
      where: { userId, ...(unreadOnly ? { readAt: IsNull() } : {}) },
      order: { createdAt: 'DESC' },
      take: 100,
    });
  }

  unreadCount(userId: string): Promise<number> {
    return this.db.getRepository(NotificationEntity).countBy({ userId, readAt: IsNull() });
  }

  async markRead(userId: string, ids: string[] | null): Promise<number> {
    const where = { userId, readAt: IsNull(), ...(ids ? { id: In(ids) } : {}) };
    const res = await this.db.getRepository(NotificationEntity).update(where, { readAt: new Date() });
    return res.affected ?? 0;
  }
}
