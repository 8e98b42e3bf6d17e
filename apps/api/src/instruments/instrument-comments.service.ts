import { InstrumentCommentEntity, InstrumentEntity, type UserEntity } from '@condivisa/db';
import { AppError } from '@condivisa/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { recordAudit } from '../common/audit';
import { mayComment } from './instrument-access';

/** Members' annotations on instruments. */
@Injectable()
export class InstrumentCommentsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async add(viewer: UserEntity, instrumentId: string, body: string): Promise<InstrumentCommentEntity> {
    if (!mayComment(viewer)) throw AppError.forbidden('Solo chi è collegato può annotare gli strumenti.');
    const text = body.trim();
    if (!text) throw AppError.badInput('La nota è vuota', [{ field: 'body', message: 'Scrivi il testo della nota' }]);
    return this.db.transaction(async (m) => {
      if (!(await m.existsBy(InstrumentEntity, { id: instrumentId }))) throw AppError.notFound('Strumento');
      const comment = await m.save(m.create(InstrumentCommentEntity, { instrumentId, authorId: viewer.id, body: text }));
      await recordAudit(m, viewer.id, 'instrument.commented', { type: 'instrument_comment', id: comment.id }, { instrumentId });
      return comment;
    });
  }
}
