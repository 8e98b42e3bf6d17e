import { Table } from 'design-react-kit';
import { Link } from 'react-router';
import { it } from '../../i18n/it';
import { formatYears, type ShapedMatrix } from './experience-matrix';

/** Ambiti as row headers, the instruments with experiences as column headers; each cell: how many, and in which years. */
export function ExperienceMatrixTable({ matrix }: { matrix: ShapedMatrix }) {
  const t = it.instruments;
  return (
    <div className="table-responsive">
      <Table bordered className="align-top small">
        <caption className="caption-top">{t.matrixCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.matrixCorner}</th>
            {matrix.columns.map((instrument) => (
              <th key={instrument.id} scope="col">
                <Link to={`/strumenti/${encodeURIComponent(instrument.id)}`}>{instrument.name}</Link>
              </th>
            ))}
            <th scope="col">{t.matrixTotal}</th>
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row) => (
            <tr key={row.ambito?.id ?? 'provinciale'}>
              <th scope="row">{row.ambito ? row.ambito.name : t.provincialRow}</th>
              {row.cells.map((cell, index) => (
                <td key={matrix.columns[index]?.id ?? index}>{cell ? t.matrixCell(cell.count, formatYears(cell.years)) : it.common.none}</td>
              ))}
              <td className="fw-semibold">{row.total}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t.matrixTotal}</th>
            {matrix.columnTotals.map((total, index) => (
              <td key={matrix.columns[index]?.id ?? index} className="fw-semibold">
                {total}
              </td>
            ))}
            <td className="fw-semibold">{matrix.total}</td>
          </tr>
        </tfoot>
      </Table>
    </div>
  );
}
