import {
  ContentDefinition, CounterpartKind, INSTRUMENT_AREAS, INSTRUMENT_PROFILES, InstrumentAim, instrumentContentProblems, ResourceFlowKind,
  suggestInstruments, SuggestionStatus,
} from '@condivisa/domain';
import { instrumentCatalogue } from '@condivisa/seed-data';
import { describe, expect, it } from 'vitest';
import { catalogueFromSeed } from './instruments.seed';

describe('instruments.json: the seed is whole and consistent', () => {
  const sut = catalogueFromSeed();
  const instrumentIds = new Set(sut.instruments.map((i) => i.id));
  const sourceIds = new Set(sut.sources.map((s) => s.id));

  it('has 23 instruments, 26 relations and 69 sources, with unique ids', () => {
    expect(sut.instruments).toHaveLength(23);
    expect(sut.relations).toHaveLength(26);
    expect(sut.sources).toHaveLength(69);
    expect(instrumentIds.size).toBe(23);
    expect(sourceIds.size).toBe(69);
  });

  it('every relation points to existing instruments, never to itself, and is not repeated', () => {
    for (const r of sut.relations) {
      expect(instrumentIds, `${r.fromId} → ${r.toId}`).toContain(r.fromId);
      expect(instrumentIds, `${r.fromId} → ${r.toId}`).toContain(r.toId);
      expect(r.fromId).not.toBe(r.toId);
    }
    expect(new Set(sut.relations.map((r) => `${r.fromId}|${r.kind}|${r.toId}`)).size).toBe(26);
  });

  it('every legal basis, ruling and reference names an existing source', () => {
    for (const i of sut.instruments) {
      expect(i.legalBasis.length, i.id).toBeGreaterThan(0);
      for (const b of i.legalBasis) expect(sourceIds, `${i.id}: ${b.act}`).toContain(b.sourceId);
      for (const c of i.caseLawDetails) expect(sourceIds, `${i.id}: ${c.ruling}`).toContain(c.sourceId);
      for (const id of i.sourceIds) expect(sourceIds, i.id).toContain(id);
    }
    for (const id of instrumentCatalogue.meta.generalReferences) expect(sourceIds).toContain(id);
  });

  it('the guided-choice profile table covers every instrument id, and nothing else', () => {
    expect(Object.keys(INSTRUMENT_PROFILES).sort()).toEqual([...instrumentIds].sort());
  });

  it('uses only the known areas, and every instrument passes the editing rules as seeded', () => {
    for (const i of sut.instruments) {
      for (const a of i.areas) expect(INSTRUMENT_AREAS, i.id).toContain(a);
      expect(instrumentContentProblems(i, sourceIds), i.id).toEqual([]);
    }
  });

  it('keeps every "unverified" flag of the data', () => {
    expect(sut.instruments.filter((i) => i.unverified).map((i) => i.id).sort()).toEqual([
      'accreditamento-unita-offerta', 'budget-di-salute', 'progetto-di-vita-budget-di-progetto', 'sostegno-progetti-art-72-73-cts',
    ]);
    expect(sut.instruments.flatMap((i) => i.legalBasis).filter((b) => b.unverified)).toHaveLength(4);
    expect(sut.relations.filter((r) => r.unverified)).toHaveLength(3);
    expect(sut.sources.filter((s) => s.unverified)).toHaveLength(5);
    expect(sut.instruments.find((i) => i.id === 'accordo-di-programma-piano-di-zona')!.counterpartsUnverified).toBe(true);
    expect(sut.instruments.find((i) => i.id === 'accreditamento-co-progettazione')!.resourceFlowUnverified).toBe(true);
  });
});

describe('guided choice on the real catalogue', () => {
  const catalogue = catalogueFromSeed().instruments;
  const run = (answers: Parameters<typeof suggestInstruments>[1]) => suggestInstruments(catalogue, answers);

  it('an ODV offering volunteers for cost reimbursement only → the art. 56 convenzione; the reserved contract is excluded with reasons', () => {
    const results = run({ counterpart: CounterpartKind.ODV, money: ResourceFlowKind.COST_REIMBURSEMENT });
    expect(results[0]!.instrument.id).toBe('convenzioni-odv-aps');
    const reserved = results.find((s) => s.instrument.id === 'appalto-riservato-inserimento-lavorativo')!;
    expect(reserved.status).toBe(SuggestionStatus.EXCLUDED);
    expect(reserved.excludedBecause.map((r) => r.questionId)).toEqual(['counterpart', 'money']);
  });

  it('a PA fixing the service and paying a price → the appalto', () => {
    const results = run({ content: ContentDefinition.PA_DEFINES, money: ResourceFlowKind.PRICE, aim: InstrumentAim.RUN_SERVICE });
    expect(results[0]!.instrument.id).toBe('appalto-servizi-sociali');
    expect(results.find((s) => s.instrument.id === 'co-progettazione')!.status).toBe(SuggestionStatus.EXCLUDED);
  });

  it('reading needs with the Third Sector → co-programmazione', () => {
    const results = run({ aim: InstrumentAim.READ_NEEDS, counterpart: CounterpartKind.SOCIAL_ENTERPRISE });
    expect(results[0]!.instrument.id).toBe('co-programmazione');
    expect(results.filter((s) => s.status === SuggestionStatus.SUGGESTED).map((s) => s.instrument.id))
      .toEqual(['co-programmazione', 'partecipazione-terzo-settore-piano-di-zona']);
  });

  it('a person with disability and a personalised plan → progetto di vita and budget di salute, not a tender', () => {
    const suggested = run({ counterpart: CounterpartKind.PERSON, aim: InstrumentAim.INDIVIDUAL_PLAN, area: 'disabilità' })
      .filter((s) => s.status === SuggestionStatus.SUGGESTED).map((s) => s.instrument.id);
    expect(suggested.sort()).toEqual(['budget-di-salute', 'progetto-di-vita-budget-di-progetto']);
  });
});
