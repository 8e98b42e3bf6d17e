import { Badge, Table } from 'design-react-kit';
import { Link } from 'react-router';
import { formatDateTime } from '../../i18n/format';
import { it } from '../../i18n/it';
import { documentKindLabel } from './document-labels';
import type { SpaceDocument } from './document-types';

/** The latest change first; never-edited documents by creation date. */
function lastTouched(document: SpaceDocument): string {
  return document.lastEditedAt ?? document.createdAt;
}

/** The documents of a space: title (to open it), kind, and who changed it last and when. */
export function DocumentsTable({ documents }: { documents: SpaceDocument[] }) {
  const t = it.documents;
  const sorted = [...documents].sort(
    (a, b) => Number(a.archived) - Number(b.archived) || lastTouched(b).localeCompare(lastTouched(a)),
  );
  return (
    <div className="table-responsive">
      <Table className="align-middle">
        <caption className="caption-top">{t.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.colTitle}</th>
            <th scope="col">{t.colKind}</th>
            <th scope="col">{t.colLastEdited}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((document) => (
            <tr key={document.id}>
              <th scope="row" className="fw-normal">
                <Link to={`/documenti/${encodeURIComponent(document.id)}`}>{document.title}</Link>
                {document.archived && (
                  <Badge color="secondary" className="ms-2">
                    {t.archived}
                  </Badge>
                )}
              </th>
              <td>{documentKindLabel(document.kind)}</td>
              <td>
                {document.lastEditedAt
                  ? t.lastEdited(formatDateTime(document.lastEditedAt), document.lastEditedBy?.displayName ?? null)
                  : t.neverEdited(formatDateTime(document.createdAt))}
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
