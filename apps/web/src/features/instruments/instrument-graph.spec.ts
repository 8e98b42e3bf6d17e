import { describe, expect, it } from 'vitest';
import { buildGraphElements, FAMILY_LOOK, graphListEntries, RELATION_LOOK, shortName, stretchToAspect } from './instrument-graph';
import { INSTRUMENT_FAMILIES, type InstrumentRef, type InstrumentRelation } from './instrument-types';

const instruments: InstrumentRef[] = [
  { id: 'appalto-servizi-sociali', name: 'Appalto di servizi sociali e alla persona (regime speciale, Allegato XIV dir. 2014/24/UE)', family: 'COMPETITIVE' },
  { id: 'co-progettazione', name: 'Co-progettazione', family: 'COLLABORATIVE' },
  { id: 'co-programmazione', name: 'Co-programmazione', family: 'COLLABORATIVE' },
  { id: 'contributi-sovvenzioni', name: 'Concessione di contributi (art. 12 L. 241/1990)', family: 'GRANT' },
];

const relations: InstrumentRelation[] = [
  { id: 'r1', fromId: 'co-programmazione', toId: 'co-progettazione', kind: 'PRECEDES', note: 'Prima si programma.', unverified: false },
  { id: 'r2', fromId: 'co-progettazione', toId: 'appalto-servizi-sociali', kind: 'ALTERNATIVE_TO', note: 'Canali diversi.', unverified: false },
  { id: 'r3', fromId: 'co-progettazione', toId: 'strumento-sparito', kind: 'REQUIRES', note: 'Un capo ignoto.', unverified: true },
];

describe('shortName', () => {
  it('drops the trailing legal reference in brackets', () => {
    expect(shortName('Convenzioni con cooperative sociali di tipo B (art. 5 L. 381/1991)')).toBe('Convenzioni con cooperative sociali di tipo B');
  });

  it('cuts a long name at a word, with an ellipsis', () => {
    const short = shortName("Appalti e concessioni riservati per l'inserimento di persone con disabilità o svantaggiate (art. 61 D.Lgs. 36/2023)");
    expect(short.endsWith('…')).toBe(true);
    expect(short.length).toBeLessThanOrEqual(49);
    expect("Appalti e concessioni riservati per l'inserimento di persone").toContain(short.slice(0, -1));
  });

  it('keeps a short name as it is', () => {
    expect(shortName('Budget di salute')).toBe('Budget di salute');
  });
});

describe('buildGraphElements', () => {
  const sut = buildGraphElements(instruments, relations, INSTRUMENT_FAMILIES, (kind) => `tipo ${kind}`);

  it('makes a node per instrument, families in order then names, with the family look', () => {
    expect(sut.nodes.map((n) => n.data.id)).toEqual(['co-progettazione', 'co-programmazione', 'appalto-servizi-sociali', 'contributi-sovvenzioni']);
    const appalto = sut.nodes.find((n) => n.data.id === 'appalto-servizi-sociali')!;
    expect(appalto.data).toMatchObject({
      label: 'Appalto di servizi sociali e alla persona',
      family: 'COMPETITIVE',
      color: FAMILY_LOOK.COMPETITIVE.color,
      shape: FAMILY_LOOK.COMPETITIVE.shape,
    });
  });

  it('makes an edge per relation with both ends known, styled and labelled by kind', () => {
    expect(sut.edges.map((e) => e.data.id)).toEqual(['relazione-r1', 'relazione-r2']);
    expect(sut.edges[0]!.data).toMatchObject({
      source: 'co-programmazione',
      target: 'co-progettazione',
      label: 'tipo PRECEDES',
      line: RELATION_LOOK.PRECEDES.line,
      arrow: RELATION_LOOK.PRECEDES.arrow,
      arrowFill: 'filled',
    });
  });

  it('gives every family its own shape and every relation kind its own line and arrow, so colour is never the only cue', () => {
    expect(new Set(Object.values(FAMILY_LOOK).map((look) => look.shape)).size).toBe(5);
    expect(new Set(Object.values(RELATION_LOOK).map((look) => `${look.line}/${look.arrow}/${look.hollow}`)).size).toBe(5);
  });
});

describe('graphListEntries', () => {
  it('lists each instrument with the relations it starts and those that reach it', () => {
    const entries = graphListEntries(instruments, relations, INSTRUMENT_FAMILIES);
    const coProgettazione = entries.find((e) => e.instrument.id === 'co-progettazione')!;
    expect(coProgettazione.outgoing.map((o) => o.other.id)).toEqual(['appalto-servizi-sociali']);
    expect(coProgettazione.incoming.map((o) => o.other.id)).toEqual(['co-programmazione']);
    const contributi = entries.find((e) => e.instrument.id === 'contributi-sovvenzioni')!;
    expect(contributi.outgoing.length + contributi.incoming.length).toBe(0);
  });
});

describe('stretchToAspect', () => {
  it('spreads a tall layout sideways to the canvas proportions, around its centre', () => {
    const sut = stretchToAspect({ a: { x: 0, y: 0 }, b: { x: 100, y: 200 } }, 2);
    expect(sut).toEqual({ a: { x: -150, y: 0 }, b: { x: 250, y: 200 } });
  });

  it('spreads a flat layout downwards and never squeezes', () => {
    const sut = stretchToAspect({ a: { x: 0, y: 0 }, b: { x: 400, y: 100 } }, 2);
    expect(sut).toEqual({ a: { x: 0, y: -50 }, b: { x: 400, y: 150 } });
  });

  it('leaves a single node or a line as it is', () => {
    expect(stretchToAspect({ a: { x: 5, y: 5 } }, 2)).toEqual({ a: { x: 5, y: 5 } });
    expect(stretchToAspect({ a: { x: 0, y: 0 }, b: { x: 0, y: 10 } }, 2)).toEqual({ a: { x: 0, y: 0 }, b: { x: 0, y: 10 } });
  });
});
