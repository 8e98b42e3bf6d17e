import { monitoringText } from '../../i18n/monitoring';
import type { ActionStatus } from './monitoring-types';

/** The status of an action, written out on its colour. */
export function ActionStatusBadge({ status }: { status: ActionStatus }) {
  return <span className={`action-status action-status-${status}`}>{monitoringText.status[status] ?? status}</span>;
}
