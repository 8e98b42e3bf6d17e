import { Alert, Button, Col, Row } from 'design-react-kit';
import { useState, type FormEvent } from 'react';
import type { ApiError } from '../../app/graphql-errors';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { it } from '../../i18n/it';
import { meetingsText } from '../../i18n/meetings';
import type { NamedRef } from '../spaces/space-types';
import { SpaceActionError } from '../spaces/space-action-error';
import type { Outcome } from '../spaces/use-member-actions';
import { ActionItemsTable } from './action-items-table';
import { MeetingFormError } from './meeting-form-error';
import { apiFieldMessage } from './meeting-form-values';
import { sortActionItems } from './meeting-lists';
import type { ActionItem, ActionItemInput, ActionItemStatus } from './meeting-types';
import { romeToday } from './rome-time';

interface ActionItemsSectionProps {
  items: ActionItem[];
  organizations: NamedRef[];
  /** Coordinators and members, while the minutes are open: add and remove. */
  editable: boolean;
  /** Coordinators and members: the status, after publication too. */
  canUpdateStatus: boolean;
  onAdd: (input: ActionItemInput) => Promise<Outcome<unknown>>;
  onRemove: (id: string) => Promise<Outcome<unknown>>;
  onStatus: (id: string, status: ActionItemStatus) => Promise<Outcome<unknown>>;
}

const SHOWN = ['what', 'organizationId', 'dueDate'];

/** The actions decided in the meeting: a form to add one (what, who, by when) and the list. */
export function ActionItemsSection({ items, organizations, editable, canUpdateStatus, onAdd, onRemove, onStatus }: ActionItemsSectionProps) {
  const t = meetingsText.actions;
  const [what, setWhat] = useState('');
  const [organizationId, setOrganizationId] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState(false);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [rowError, setRowError] = useState<ApiError | null>(null);
  const [rowDone, setRowDone] = useState('');
  const today = romeToday();

  const problemFor = (field: string) => problems[field] ?? apiFieldMessage(apiError, field);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    setAdded(false);
    setApiError(null);
    const found: Record<string, string> = {};
    if (what.trim().length < 2) found['what'] = t.requiredWhat;
    if (!dueDate) found['dueDate'] = t.requiredDueDate;
    else if (dueDate < today) found['dueDate'] = t.pastDueDate;
    setProblems(found);
    const first = Object.keys(found)[0];
    if (first) {
      document.getElementById(`azione-${first}`)?.focus();
      return;
    }
    setAdding(true);
    const outcome = await onAdd({ what: what.trim(), organizationId: organizationId || null, dueDate });
    setAdding(false);
    if (!outcome.ok) {
      setApiError(outcome.error);
      return;
    }
    setWhat('');
    setOrganizationId('');
    setDueDate('');
    setAdded(true);
    document.getElementById('azione-what')?.focus();
  };

  const run = async (id: string, action: () => Promise<Outcome<unknown>>, done: string) => {
    setBusyId(id);
    setRowError(null);
    setRowDone('');
    const outcome = await action();
    setBusyId(null);
    if (outcome.ok) setRowDone(done);
    else setRowError(outcome.error);
  };

  const sorted = sortActionItems(items);

  return (
    <section aria-labelledby="azioni-incontro-titolo" className="mb-5">
      <h2 id="azioni-incontro-titolo" className="h4">
        {t.title}
      </h2>
      <p>{t.intro}</p>
      {rowError && <SpaceActionError error={rowError} />}
      <div aria-live="polite" className="visually-hidden">
        {rowDone}
      </div>
      {sorted.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ActionItemsTable
          items={sorted}
          idPrefix="azioni-incontro"
          caption={t.caption}
          canUpdateStatus={canUpdateStatus}
          busyId={busyId}
          onStatus={(item, status) =>
            run(item.id, () => onStatus(item.id, status), t.statusSaved(item.what, meetingsText.actionStatus[status] ?? status))
          }
          onRemove={editable ? (item) => run(item.id, () => onRemove(item.id), '') : undefined}
        />
      )}

      {editable && (
        <>
          <h3 id="nuova-azione-titolo" className="h6 mt-4">
            {t.addTitle}
          </h3>
          <form onSubmit={add} noValidate aria-busy={adding} aria-labelledby="nuova-azione-titolo" className="app-form">
            {apiError && <MeetingFormError error={apiError} shownPaths={SHOWN} />}
            <Row>
              <Col xs={12}>
                <TextField id="azione-what" label={t.what} value={what} onChange={setWhat} error={problemFor('what')} maxLength={500} required />
              </Col>
              <Col xs={12} md={6}>
                <SelectField
                  id="azione-organizationId"
                  label={t.organization}
                  value={organizationId}
                  onChange={setOrganizationId}
                  placeholder={t.noOrganization}
                  options={organizations.map((o) => ({ value: o.id, label: o.name }))}
                  error={problemFor('organizationId')}
                  optional
                />
              </Col>
              <Col xs={12} md={6}>
                <TextField
                  id="azione-dueDate"
                  type="date"
                  label={t.dueDate}
                  value={dueDate}
                  onChange={setDueDate}
                  min={today}
                  hint={t.dueDateHint}
                  error={problemFor('dueDate')}
                  required
                />
              </Col>
            </Row>
            <div aria-live="polite">
              {added && (
                <Alert color="success" fade={false} className="mb-3">
                  {t.added}
                </Alert>
              )}
            </div>
            <Button type="submit" color="primary" disabled={adding}>
              {adding ? it.common.saving : t.add}
            </Button>
          </form>
        </>
      )}
    </section>
  );
}
