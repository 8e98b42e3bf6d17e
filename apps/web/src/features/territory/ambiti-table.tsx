import { Table } from 'design-react-kit';
import { Link } from 'react-router';
import { formatEuroCents, formatInteger } from '../../i18n/format';
import { it } from '../../i18n/it';
import type { AmbitoSummary, Territory } from './territory-types';

interface AmbitiTableProps {
  ambiti: AmbitoSummary[];
  territory: Territory;
}

/** One row per Ambito; the footer carries the totals the API computed (242 comuni, 120.000,01 €). */
export function AmbitiTable({ ambiti, territory }: AmbitiTableProps) {
  const t = it.territory;
  return (
    <div className="table-responsive">
      <Table hover aria-label={t.tableLabel} className="align-middle">
        <caption className="caption-top">{t.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.colAmbito}</th>
            <th scope="col">{t.colDistretto}</th>
            <th scope="col">{t.colAsst}</th>
            <th scope="col" className="text-end">
              {t.colComuni}
            </th>
            <th scope="col" className="text-end">
              {t.colQuota}
            </th>
          </tr>
        </thead>
        <tbody>
          {ambiti.map((ambito) => (
            <tr key={ambito.id}>
              <th scope="row">
                <Link to={`/territorio/${encodeURIComponent(ambito.id)}`}>{ambito.name}</Link>
              </th>
              <td>{t.distrettoName(ambito.distretto.number, ambito.distretto.name)}</td>
              <td>{ambito.distretto.asst.name}</td>
              <td className="text-end">{formatInteger(ambito.comuniCount)}</td>
              <td className="text-end text-nowrap">{formatEuroCents(ambito.fnpsQuotaPerYearCents)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="fw-semibold">
            <th scope="row" colSpan={3}>
              {t.total}
            </th>
            <td className="text-end">{formatInteger(territory.comuniListed)}</td>
            <td className="text-end text-nowrap">{formatEuroCents(territory.fnpsQuotaSumCents)}</td>
          </tr>
        </tfoot>
      </Table>
    </div>
  );
}
