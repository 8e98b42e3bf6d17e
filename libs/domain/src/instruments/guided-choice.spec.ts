import { describe, expect, it } from 'vitest';
import { ContentDefinition, CounterpartKind, InstrumentAim, ResourceFlowKind } from './choice-profile';
import { GUIDED_QUESTIONS, readGuidedAnswers, suggestInstruments, SuggestionStatus, type GuidedAnswers } from './guided-choice';
import { fixtureCatalogue } from './instrument.fixture';

const sut = (answers: GuidedAnswers) => suggestInstruments(fixtureCatalogue(), answers);
const byId = (answers: GuidedAnswers) => new Map(sut(answers).map((s) => [s.instrument.id, s]));
const suggestedIds = (answers: GuidedAnswers) => sut(answers).filter((s) => s.status === SuggestionStatus.SUGGESTED).map((s) => s.instrument.id);

describe('guided choice: an ODV offering volunteers, paid only the costs it documents', () => {
  const answers = { counterpart: CounterpartKind.ODV, money: ResourceFlowKind.COST_REIMBURSEMENT, aim: InstrumentAim.RUN_SERVICE };

  it('suggests the art. 56 convenzione first, saying which answers led there', () => {
    const [first] = sut(answers);
    expect(first!.instrument.id).toBe('convenzioni-odv-aps');
    expect(first!.status).toBe(SuggestionStatus.SUGGESTED);
    expect(first!.because.map((b) => b.questionId)).toEqual(['counterpart', 'aim', 'money']);
    expect(first!.because[0]!.text).toMatch(/solo ODV e APS/);
    expect(first!.because[2]!.text).toMatch(/rimborso delle spese effettive/);
  });

  it('excludes the reserved contract, with the counterpart and the price as reasons', () => {
    const reserved = byId(answers).get('appalto-riservato-inserimento-lavorativo')!;
    expect(reserved.status).toBe(SuggestionStatus.EXCLUDED);
    expect(reserved.excludedBecause.map((r) => r.questionId)).toEqual(['counterpart', 'money']);
    expect(reserved.excludedBecause[0]!.text).toMatch(/non è ammessa.*30%/);
    expect(reserved.excludedBecause[1]!.text).toMatch(/Prevede come risorse: corrispettivo.*non «rimborso delle spese effettive»/);
  });

  it('keeps emergency transport below the convenzione until the area is known, then excludes it outside emergencies', () => {
    const transport = byId(answers).get('trasporto-sanitario-emergenza-urgenza')!;
    expect(transport.status).toBe(SuggestionStatus.SUGGESTED);
    expect(transport.cautions.join(' ')).toMatch(/la legge lo limita a emergenza sanitaria/);
    const withArea = byId({ ...answers, area: 'anziani' }).get('trasporto-sanitario-emergenza-urgenza')!;
    expect(withArea.status).toBe(SuggestionStatus.EXCLUDED);
    expect(withArea.excludedBecause[0]!.text).toMatch(/La legge lo limita a: emergenza sanitaria/);
  });
});

describe('guided choice: the PA fixes the service and pays a price', () => {
  const answers = { content: ContentDefinition.PA_DEFINES, money: ResourceFlowKind.PRICE, aim: InstrumentAim.RUN_SERVICE };

  it('suggests the appalto first; the reserved routes follow with what to check', () => {
    const results = sut(answers);
    expect(results[0]!.instrument.id).toBe('appalto-servizi-sociali');
    const coopB = results.find((s) => s.instrument.id === 'convenzione-cooperative-sociali-tipo-b')!;
    expect(coopB.status).toBe(SuggestionStatus.SUGGESTED);
    expect(coopB.score).toBeLessThan(results[0]!.score);
    expect(coopB.cautions.join(' ')).toMatch(/inserimento lavorativo/);
  });

  it('excludes co-progettazione because a price and a content fixed by the PA make it an appalto', () => {
    const coDesign = byId(answers).get('co-progettazione')!;
    expect(coDesign.status).toBe(SuggestionStatus.EXCLUDED);
    const texts = coDesign.excludedBecause.map((r) => r.text).join(' ');
    expect(texts).toMatch(/Cons\. Stato 4540\/2024/);
    expect(coDesign.excludedBecause.map((r) => r.questionId)).toEqual(['money', 'content']);
  });

  it('with no work-integration aim, excludes the reserved contract and the type-B convenzione', () => {
    const results = byId({ ...answers, workIntegration: 'NO' });
    expect(results.get('appalto-riservato-inserimento-lavorativo')!.status).toBe(SuggestionStatus.EXCLUDED);
    expect(results.get('convenzione-cooperative-sociali-tipo-b')!.excludedBecause[0]!.text).toMatch(/riservato a progetti di inserimento lavorativo/);
  });
});

describe('guided choice: reading needs together with the Third Sector', () => {
  it('suggests co-programmazione first and excludes the tender', () => {
    const results = sut({ aim: InstrumentAim.READ_NEEDS, counterpart: CounterpartKind.OTHER_ETS });
    expect(results[0]!.instrument.id).toBe('co-programmazione');
    const tender = results.find((s) => s.instrument.id === 'appalto-servizi-sociali')!;
    expect(tender.status).toBe(SuggestionStatus.EXCLUDED);
    expect(tender.excludedBecause[0]!.text).toMatch(/Serve per far svolgere un servizio, non per leggere i bisogni/);
  });

  it('sends another public administration to the agreements between administrations', () => {
    expect(suggestedIds({ aim: InstrumentAim.READ_NEEDS, counterpart: CounterpartKind.PUBLIC_BODY })).toEqual(['accordi-tra-amministrazioni']);
  });
});

describe('guided choice: partial and empty answers', () => {
  it('with no answers suggests everything, in catalogue order, with no reasons', () => {
    const results = sut({});
    expect(results.every((s) => s.status === SuggestionStatus.SUGGESTED && s.because.length === 0)).toBe(true);
    expect(results.slice(0, 3).map((s) => s.instrument.id)).toEqual(['co-programmazione', 'co-progettazione', 'convenzioni-odv-aps']);
  });

  it('an unanswered question excludes nothing: only the answered ones decide', () => {
    const onlyMoney = byId({ money: ResourceFlowKind.VOUCHER });
    expect([...onlyMoney.values()].filter((s) => s.status === SuggestionStatus.SUGGESTED).map((s) => s.instrument.id).sort())
      .toEqual(['accreditamento-unita-offerta', 'budget-di-salute', 'titoli-sociali-voucher']);
    expect(onlyMoney.get('budget-di-salute')!.cautions[0]).toMatch(/seguono lo strumento/);
  });

  it('no market interest excludes what needs operators to choose among', () => {
    const voucher = byId({ market: 'NO' }).get('titoli-sociali-voucher')!;
    expect(voucher.status).toBe(SuggestionStatus.EXCLUDED);
    expect(voucher.excludedBecause[0]!.text).toMatch(/senza mercato non funziona/);
  });

  it('flags instruments whose data are unverified', () => {
    expect(byId({}).get('accreditamento-unita-offerta')!.cautions).toContain('Dati da verificare: articolo da verificare.');
  });

  it('lists exclusions after suggestions, nearest misses first', () => {
    const results = sut({ counterpart: CounterpartKind.ODV, money: ResourceFlowKind.PRICE });
    const firstExcluded = results.findIndex((s) => s.status === SuggestionStatus.EXCLUDED);
    expect(results.slice(firstExcluded).every((s) => s.status === SuggestionStatus.EXCLUDED)).toBe(true);
    const misses = results.slice(firstExcluded).map((s) => s.excludedBecause.length);
    expect(misses).toEqual([...misses].sort((a, b) => a - b));
  });
});

describe('guided choice: the questions as data and reading the answers', () => {
  it('has the questions the web renders, each with options', () => {
    expect(GUIDED_QUESTIONS.map((q) => q.id)).toEqual(['counterpart', 'aim', 'money', 'content', 'market', 'workIntegration', 'area']);
    for (const q of GUIDED_QUESTIONS) expect(q.options.length).toBeGreaterThanOrEqual(2);
  });

  it('reads (question, option) pairs and reports unknown or repeated ones by position', () => {
    expect(readGuidedAnswers([{ questionId: 'counterpart', optionId: 'ODV' }, { questionId: 'area', optionId: 'casa e abitare' }]))
      .toEqual({ answers: { counterpart: 'ODV', area: 'casa e abitare' }, problems: [] });
    const { problems } = readGuidedAnswers([
      { questionId: 'colour', optionId: 'red' },
      { questionId: 'money', optionId: 'GRATIS' },
      { questionId: 'market', optionId: 'YES' },
      { questionId: 'market', optionId: 'NO' },
    ]);
    expect(problems.map((p) => p.field)).toEqual(['answers.0.questionId', 'answers.1.optionId', 'answers.3.questionId']);
  });
});
