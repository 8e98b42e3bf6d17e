import { Table } from 'design-react-kit';
import { Link } from 'react-router';
import { it } from '../../i18n/it';
import { FamilySwatch } from './instrument-badges';
import type { InstrumentComparison } from './instrument-types';

function Values({ values, list }: { values: string[]; list: boolean }) {
  if (values.length === 0) return <>{it.instruments.noValue}</>;
  if (!list) return <p className="text-pre-line">{values.join('\n')}</p>;
  return (
    <ul className="ps-3">
      {values.map((value, index) => (
        <li key={`${index}-${value}`}>{value}</li>
      ))}
    </ul>
  );
}

/**
 * 2–4 instruments side by side on every attribute: a column per instrument, a row per attribute
 * with its name as row header. Rows where they differ are highlighted and say «differisce».
 */
export function InstrumentComparisonTable({ comparison, onlyDifferences }: { comparison: InstrumentComparison; onlyDifferences: boolean }) {
  const t = it.instruments;
  const rows = onlyDifferences ? comparison.rows.filter((row) => !row.same) : comparison.rows;
  return (
    <div className="table-responsive">
      <Table bordered className="instrument-compare-table align-top">
        <caption className="caption-top">{t.compareCaption(comparison.instruments.map((instrument) => instrument.name))}</caption>
        <thead>
          <tr>
            <th scope="col">{t.colAttribute}</th>
            {comparison.instruments.map((instrument) => (
              <th key={instrument.id} scope="col">
                <FamilySwatch family={instrument.family} />{' '}
                <Link to={`/strumenti/${encodeURIComponent(instrument.id)}`}>{instrument.name}</Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.field} className={row.same ? undefined : 'differs'} data-field={row.field}>
              <th scope="row">
                {row.label}
                <span className={row.same ? 'visually-hidden' : 'd-block small fw-normal'}>
                  {row.same ? ` (${t.same})` : `(${t.differs})`}
                </span>
              </th>
              {comparison.instruments.map((instrument, index) => (
                <td key={instrument.id}>
                  <Values values={row.values[index] ?? []} list={row.list} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
