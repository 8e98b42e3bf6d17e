import { AmbitoEntity, InstrumentEntity, InstrumentExperienceEntity, SpaceEntity, type UserEntity } from '@condivisa/db';
import { AppError, experienceProblems, type FieldProblem } from '@condivisa/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ActivityEvent } from '../spaces/activity-event.model';
import { ActivityService } from '../spaces/activity.service';
import { INSTRUMENT_CURATOR_SPACE_ID } from '../spaces/space-access';
import type { SpaceLoaders } from '../spaces/space-loaders';
import { mayRecordExperienceIn } from './instrument-access';
import type { RecordInstrumentExperienceInput } from './record-instrument-experience.input';

export interface MatrixCell {
  ambitoId: string | null;
  instrumentId: string;
  count: number;
  years: number[];
}

/** The territory's experience of the instruments: recording, listing, the Ambiti × instruments matrix. */
@Injectable()
export class InstrumentExperiencesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly activity: ActivityService,
  ) {}

  /** Every experience, newest year first (open data). */
  all(): Promise<InstrumentExperienceEntity[]> {
    return this.db.getRepository(InstrumentExperienceEntity).find({ order: { year: 'DESC', createdAt: 'DESC', id: 'ASC' } });
  }

  /**
   * The spaces on whose behalf an experience may be recorded: its own space, the spaces of its
   * Ambito, and the tavolo di sviluppo del welfare locale, which runs the mapping of experiences.
   */
  async spacesFor(ambitoId: string | null | undefined, spaceId: string | null | undefined): Promise<string[]> {
    const ofAmbito = ambitoId
      ? (await this.db.query<{ id: string }[]>('SELECT id FROM space WHERE ambito_id = $1 ORDER BY id', [ambitoId])).map((r) => r.id)
      : [];
    return [...(spaceId ? [spaceId] : []), ...ofAmbito, INSTRUMENT_CURATOR_SPACE_ID];
  }

  /** Whether the viewer writes in at least one active space (or is an admin): for the UI's buttons. */
  async mayRecordSomewhere(viewer: UserEntity | null, loaders: SpaceLoaders): Promise<boolean> {
    if (!viewer) return false;
    const mine = await this.db.query<{ space_id: string }[]>('SELECT space_id FROM space_member WHERE user_id = $1', [viewer.id]);
    return mayRecordExperienceIn(viewer, [INSTRUMENT_CURATOR_SPACE_ID, ...mine.map((r) => r.space_id)], loaders);
  }

  async record(viewer: UserEntity, input: RecordInstrumentExperienceInput, loaders: SpaceLoaders): Promise<InstrumentExperienceEntity> {
    const ambitoId = input.ambitoId?.trim() || null;
    const spaceId = input.spaceId?.trim() || null;
    if (!(await mayRecordExperienceIn(viewer, await this.spacesFor(ambitoId, spaceId), loaders))) {
      throw AppError.forbidden(
        "Registrano esperienze i membri dello spazio o di uno spazio dell'Ambito indicato, quelli del tavolo di sviluppo del welfare locale e gli amministratori.",
      );
    }
    const draft = {
      ambitoId, spaceId,
      area: input.area.trim(),
      year: input.year,
      description: input.description.trim(),
      partners: (input.partners ?? []).map((p) => p.trim()),
      outcome: input.outcome?.trim() || null,
      links: (input.links ?? []).map((l) => ({ url: l.url.trim(), label: l.label?.trim() || null })),
    };
    const events: ActivityEvent[] = [];
    const saved = await this.db.transaction(async (m) => {
      const problems: FieldProblem[] = experienceProblems(draft);
      const instrument = await m.findOneBy(InstrumentEntity, { id: input.instrumentId });
      if (!instrument) problems.unshift({ field: 'instrumentId', message: 'Strumento inesistente' });
      if (ambitoId && !(await m.existsBy(AmbitoEntity, { id: ambitoId }))) problems.push({ field: 'ambitoId', message: 'Ambito inesistente' });
      if (spaceId && !(await m.existsBy(SpaceEntity, { id: spaceId }))) problems.push({ field: 'spaceId', message: 'Spazio inesistente' });
      if (problems.length > 0) throw AppError.badInput("Dati dell'esperienza non validi", problems);
      const experience = await m.save(m.create(InstrumentExperienceEntity, { ...draft, instrumentId: instrument!.id, authorId: viewer.id }));
      events.push(await this.activity.record(m, spaceId ?? INSTRUMENT_CURATOR_SPACE_ID, viewer, 'instrument.experienceRecorded',
        { type: 'instrument_experience', id: experience.id }, { name: instrument!.name, year: draft.year, area: draft.area }));
      return experience;
    });
    await this.activity.publish(events);
    return saved;
  }

  /** Counts per Ambito and instrument; an experience of a space without Ambito counts at provincial level (ambitoId null). */
  async matrix(): Promise<MatrixCell[]> {
    const rows = await this.db.query<{ ambito_id: string | null; instrument_id: string; n: number; years: number[] }[]>(
      `SELECT coalesce(e.ambito_id, s.ambito_id) AS ambito_id, e.instrument_id, count(*)::int AS n,
              array_agg(DISTINCT e.year ORDER BY e.year) AS years
         FROM instrument_experience e LEFT JOIN space s ON s.id = e.space_id
        GROUP BY 1, 2
        ORDER BY 1 NULLS LAST, 2`,
    );
    return rows.map((r) => ({ ambitoId: r.ambito_id, instrumentId: r.instrument_id, count: r.n, years: r.years }));
  }
}
