import { randomBytes } from 'node:crypto';
import { AmbitoEntity, OrganizationEntity, type UserEntity } from '@condivisa/db';
import {
  AppError, ErrorCode, type FieldProblem, foldForSearch, mayOnPlatform, searchPatterns, normaliseFiscalCode, normaliseRuntsNumber, Sector, slugify,
} from '@condivisa/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { recordAudit } from '../common/audit';
import type { CreateOrganizationInput } from './create-organization.input';
import type { OrganizationFilter } from './organization-filter.input';
import type { UpdateOrganizationInput } from './update-organization.input';

/** Reads and writes the directory of organisations (PA, ETS, others). */
@Injectable()
export class OrganizationsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  list(filter: OrganizationFilter = {}): Promise<OrganizationEntity[]> {
    const q = this.db.getRepository(OrganizationEntity).createQueryBuilder('o').orderBy('o.name', 'ASC');
    if (filter.sector) q.andWhere('o.sector = :sector', { sector: filter.sector });
    if (filter.type) q.andWhere('o.type = :type', { type: filter.type });
    if (filter.ambitoId) q.andWhere('o.ambito_id = :ambitoId', { ambitoId: filter.ambitoId });
    searchPatterns(filter.search ?? '').forEach((pattern, i) => q.andWhere(`o.search_text LIKE :w${i}`, { [`w${i}`]: pattern }));
    return q.getMany();
  }

  get(id: string): Promise<OrganizationEntity | null> {
    return this.db.getRepository(OrganizationEntity).findOneBy({ id });
  }

  getMany(ids: string[]): Promise<OrganizationEntity[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.db.getRepository(OrganizationEntity).findBy(ids.map((id) => ({ id })));
  }

  async types(): Promise<string[]> {
    const rows = await this.db.query<{ type: string }[]>('SELECT DISTINCT type FROM organization ORDER BY type');
    return rows.map((r) => r.type);
  }

  async create(actor: UserEntity, input: CreateOrganizationInput): Promise<OrganizationEntity> {
    if (!mayOnPlatform(actor, 'organization.create')) throw AppError.forbidden('Solo gli amministratori possono creare enti.');
    return this.db.transaction(async (m) => {
      const values = await this.validated(m, input, null);
      const id = `${slugify(values.name).slice(0, 60)}-${randomBytes(3).toString('hex')}`;
      const entity = m.create(OrganizationEntity, { id, aliases: [], ...values });
      await this.saveUnique(m, entity);
      await recordAudit(m, actor.id, 'organization.create', { type: 'organization', id }, { name: entity.name });
      return entity;
    });
  }

  async update(actor: UserEntity, id: string, input: UpdateOrganizationInput): Promise<OrganizationEntity> {
    if (!mayOnPlatform(actor, 'organization.update')) throw AppError.forbidden('Solo gli amministratori possono modificare gli enti.');
    return this.db.transaction(async (m) => {
      const current = await m.findOne(OrganizationEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!current) throw AppError.notFound('Ente');
      const merged = {
        name: input.name ?? current.name,
        sector: input.sector ?? (current.sector as Sector),
        type: input.type ?? current.type,
        fiscalCode: input.fiscalCode === undefined ? current.fiscalCode : input.fiscalCode,
        runtsNumber: input.runtsNumber === undefined ? current.runtsNumber : input.runtsNumber,
        ambitoId: input.ambitoId === undefined ? current.ambitoId : input.ambitoId,
        parentId: input.parentId === undefined ? current.parentId : input.parentId,
        notes: input.notes === undefined ? current.notes : input.notes,
      };
      const values = await this.validated(m, merged, current);
      Object.assign(current, values);
      await this.saveUnique(m, current);
      await recordAudit(m, actor.id, 'organization.update', { type: 'organization', id }, { changed: Object.keys(input) });
      return current;
    });
  }

  /** Checks an organisation as a whole and returns the normalised column values. */
  private async validated(m: EntityManager, input: CreateOrganizationInput, current: OrganizationEntity | null) {
    const problems: FieldProblem[] = [];
    const name = input.name.trim();
    const type = input.type.trim();
    if (name.length < 2) problems.push({ field: 'name', message: 'Il nome è obbligatorio' });
    if (type.length < 2) problems.push({ field: 'type', message: 'Il tipo è obbligatorio' });
    let fiscalCode: string | null = null;
    if (input.fiscalCode?.trim()) {
      fiscalCode = normaliseFiscalCode(input.fiscalCode);
      if (!fiscalCode) {
        problems.push({ field: 'fiscalCode', message: 'Codice fiscale non valido: servono 11 cifre con cifra di controllo corretta, o 16 caratteri' });
      }
    }
    let runtsNumber: string | null = null;
    if (input.runtsNumber?.trim()) {
      if (input.sector !== Sector.ETS) problems.push({ field: 'runtsNumber', message: 'Il numero RUNTS si indica solo per gli Enti del Terzo Settore' });
      runtsNumber = normaliseRuntsNumber(input.runtsNumber);
      if (!runtsNumber) problems.push({ field: 'runtsNumber', message: 'Numero RUNTS non valido' });
    }
    const ambitoId = input.ambitoId || null;
    if (ambitoId && !(await m.existsBy(AmbitoEntity, { id: ambitoId }))) problems.push({ field: 'ambitoId', message: 'Ambito inesistente' });
    const parentId = input.parentId || null;
    if (parentId) {
      if (parentId === current?.id) problems.push({ field: 'parentId', message: 'Un ente non può essere parte di sé stesso' });
      else if (!(await m.existsBy(OrganizationEntity, { id: parentId }))) problems.push({ field: 'parentId', message: 'Ente di appartenenza inesistente' });
    }
    if (problems.length > 0) throw AppError.badInput('Dati dell’ente non validi', problems);
    const aliases = current?.aliases ?? [];
    return {
      name, type, fiscalCode, runtsNumber, ambitoId, parentId,
      sector: input.sector,
      notes: input.notes?.trim() || null,
      searchText: foldForSearch([name, ...aliases].join(' ')),
    };
  }

  private async saveUnique(m: EntityManager, entity: OrganizationEntity): Promise<void> {
    if (entity.fiscalCode) {
      const clash = await m.findOneBy(OrganizationEntity, { fiscalCode: entity.fiscalCode });
      if (clash && clash.id !== entity.id) {
        throw new AppError(ErrorCode.Conflict, `Esiste già un ente con questo codice fiscale: ${clash.name}`, [
          { field: 'fiscalCode', message: 'Codice fiscale già registrato' },
        ]);
      }
    }
    await m.save(entity);
  }
}
