import { Table } from 'design-react-kit';
import { formatDateTime } from '../../i18n/format';
import { it } from '../../i18n/it';
import type { AuditEntry } from './space-types';

/** The details are JSON text: shown indented when they parse, as they are otherwise. */
function prettyDetails(details: string): string {
  try {
    const parsed: unknown = JSON.parse(details);
    if (parsed === null || (typeof parsed === 'object' && Object.keys(parsed).length === 0)) return '';
    return JSON.stringify(parsed, null, 2);
  } catch {
    return details;
  }
}

export function SpaceAuditTable({ entries }: { entries: AuditEntry[] }) {
  const t = it.spaces;
  return (
    <div className="table-responsive">
      <Table className="align-middle small">
        <caption className="caption-top">{t.auditCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.colWhen}</th>
            <th scope="col">{t.colAction}</th>
            <th scope="col">{t.colActor}</th>
            <th scope="col">{t.colEntity}</th>
            <th scope="col">{t.colDetails}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const details = prettyDetails(entry.details);
            return (
              <tr key={entry.id}>
                <th scope="row" className="fw-normal text-nowrap">
                  <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
                </th>
                <td>
                  {t.auditAction[entry.action] ?? <code>{entry.action}</code>}
                </td>
                <td>{entry.actor?.displayName ?? t.system}</td>
                <td>
                  {t.entityType[entry.entityType] ?? entry.entityType}{' '}
                  <code className="small">{entry.entityId}</code>
                </td>
                <td>
                  {details ? (
                    <details>
                      <summary>{t.showDetails}</summary>
                      <pre className="mb-0 audit-details">{details}</pre>
                    </details>
                  ) : (
                    it.common.none
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </Table>
    </div>
  );
}
