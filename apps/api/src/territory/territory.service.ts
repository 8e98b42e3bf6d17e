import { AmbitoEntity, AsstEntity, DistrettoEntity, ProvinceEntity } from '@condivisa/db';
import { centsToEuros } from '@condivisa/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Ambito } from './ambito.model';
import type { Asst } from './asst.model';
import type { Distretto } from './distretto.model';
import type { Territory } from './territory.model';

interface TerritorySnapshot {
  territory: Territory;
  ambiti: Ambito[];
  ambitiById: Map<string, Ambito>;
  distretti: Map<string, Distretto>;
  assts: Map<string, Asst>;
  distrettiByAsst: Map<string, Distretto[]>;
}

/**
 * The territory is reference data, written only by the seed: it is read once (4 queries) and
 * then served from memory, so `ambiti { comuni }` costs no database round trip.
 */
@Injectable()
export class TerritoryService {
  private snapshot: Promise<TerritorySnapshot> | null = null;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async territory(): Promise<Territory> {
    return (await this.load()).territory;
  }

  async ambiti(): Promise<Ambito[]> {
    return (await this.load()).ambiti;
  }

  async ambito(id: string): Promise<Ambito | null> {
    return (await this.load()).ambitiById.get(id) ?? null;
  }

  async distretto(id: string): Promise<Distretto> {
    return (await this.load()).distretti.get(id)!;
  }

  async asst(id: string): Promise<Asst> {
    return (await this.load()).assts.get(id)!;
  }

  async assts(): Promise<Asst[]> {
    return [...(await this.load()).assts.values()];
  }

  async distrettiOf(asstId: string): Promise<Distretto[]> {
    return (await this.load()).distrettiByAsst.get(asstId) ?? [];
  }

  private load(): Promise<TerritorySnapshot> {
    this.snapshot ??= this.read().catch((e: unknown) => {
      this.snapshot = null;
      throw e;
    });
    return this.snapshot;
  }

  private async read(): Promise<TerritorySnapshot> {
    const [province, assts, distretti, ambitoRows] = await Promise.all([
      this.db.getRepository(ProvinceEntity).findOneByOrFail({}),
      this.db.getRepository(AsstEntity).find({ order: { name: 'ASC' } }),
      this.db.getRepository(DistrettoEntity).find({ order: { number: 'ASC' } }),
      this.db.getRepository(AmbitoEntity).find({ relations: { comuni: true }, order: { position: 'ASC', comuni: { position: 'ASC' } } }),
    ]);
    const ambiti: Ambito[] = ambitoRows.map((a) => ({
      id: a.id,
      name: a.name,
      aliases: a.aliases,
      comuni: a.comuni.map((c) => ({ id: c.id, name: c.name, probableOfficialName: c.probableOfficialName })),
      comuniCount: a.comuni.length,
      fnpsQuotaPerYear: centsToEuros(a.fnpsQuotaCents),
      fnpsQuotaPerYearCents: a.fnpsQuotaCents,
      distrettoId: a.distrettoId,
    }));
    const sum = ambiti.reduce((s, a) => s + a.fnpsQuotaPerYearCents, 0);
    const comuniListed = ambiti.reduce((s, a) => s + a.comuniCount, 0);
    const distrettiModels = distretti.map((d) => ({ id: d.id, number: d.number, name: d.name, asstId: d.asstId }));
    return {
      territory: {
        province: province.name,
        ambitiCount: ambiti.length,
        comuniListed,
        comuniOfficial: province.officialComuniCount,
        fnpsQuotaSumCents: sum,
        fnpsStatedTotalCents: province.fnpsStatedTotalCents,
        fnpsDifferenceCents: sum - province.fnpsStatedTotalCents,
        fnpsNote: province.fnpsNote,
      },
      ambiti,
      ambitiById: new Map(ambiti.map((a) => [a.id, a])),
      distretti: new Map(distrettiModels.map((d) => [d.id, d])),
      assts: new Map(assts.map((a) => [a.id, { id: a.id, name: a.name }])),
      distrettiByAsst: groupBy(distrettiModels, (d) => d.asstId),
    };
  }
}

/** Map.groupBy arrived in Node 21; we still run on Node 20. */
function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
