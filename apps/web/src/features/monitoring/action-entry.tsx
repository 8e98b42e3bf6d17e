import { Button } from 'design-react-kit';
import { useState } from 'react';
import { monitoringText } from '../../i18n/monitoring';
import { formatRomeDate, formatRomeDateTime } from '../meetings/rome-time';
import { ActionStatusBadge } from './action-status-badge';
import { ActionStatusForm } from './action-status-form';
import { EvidenceForm } from './evidence-form';
import { EvidenceList } from './evidence-list';
import type { MonitoredAction } from './monitoring-types';
import type { MonitoringActions } from './use-monitoring-actions';

interface ActionEntryProps {
  action: MonitoredAction;
  /** Show the years of a multi-year action. */
  showYears: boolean;
  /** Those who monitor get the status form and "Aggiungi evidenza". */
  actions: MonitoringActions | null;
  spaceIds: readonly string[];
}

type Open = 'none' | 'status' | 'evidence';

/**
 * One action (or phase): what, its status written out, justification, who answers for it, when
 * the status changed, the due date and evidence asked for, the evidence linked; and, for those who
 * monitor, the forms to change them.
 */
export function ActionEntry({ action, showYears, actions, spaceIds }: ActionEntryProps) {
  const t = monitoringText.timeline;
  const [open, setOpen] = useState<Open>('none');
  const [done, setDone] = useState('');
  const saved = (message: string) => {
    setDone(message);
    setOpen('none');
  };

  return (
    <li className="action-entry mb-4" data-testid="azione">
      <p className="mb-1">{action.text}</p>
      <p className="mb-2">
        <span className="visually-hidden">{t.status}: </span>
        <ActionStatusBadge status={action.status} />
        {showYears && <span className="small ms-2">{t.yearsOf(action.years)}</span>}
        {action.setting && !action.spaceId && (
          <span className="small ms-2">
            {t.setting}: {action.setting}
          </span>
        )}
      </p>
      <dl className="row small mb-1">
        {action.dueDate && (
          <>
            <dt className="col-sm-3">{t.dueDate}</dt>
            <dd className="col-sm-9">
              <time dateTime={action.dueDate}>{formatRomeDate(action.dueDate)}</time>
            </dd>
          </>
        )}
        {action.ownerBody && (
          <>
            <dt className="col-sm-3">{t.ownerBody}</dt>
            <dd className="col-sm-9">{action.ownerBody}</dd>
          </>
        )}
        {action.statusJustification && (
          <>
            <dt className="col-sm-3">{t.justification}</dt>
            <dd className="col-sm-9 text-pre-line">{action.statusJustification}</dd>
          </>
        )}
        {action.statusChangedAt && (
          <>
            <dt className="col-sm-3">{t.changedAt}</dt>
            <dd className="col-sm-9">
              <time dateTime={action.statusChangedAt}>{formatRomeDateTime(action.statusChangedAt)}</time>
            </dd>
          </>
        )}
        {action.evidenceRequired.length > 0 && (
          <>
            <dt className="col-sm-3">{t.evidenceRequired}</dt>
            <dd className="col-sm-9">{action.evidenceRequired.join('; ')}</dd>
          </>
        )}
        <dt className="col-sm-3">{t.evidence}</dt>
        <dd className="col-sm-9">{action.evidence.length === 0 ? t.noEvidence : <EvidenceList evidence={action.evidence} />}</dd>
      </dl>

      {actions && (
        <>
          <div aria-live="polite" className="small text-success fw-semibold">
            {done}
          </div>
          {open === 'status' ? (
            <ActionStatusForm
              action={action}
              onSubmit={(input) => actions.updateStatus(action.id, input)}
              onSaved={saved}
              onClose={() => setOpen('none')}
            />
          ) : open === 'evidence' ? (
            <EvidenceForm
              action={action}
              spaceIds={spaceIds}
              onSubmit={(input) => actions.addEvidence(action.id, input)}
              onSaved={saved}
              onClose={() => setOpen('none')}
            />
          ) : (
            <div className="d-flex flex-wrap gap-2">
              <Button
                type="button"
                color="primary"
                outline
                size="sm"
                aria-label={monitoringText.statusForm.openOf(action.text)}
                onClick={() => {
                  setDone('');
                  setOpen('status');
                }}
              >
                {monitoringText.statusForm.open}
              </Button>
              <Button
                type="button"
                color="primary"
                outline
                size="sm"
                aria-label={monitoringText.evidenceForm.openOf(action.text)}
                onClick={() => {
                  setDone('');
                  setOpen('evidence');
                }}
              >
                {monitoringText.evidenceForm.open}
              </Button>
            </div>
          )}
        </>
      )}
    </li>
  );
}
