import { describe, expect, it } from 'vitest';
import { heading, list, paragraph, table } from './blocks';
import { diffUnits } from './diff-units';

describe('diffUnits', () => {
  it('lists paragraphs, headings, list items and table cells in reading order, each with its place', () => {
    const units = diffUnits([
      heading(2, 'Risorse'),
      paragraph('Il fondo copre tre anni.'),
      list(['Primo punto', 'Secondo punto'], true),
      table(['Ambito', 'Alloggi'], [['Dalmine', '12']]),
    ]);
    expect(units.map((u) => [u.kind, u.place, u.text])).toEqual([
      ['heading', 'Titolo «Risorse»', 'Risorse'],
      ['paragraph', 'Sezione «Risorse»', 'Il fondo copre tre anni.'],
      ['listItem', 'Elenco 1, punto 1', 'Primo punto'],
      ['listItem', 'Elenco 1, punto 2', 'Secondo punto'],
      ['tableCell', 'Tabella 1, riga 1, colonna 1', 'Ambito'],
      ['tableCell', 'Tabella 1, riga 1, colonna 2', 'Alloggi'],
      ['tableCell', 'Tabella 1, riga 2, colonna 1', 'Dalmine'],
      ['tableCell', 'Tabella 1, riga 2, colonna 2', '12'],
    ]);
  });
});
