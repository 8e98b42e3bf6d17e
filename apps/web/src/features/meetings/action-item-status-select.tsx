import { meetingsText } from '../../i18n/meetings';
import { ACTION_ITEM_STATUSES, isActionItemStatus, type ActionItem, type ActionItemStatus } from './meeting-types';

interface ActionItemStatusSelectProps {
  item: ActionItem;
  idPrefix: string;
  disabled?: boolean;
  onChange: (status: ActionItemStatus) => void;
}

/** A small select for the status of one action, labelled (for screen readers) with what the action is. */
export function ActionItemStatusSelect({ item, idPrefix, disabled, onChange }: ActionItemStatusSelectProps) {
  const t = meetingsText;
  const id = `${idPrefix}-stato-${item.id}`;
  return (
    <>
      <label htmlFor={id} className="visually-hidden">
        {t.actions.statusOf(item.what)}
      </label>
      <select
        id={id}
        className="form-select form-select-sm"
        value={item.status}
        disabled={disabled}
        onChange={(event) => isActionItemStatus(event.target.value) && onChange(event.target.value)}
      >
        {ACTION_ITEM_STATUSES.map((status) => (
          <option key={status} value={status}>
            {t.actionStatus[status] ?? status}
          </option>
        ))}
      </select>
    </>
  );
}
