import {
  type InstrumentEntity, type InstrumentExperienceEntity, instrumentOf, type InstrumentRelationEntity, SpaceEntity,
} from '@condivisa/db';
import { type InstrumentRelationKind, RELATION_KIND_LABELS } from '@condivisa/domain';
import { instrumentCatalogue } from '@condivisa/seed-data';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { InstrumentExperiencesService } from '../instruments/instrument-experiences.service';
import { InstrumentsService } from '../instruments/instruments.service';
import { TerritoryService } from '../territory/territory.service';
import { type CsvCell, toCsv } from './csv';

/** Multi-valued cells are joined with this (the data contain no "|"). */
const LIST = ' | ';

/** A downloadable dataset: the body and when what it describes last changed. */
export interface Dataset {
  body: string;
  lastModified: Date | null;
}

/**
 * The open data of the instrument map (catalogue, relations, experiences) as JSON and CSV,
 * built from the database at each request, with the date of the map's last change.
 */
@Injectable()
export class OpenDataService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly instruments: InstrumentsService,
    private readonly experiences: InstrumentExperiencesService,
    private readonly territory: TerritoryService,
  ) {}

  private meta(what: string, lastModified: Date | null) {
    return {
      title: instrumentCatalogue.meta.title,
      dataset: what,
      scope: instrumentCatalogue.meta.scope,
      lastModified: lastModified?.toISOString() ?? null,
      unverifiedConvention: instrumentCatalogue.meta.unverifiedConvention,
      lawStatusNote: instrumentCatalogue.meta.lawStatusNote,
    };
  }

  private instrumentJson(e: InstrumentEntity, sources: Map<string, { url: string }>) {
    const i = instrumentOf(e);
    return {
      ...i,
      legalBasis: i.legalBasis.map((b) => ({ ...b, unverified: b.unverified ?? false, url: sources.get(b.sourceId)?.url ?? null })),
      revision: e.revision,
      updatedAt: e.updatedAt.toISOString(),
    };
  }

  private relationJson(r: InstrumentRelationEntity) {
    return { id: r.id, fromId: r.fromId, kind: r.kind, toId: r.toId, note: r.note, unverified: r.unverified };
  }

  /** Spaces named in open data only when they publish their content. */
  private async publicSpaces(experiences: InstrumentExperienceEntity[]): Promise<Map<string, SpaceEntity>> {
    const ids = [...new Set(experiences.map((e) => e.spaceId).filter((id): id is string => !!id))];
    const rows = ids.length ? await this.db.getRepository(SpaceEntity).findBy({ id: In(ids), visibility: 'PUBLIC' }) : [];
    return new Map(rows.map((s) => [s.id, s]));
  }

  private async experienceRows(experiences: InstrumentExperienceEntity[]) {
    const [spaces, catalogue] = await Promise.all([this.publicSpaces(experiences), this.instruments.catalogue()]);
    const names = new Map(catalogue.map((i) => [i.id, i.name]));
    return Promise.all(experiences.map(async (e) => ({
      id: e.id,
      instrumentId: e.instrumentId,
      instrumentName: names.get(e.instrumentId) ?? null,
      ambitoId: e.ambitoId,
      ambitoName: e.ambitoId ? ((await this.territory.ambito(e.ambitoId))?.name ?? null) : null,
      spaceId: e.spaceId && spaces.has(e.spaceId) ? e.spaceId : null,
      spaceName: e.spaceId ? (spaces.get(e.spaceId)?.name ?? null) : null,
      area: e.area,
      year: e.year,
      description: e.description,
      partners: e.partners,
      outcome: e.outcome,
      links: e.links,
      recordedAt: e.createdAt.toISOString(),
    })));
  }

  /** The whole catalogue: instruments, relations and sources. */
  async instrumentsJson(): Promise<Dataset> {
    const [lastModified, catalogue, relations, sources] = await Promise.all([
      this.instruments.lastChange(), this.instruments.catalogue(), this.instruments.relations(), this.instruments.sources(),
    ]);
    const urls = new Map(sources.map((s) => [s.id, s]));
    const body = {
      meta: this.meta('instruments', lastModified),
      instruments: catalogue.map((e) => this.instrumentJson(e, urls)),
      relations: relations.map((r) => this.relationJson(r)),
      sources: sources.map((s) => ({ id: s.id, title: s.title, url: s.url, kind: s.kind, note: s.note, unverified: s.unverified })),
    };
    return { body: JSON.stringify(body, null, 2), lastModified };
  }

  async instrumentsCsv(): Promise<Dataset> {
    const [lastModified, catalogue] = await Promise.all([this.instruments.lastChange(), this.instruments.catalogue()]);
    const header = [
      'id', 'name', 'family', 'phases', 'legalBasis', 'counterparts', 'counterpartsUnverified', 'counterpartKinds', 'resourceFlow',
      'resourceFlowUnverified', 'resourceFlows', 'aims', 'summary', 'whenToUse', 'keySteps', 'constraints', 'caseLaw', 'areas', 'sourceIds',
      'unverified', 'unverifiedNote', 'regionalNote', 'note', 'revision', 'updatedAt',
    ];
    const rows: CsvCell[][] = catalogue.map((e) => {
      const i = instrumentOf(e);
      return [
        i.id, i.name, i.family, i.phases.join(LIST),
        i.legalBasis.map((b) => `${b.act}, ${b.article}${b.unverified ? ' (da verificare)' : ''}`).join(LIST),
        i.counterparts, i.counterpartsUnverified, i.profile.counterpartKinds.join(LIST), i.resourceFlow, i.resourceFlowUnverified,
        i.profile.resourceFlows.join(LIST), i.profile.aims.join(LIST), i.summary, i.whenToUse, i.keySteps.join(LIST), i.constraints.join(LIST),
        i.caseLaw.join(LIST), i.areas.join(LIST), i.sourceIds.join(LIST), i.unverified, i.unverifiedNote, i.regionalNote, i.note,
        e.revision, e.updatedAt.toISOString(),
      ];
    });
    return { body: toCsv(header, rows), lastModified };
  }

  async relationsJson(): Promise<Dataset> {
    const [lastModified, relations] = await Promise.all([this.instruments.lastChange(), this.instruments.relations()]);
    return { body: JSON.stringify({ meta: this.meta('instrument-relations', lastModified), relations: relations.map((r) => this.relationJson(r)) }, null, 2), lastModified };
  }

  async relationsCsv(): Promise<Dataset> {
    const [lastModified, relations, catalogue] = await Promise.all([this.instruments.lastChange(), this.instruments.relations(), this.instruments.catalogue()]);
    const names = new Map(catalogue.map((i) => [i.id, i.name]));
    const rows: CsvCell[][] = relations.map((r) => [
      r.id, r.fromId, names.get(r.fromId), r.kind, RELATION_KIND_LABELS[r.kind as InstrumentRelationKind], r.toId, names.get(r.toId), r.note, r.unverified,
    ]);
    return { body: toCsv(['id', 'fromId', 'fromName', 'kind', 'kindLabel', 'toId', 'toName', 'note', 'unverified'], rows), lastModified };
  }

  async experiencesJson(): Promise<Dataset> {
    const [lastModified, experiences] = await Promise.all([this.instruments.lastChange(), this.experiences.all()]);
    return { body: JSON.stringify({ meta: this.meta('instrument-experiences', lastModified), experiences: await this.experienceRows(experiences) }, null, 2), lastModified };
  }

  async experiencesCsv(): Promise<Dataset> {
    const [lastModified, experiences] = await Promise.all([this.instruments.lastChange(), this.experiences.all()]);
    const rows: CsvCell[][] = (await this.experienceRows(experiences)).map((e) => [
      e.id, e.instrumentId, e.instrumentName, e.ambitoId, e.ambitoName, e.spaceId, e.spaceName, e.area, e.year, e.description,
      e.partners.join(LIST), e.outcome, e.links.map((l) => l.url).join(LIST), e.recordedAt,
    ]);
    const header = ['id', 'instrumentId', 'instrumentName', 'ambitoId', 'ambitoName', 'spaceId', 'spaceName', 'area', 'year', 'description', 'partners', 'outcome', 'links', 'recordedAt'];
    return { body: toCsv(header, rows), lastModified };
  }
}
