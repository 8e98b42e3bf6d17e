import { describe, expect, it } from 'vitest';
import { InstrumentFamily } from './instrument';
import { fixtureInstrument } from './instrument.fixture';
import { experienceProblems, instrumentContentProblems, isWebLink } from './instrument-validation';

describe('isWebLink', () => {
  it('accepts absolute http(s) links only', () => {
    expect(isWebLink('https://www.ats-bg.it/verbale.pdf')).toBe(true);
    expect(isWebLink('http://example.org')).toBe(true);
    expect(isWebLink('javascript:alert(1)')).toBe(false);
    expect(isWebLink('ftp://example.org/file')).toBe(false);
    expect(isWebLink('/relative/path')).toBe(false);
    expect(isWebLink('data:text/html,hi')).toBe(false);
  });
});

describe('experienceProblems', () => {
  const valid = { ambitoId: 'dalmine', area: 'casa e abitare', year: 2024, description: 'Co-progettazione dell’housing temporaneo', partners: ['Caritas'], links: [] };

  it('accepts a complete experience', () => {
    expect(experienceProblems(valid)).toEqual([]);
    expect(experienceProblems({ ...valid, ambitoId: null, spaceId: 'tavolo-provinciale-casa' })).toEqual([]);
  });

  it('needs an Ambito or a space, a year 2000–2100, a known area, distinct partners and web links', () => {
    const problems = experienceProblems({
      ...valid, ambitoId: null, spaceId: null, year: 1999, area: 'astronomia', partners: ['Caritas', ' caritas '],
      links: [{ url: 'https://ok.example' }, { url: 'javascript:void(0)' }],
    });
    expect(problems.map((p) => p.field)).toEqual(['ambitoId', 'year', 'area', 'partners', 'links.1.url']);
    expect(experienceProblems({ ...valid, year: 2101 })[0]!.field).toBe('year');
    expect(experienceProblems({ ...valid, year: 2024.5 })[0]!.field).toBe('year');
  });
});

describe('instrumentContentProblems', () => {
  const sources = new Set(['src-cts']);

  it('accepts a well-formed instrument', () => {
    expect(instrumentContentProblems(fixtureInstrument('co-progettazione', InstrumentFamily.COLLABORATIVE), sources)).toEqual([]);
  });

  it('names each field that breaks a rule', () => {
    const bad = fixtureInstrument('co-progettazione', InstrumentFamily.COLLABORATIVE, {
      name: ' x ',
      phases: [],
      legalBasis: [{ act: 'L. 1/2000', article: 'art. 1', sourceId: 'src-nope' }],
      areas: ['astronomia'],
      sourceIds: ['src-cts', 'src-missing'],
      keySteps: ['ok', '   '],
    });
    expect(instrumentContentProblems(bad, sources).map((p) => p.field)).toEqual([
      'name', 'phases', 'legalBasis.0.sourceId', 'sourceIds', 'keySteps.1', 'areas',
    ]);
  });

  it('refuses unknown values in the guided-choice profile', () => {
    const base = fixtureInstrument('co-progettazione', InstrumentFamily.COLLABORATIVE);
    const bad = { ...base, profile: { ...base.profile, aims: [] as never[], counterpartKinds: ['MARTIANS' as never] } };
    expect(instrumentContentProblems(bad, sources).map((p) => p.field)).toEqual(['profile.counterpartKinds', 'profile.aims']);
  });
});
