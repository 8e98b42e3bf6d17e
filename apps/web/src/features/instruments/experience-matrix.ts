import type { ExperienceMatrix, ExperienceMatrixCell, InstrumentRef } from './instrument-types';

export interface MatrixRow {
  /** Null: the provincial row (experiences of no single Ambito). */
  ambito: { id: string; name: string } | null;
  /** One per column, null where the Ambito has no experience of that instrument. */
  cells: (ExperienceMatrixCell | null)[];
  total: number;
}

export interface ShapedMatrix {
  /** Only the instruments with at least one experience, in catalogue order. */
  columns: InstrumentRef[];
  /** The Ambiti in the document's order, then the provincial row. */
  rows: MatrixRow[];
  columnTotals: number[];
  total: number;
}

/**
 * The Ambiti × instruments table from the API's sparse cells. Every Ambito gets a row, even
 * without experiences (the table also says where nothing has been tried); an Ambito the list
 * does not know (should not happen) still gets its row, named by its id, rather than being lost.
 */
export function shapeExperienceMatrix(matrix: ExperienceMatrix): ShapedMatrix {
  const used = new Set(matrix.cells.filter((cell) => cell.count > 0).map((cell) => cell.instrumentId));
  const columns = matrix.instruments.filter((instrument) => used.has(instrument.id));
  const known = new Set(matrix.ambiti.map((ambito) => ambito.id));
  const strays = [...new Set(matrix.cells.map((cell) => cell.ambitoId).filter((id): id is string => id !== null && !known.has(id)))];
  const rowAmbiti: (MatrixRow['ambito'])[] = [...matrix.ambiti, ...strays.map((id) => ({ id, name: id })), null];

  const rows = rowAmbiti.map((ambito) => {
    const cells = columns.map(
      (column) =>
        matrix.cells.find((cell) => cell.instrumentId === column.id && cell.ambitoId === (ambito?.id ?? null) && cell.count > 0) ??
        null,
    );
    return { ambito, cells, total: cells.reduce((sum, cell) => sum + (cell?.count ?? 0), 0) };
  });
  const columnTotals = columns.map((_, index) => rows.reduce((sum, row) => sum + (row.cells[index]?.count ?? 0), 0));
  return { columns, rows, columnTotals, total: columnTotals.reduce((sum, n) => sum + n, 0) };
}

/** Five shades for the Ambiti's cards: 0 for none, then 1–4 in proportion to the busiest Ambito. */
export function intensityLevel(count: number, max: number): 0 | 1 | 2 | 3 | 4 {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(4, Math.max(1, Math.ceil((count / max) * 4))) as 1 | 2 | 3 | 4;
}

/** "2019, 2021–2023": consecutive years joined into a span. */
export function formatYears(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const spans: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const start = sorted[i];
    let end = start;
    while (i + 1 < sorted.length && sorted[i + 1] === end + 1) end = sorted[++i];
    spans.push(start === end ? String(start) : `${start}–${end}`);
  }
  return spans.join(', ');
}
