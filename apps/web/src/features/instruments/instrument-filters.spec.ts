import { describe, expect, it } from 'vitest';
import {
  clearInstrumentFilters,
  comparisonPath,
  hasInstrumentFilters,
  parseCompareSelection,
  parseComparisonIds,
  parseInstrumentFilters,
  toggleValue,
  toServerFilter,
  writeCompareSelection,
  writeInstrumentFilters,
} from './instrument-filters';

const params = (query: string) => new URLSearchParams(query);

describe('parseInstrumentFilters', () => {
  it('reads every facet, several values each, and the text', () => {
    expect(parseInstrumentFilters(params('famiglia=COLLABORATIVE&fase=DESIGN&fase=ASSIGNMENT&controparte=ODV&area=casa+e+abitare&q=rimborso'))).toEqual({
      famiglia: ['COLLABORATIVE'],
      fase: ['DESIGN', 'ASSIGNMENT'],
      controparte: ['ODV'],
      area: ['casa e abitare'],
      q: 'rimborso',
    });
  });

  it('drops unknown and repeated values rather than sending them to the API', () => {
    expect(parseInstrumentFilters(params('famiglia=collaborative&famiglia=GRANT&famiglia=GRANT&fase=WHENEVER&controparte=ETS&area=%20'))).toEqual({
      famiglia: ['GRANT'],
      fase: [],
      controparte: [],
      area: [],
      q: '',
    });
  });
});

describe('writeInstrumentFilters', () => {
  it('round-trips through the URL and leaves the comparison alone', () => {
    const state = { famiglia: ['COMPETITIVE' as const], fase: ['DESIGN' as const, 'EXECUTION' as const], controparte: [], area: ['lavoro'], q: 'appalto' };
    const written = writeInstrumentFilters(params('confronta=co-progettazione'), state);
    expect(written.toString()).toBe('confronta=co-progettazione&famiglia=COMPETITIVE&fase=DESIGN&fase=EXECUTION&area=lavoro&q=appalto');
    expect(parseInstrumentFilters(written)).toEqual(state);
  });

  it('changes only the facets given; an empty list or text removes the parameter', () => {
    const written = writeInstrumentFilters(params('famiglia=GRANT&fase=DESIGN&q=x'), { fase: [], q: '' });
    expect(written.toString()).toBe('famiglia=GRANT');
  });
});

describe('clearInstrumentFilters and hasInstrumentFilters', () => {
  it('removes the filters and keeps the instruments picked for comparison', () => {
    const cleared = clearInstrumentFilters(params('famiglia=GRANT&q=x&confronta=a&confronta=b'));
    expect(cleared.toString()).toBe('confronta=a&confronta=b');
    expect(hasInstrumentFilters(parseInstrumentFilters(cleared))).toBe(false);
    expect(hasInstrumentFilters(parseInstrumentFilters(params('q=%20%20')))).toBe(false);
    expect(hasInstrumentFilters(parseInstrumentFilters(params('area=lavoro')))).toBe(true);
  });
});

describe('toServerFilter', () => {
  it('leaves out empty facets and blank text', () => {
    expect(toServerFilter(parseInstrumentFilters(params('q=%20')))).toEqual({});
  });

  it('names the facets as the API does', () => {
    expect(toServerFilter(parseInstrumentFilters(params('famiglia=COLLABORATIVE&fase=DESIGN&controparte=APS&area=anziani&q=%20co-progettazione%20')))).toEqual({
      families: ['COLLABORATIVE'],
      phases: ['DESIGN'],
      counterpartKinds: ['APS'],
      areas: ['anziani'],
      search: 'co-progettazione',
    });
  });
});

describe('toggleValue', () => {
  it('adds a value once and removes it', () => {
    expect(toggleValue(['A'], 'B', true)).toEqual(['A', 'B']);
    expect(toggleValue(['A', 'B'], 'B', true)).toEqual(['A', 'B']);
    expect(toggleValue(['A', 'B'], 'A', false)).toEqual(['B']);
  });
});

describe('the comparison', () => {
  it('keeps at most four picked instruments, in the order picked, without repeats', () => {
    expect(parseCompareSelection(params('confronta=a&confronta=b,c&confronta=a&confronta=d&confronta=e'))).toEqual(['a', 'b', 'c', 'd']);
    expect(writeCompareSelection(params('q=x&confronta=z'), ['a', 'b', 'a']).toString()).toBe('q=x&confronta=a&confronta=b');
  });

  it('links the comparison page with readable ids', () => {
    expect(comparisonPath(['co-progettazione', 'appalto-servizi-sociali'])).toBe('/strumenti/confronto?ids=co-progettazione,appalto-servizi-sociali');
  });

  it('reads 2 to 4 ids on the comparison page and says what is wrong otherwise', () => {
    expect(parseComparisonIds(params('ids=a,b'))).toEqual({ ids: ['a', 'b'], problem: null });
    expect(parseComparisonIds(params('ids=a,a'))).toEqual({ ids: ['a'], problem: 'tooFew' });
    expect(parseComparisonIds(params(''))).toEqual({ ids: [], problem: 'tooFew' });
    expect(parseComparisonIds(params('ids=a,b,c,d,e'))).toEqual({ ids: ['a', 'b', 'c', 'd'], problem: 'tooMany' });
  });
});
