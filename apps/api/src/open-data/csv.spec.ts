import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('toCsv (RFC 4180)', () => {
  it('writes a header and rows with CRLF line ends', () => {
    expect(toCsv(['a', 'b'], [[1, 'x'], [true, null]])).toBe('a,b\r\n1,x\r\ntrue,\r\n');
  });

  it('quotes fields with commas, quotes and line breaks, doubling the quotes', () => {
    expect(toCsv(['t'], [['uno, due'], ['il "Piano"'], ['riga\nnuova'], ['cr\rlf']])).toBe('t\r\n"uno, due"\r\n"il ""Piano"""\r\n"riga\nnuova"\r\n"cr\rlf"\r\n');
  });

  it('leaves accents and apostrophes as they are (UTF-8)', () => {
    expect(toCsv(['t'], [["Comunità d'Almè"]])).toBe("t\r\nComunità d'Almè\r\n");
  });

  it('defuses cells that a spreadsheet would run as formulas, not negative numbers', () => {
    expect(toCsv(['t'], [['=HYPERLINK("x")'], ['@SUM(1)'], ['-3,5'], [-2]])).toBe('t\r\n"\'=HYPERLINK(""x"")"\r\n\'@SUM(1)\r\n"-3,5"\r\n-2\r\n');
  });

  it('round-trips through a minimal RFC 4180 reader', () => {
    const rows = [['a,b', 'c"d', 'e\r\nf', '']];
    const text = toCsv(['x', 'y', 'z', 'w'], rows);
    expect(parse(text)).toEqual([['x', 'y', 'z', 'w'], ...rows]);
  });
});

/** A reader written from the RFC's grammar, only to check the writer. */
function parse(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; } else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; } else field += c;
  }
  return rows;
}
