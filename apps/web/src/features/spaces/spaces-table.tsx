import { Badge, Table } from 'design-react-kit';
import { Link } from 'react-router';
import { formatInteger } from '../../i18n/format';
import { it } from '../../i18n/it';
import { kindLabel, roleLabel, scopeLabel } from './space-labels';
import type { SpaceSummary } from './space-types';

export function SpacesTable({ spaces }: { spaces: SpaceSummary[] }) {
  const t = it.spaces;
  return (
    <div className="table-responsive">
      <Table hover className="align-middle">
        <caption className="caption-top">{t.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.colName}</th>
            <th scope="col">{t.colKind}</th>
            <th scope="col">{t.colScope}</th>
            <th scope="col">{t.colParent}</th>
            <th scope="col" className="text-end">
              {t.colMembers}
            </th>
            <th scope="col">{t.colMyRole}</th>
          </tr>
        </thead>
        <tbody>
          {spaces.map((space) => (
            <tr key={space.id}>
              <th scope="row" className="fw-normal">
                <Link to={`/spazi/${encodeURIComponent(space.id)}`}>{space.name}</Link>
                {space.archived && (
                  <Badge color="warning" className="ms-2">
                    {t.archived}
                  </Badge>
                )}
              </th>
              <td>{kindLabel(space.kind)}</td>
              <td>{scopeLabel(space.scope, space.ambito)}</td>
              <td>
                {space.parent ? (
                  <Link to={`/spazi/${encodeURIComponent(space.parent.id)}`}>{space.parent.name}</Link>
                ) : (
                  it.common.none
                )}
              </td>
              <td className="text-end">{formatInteger(space.memberCount)}</td>
              <td>{space.myRole ? roleLabel(space.myRole) : it.common.none}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
