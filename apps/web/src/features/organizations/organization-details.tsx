import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { it } from '../../i18n/it';
import type { OrganizationDetail } from './organization-types';
import { SectorBadge } from './sector-badge';

function Item({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="row py-2 border-bottom">
      <dt className="col-12 col-md-4">{term}</dt>
      <dd className="col-12 col-md-8 mb-0">{children}</dd>
    </div>
  );
}

export function OrganizationDetails({ organization }: { organization: OrganizationDetail }) {
  const t = it.organizations;
  const none = it.common.none;
  return (
    <dl className="mb-4">
      <Item term={t.sector}>
        <SectorBadge sector={organization.sector} /> <span className="ms-1">{t.sectorLongLabel[organization.sector]}</span>
      </Item>
      <Item term={t.type}>{organization.type}</Item>
      <Item term={t.ambito}>
        {organization.ambito ? (
          <Link to={`/territorio/${encodeURIComponent(organization.ambito.id)}`}>{organization.ambito.name}</Link>
        ) : (
          none
        )}
      </Item>
      <Item term={t.parent}>
        {organization.parent ? (
          <Link to={`/enti/${encodeURIComponent(organization.parent.id)}`}>{organization.parent.name}</Link>
        ) : (
          none
        )}
      </Item>
      <Item term={t.fiscalCode}>{organization.fiscalCode ? <span className="font-monospace">{organization.fiscalCode}</span> : none}</Item>
      <Item term={t.runtsNumber}>{organization.runtsNumber ?? none}</Item>
      <Item term={t.aliases}>
        {organization.aliases.length > 0 ? (
          <ul className="list-unstyled mb-0">
            {organization.aliases.map((alias) => (
              <li key={alias}>{alias}</li>
            ))}
          </ul>
        ) : (
          none
        )}
      </Item>
      <Item term={t.notes}>{organization.notes ? <span className="text-pre-line">{organization.notes}</span> : none}</Item>
    </dl>
  );
}
