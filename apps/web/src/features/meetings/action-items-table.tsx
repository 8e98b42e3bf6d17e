import { Badge, Button, Table } from 'design-react-kit';
import { Link } from 'react-router';
import { meetingsText } from '../../i18n/meetings';
import { ActionItemStatusSelect } from './action-item-status-select';
import type { ActionItem, ActionItemStatus } from './meeting-types';
import { formatRomeDate } from './rome-time';

interface ActionItemsTableProps {
  items: ActionItem[];
  idPrefix: string;
  caption: string;
  /** Show the meeting each action comes from (the space-wide view). */
  showMeeting?: boolean;
  /** Coordinators and members may change the status (after publication too). */
  canUpdateStatus: boolean;
  busyId?: string | null;
  onStatus: (item: ActionItem, status: ActionItemStatus) => void;
  /** While the minutes are open: "Rimuovi" on each row. */
  onRemove?: (item: ActionItem) => void;
}

/** Actions as a table: what, who, due date (overdue said in words, not only by colour), status. */
export function ActionItemsTable({ items, idPrefix, caption, showMeeting, canUpdateStatus, busyId, onStatus, onRemove }: ActionItemsTableProps) {
  const t = meetingsText.actions;
  return (
    <div className="table-responsive">
      <Table className="align-middle">
        <caption className="caption-top">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.colWhat}</th>
            <th scope="col">{t.colOrganization}</th>
            <th scope="col">{t.colDueDate}</th>
            {showMeeting && <th scope="col">{t.colMeeting}</th>}
            <th scope="col">{t.colStatus}</th>
            {onRemove && <th scope="col">{t.colRemove}</th>}
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id} className={item.overdue ? 'action-item-overdue' : undefined}>
              <th scope="row" className="fw-normal">
                {item.what}
              </th>
              <td>{item.organization?.name ?? '—'}</td>
              <td>
                <time dateTime={item.dueDate}>{formatRomeDate(item.dueDate)}</time>
                {item.overdue && (
                  <Badge color="danger" className="ms-2">
                    {t.overdue}
                  </Badge>
                )}
              </td>
              {showMeeting && (
                <td>
                  <Link to={`/incontri/${encodeURIComponent(item.meetingId)}`}>{item.meetingTitle}</Link>
                </td>
              )}
              <td>
                {canUpdateStatus ? (
                  <ActionItemStatusSelect
                    item={item}
                    idPrefix={idPrefix}
                    disabled={busyId === item.id}
                    onChange={(status) => onStatus(item, status)}
                  />
                ) : (
                  (meetingsText.actionStatus[item.status] ?? item.status)
                )}
              </td>
              {onRemove && (
                <td>
                  <Button type="button" color="danger" outline size="sm" aria-label={t.remove(item.what)} onClick={() => onRemove(item)}>
                    {t.removeShort}
                  </Button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
