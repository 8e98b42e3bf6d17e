import { Table } from 'design-react-kit';
import { Link } from 'react-router';
import { it } from '../../i18n/it';
import type { OrganizationSummary } from './organization-types';
import { SectorBadge } from './sector-badge';

export function OrganizationsTable({ organizations }: { organizations: OrganizationSummary[] }) {
  const t = it.organizations;
  return (
    <div className="table-responsive">
      <Table hover className="align-middle">
        <caption className="caption-top">{t.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.colName}</th>
            <th scope="col">{t.colSector}</th>
            <th scope="col">{t.colType}</th>
            <th scope="col">{t.colAmbito}</th>
          </tr>
        </thead>
        <tbody>
          {organizations.map((organization) => (
            <tr key={organization.id}>
              <th scope="row" className="fw-normal">
                <Link to={`/enti/${encodeURIComponent(organization.id)}`}>{organization.name}</Link>
              </th>
              <td>
                <SectorBadge sector={organization.sector} />
              </td>
              <td>{organization.type}</td>
              <td>
                {organization.ambito ? (
                  <Link to={`/territorio/${encodeURIComponent(organization.ambito.id)}`}>{organization.ambito.name}</Link>
                ) : (
                  it.common.none
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
