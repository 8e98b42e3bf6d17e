import { describe, expect, it } from 'vitest';
import { editDraftOf, instrumentEditInput, linesToList, listToLines, parseLinkLines } from './instrument-edit';
import type { InstrumentDetail } from './instrument-types';

const instrument = {
  id: 'co-progettazione',
  name: 'Co-progettazione',
  family: 'COLLABORATIVE',
  phases: ['DESIGN', 'ASSIGNMENT'],
  summary: 'Procedimento condiviso.',
  whenToUse: 'Quando serve costruire insieme.',
  counterparts: 'ETS iscritti al RUNTS.',
  resourceFlow: 'Contributo.',
  keySteps: ['Avviso', 'Tavolo'],
  constraints: ['Evidenza pubblica'],
} as InstrumentDetail;

describe('linesToList and listToLines', () => {
  it('takes one item a line, without blank lines and surrounding spaces', () => {
    expect(linesToList('  primo \r\n\n secondo\n   \n')).toEqual(['primo', 'secondo']);
    expect(listToLines(['primo', 'secondo'])).toBe('primo\nsecondo');
  });
});

describe('instrumentEditInput', () => {
  it('sends nothing when nothing changed (spaces and blank lines do not count, nor the order of phases)', () => {
    const draft = { ...editDraftOf(instrument), summary: ' Procedimento condiviso. ', keySteps: 'Avviso\n\nTavolo\n', phases: ['ASSIGNMENT' as const, 'DESIGN' as const] };
    expect(instrumentEditInput(instrument, draft)).toEqual({});
  });

  it('sends only the changed fields, texts trimmed and lists as lists', () => {
    const draft = {
      ...editDraftOf(instrument),
      whenToUse: ' Dopo la co-programmazione. ',
      constraints: 'Evidenza pubblica\nNessun prezzo',
      family: 'GRANT' as const,
      phases: ['DESIGN' as const],
    };
    expect(instrumentEditInput(instrument, draft)).toEqual({
      whenToUse: 'Dopo la co-programmazione.',
      constraints: ['Evidenza pubblica', 'Nessun prezzo'],
      family: 'GRANT',
      phases: ['DESIGN'],
    });
  });

  it('treats a reordered list as a change', () => {
    expect(instrumentEditInput(instrument, { ...editDraftOf(instrument), keySteps: 'Tavolo\nAvviso' })).toEqual({ keySteps: ['Tavolo', 'Avviso'] });
  });
});

describe('parseLinkLines', () => {
  it('reads an address and an optional label a line, and returns the other lines apart', () => {
    expect(parseLinkLines('https://www.comune.it/delibera.pdf Delibera di avvio\nhttp://example.org\nvedi il sito del Comune\nftp://x')).toEqual({
      links: [
        { url: 'https://www.comune.it/delibera.pdf', label: 'Delibera di avvio' },
        { url: 'http://example.org', label: null },
      ],
      invalid: ['vedi il sito del Comune', 'ftp://x'],
    });
  });
});
