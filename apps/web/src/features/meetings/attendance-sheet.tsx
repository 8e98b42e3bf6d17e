import { Alert, Button, Table } from 'design-react-kit';
import { useState, type FormEvent } from 'react';
import type { ApiError } from '../../app/graphql-errors';
import { it } from '../../i18n/it';
import { meetingsText } from '../../i18n/meetings';
import type { NamedRef } from '../spaces/space-types';
import type { Outcome } from '../spaces/use-member-actions';
import { MeetingFormError } from './meeting-form-error';
import { problemPath } from './meeting-form-values';
import { ATTENDANCE_STATUSES, isAttendanceStatus, type AttendanceInput, type AttendanceRecord, type AttendanceStatus } from './meeting-types';

interface Row {
  status: AttendanceStatus | '';
  representedBy: string;
}

interface AttendanceSheetProps {
  organizations: NamedRef[];
  records: AttendanceRecord[];
  /** Coordinators, while the minutes are open: the sheet is a form. */
  editable: boolean;
  onSave: (entries: AttendanceInput[]) => Promise<Outcome<unknown>>;
}

function initialRows(organizations: NamedRef[], records: AttendanceRecord[]): Record<string, Row> {
  const rows: Record<string, Row> = {};
  for (const organization of organizations) rows[organization.id] = { status: '', representedBy: '' };
  for (const record of records) rows[record.organization.id] = { status: record.status, representedBy: record.representedBy ?? '' };
  return rows;
}

/** The API's problems that the sheet shows on their row ("entries.2.representedBy"). */
function rowPaths(error: ApiError): string[] {
  return error.fields.map((f) => problemPath(f.field)).filter((path) => /^\d+\.representedBy$/.test(path));
}

function describe(record: AttendanceRecord): string {
  return record.status === 'REPRESENTED' && record.representedBy
    ? meetingsText.attendance.representedBy(record.representedBy)
    : (meetingsText.attendanceStatus[record.status] ?? record.status);
}

/**
 * The attendance of the meeting, one row per organisation of the space. Coordinators choose
 * present, absent or represented (and by whom) and save the whole sheet; others read it.
 */
export function AttendanceSheet({ organizations, records, editable, onSave }: AttendanceSheetProps) {
  const t = meetingsText.attendance;
  // Organisations recorded earlier but no longer in the space still get their row.
  const all = [...organizations, ...records.map((r) => r.organization).filter((o) => !organizations.some((x) => x.id === o.id))];
  const [rows, setRows] = useState(() => initialRows(all, records));
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);

  if (!editable) {
    return (
      <section aria-labelledby="foglio-presenze-titolo" className="mb-5">
        <h2 id="foglio-presenze-titolo" className="h4">
          {t.title}
        </h2>
        {records.length === 0 ? (
          <p>{t.none}</p>
        ) : (
          <ul data-testid="presenze-registrate">
            {records.map((record) => (
              <li key={record.organization.id}>
                {record.organization.name}: {describe(record)}
              </li>
            ))}
          </ul>
        )}
      </section>
    );
  }

  const setRow = (id: string, patch: Partial<Row>) => {
    setSaved(false);
    setRows((current) => ({ ...current, [id]: { ...(current[id] ?? { status: '', representedBy: '' }), ...patch } }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    setApiError(null);
    const recorded = all.filter((o) => rows[o.id]?.status);
    const found: Record<string, string> = {};
    for (const organization of recorded) {
      const row = rows[organization.id]!;
      if (row.status === 'REPRESENTED' && !row.representedBy.trim()) found[organization.id] = t.requiredRepresentedBy;
    }
    setProblems(found);
    const first = Object.keys(found)[0];
    if (first) {
      document.getElementById(`presenza-${first}-da`)?.focus();
      return;
    }
    const entries: AttendanceInput[] = recorded.map((organization) => {
      const row = rows[organization.id]!;
      return {
        organizationId: organization.id,
        status: row.status as AttendanceStatus,
        ...(row.status === 'REPRESENTED' ? { representedBy: row.representedBy.trim() } : {}),
      };
    });
    setBusy(true);
    const outcome = await onSave(entries);
    setBusy(false);
    if (outcome.ok) {
      setSaved(true);
      return;
    }
    setApiError(outcome.error);
    // "entries.2.representedBy" → the row of the third recorded organisation.
    const placed: Record<string, string> = {};
    for (const problem of outcome.error.fields) {
      const match = /^(\d+)\.representedBy$/.exec(problemPath(problem.field));
      const organization = match ? recorded[Number(match[1])] : undefined;
      if (organization) placed[organization.id] = problem.message;
    }
    setProblems(placed);
  };

  return (
    <section aria-labelledby="foglio-presenze-titolo" className="mb-5">
      <h2 id="foglio-presenze-titolo" className="h4">
        {t.title}
      </h2>
      <p>{t.intro}</p>
      {all.length === 0 ? (
        <p>{t.noOrganizations}</p>
      ) : (
        <form onSubmit={submit} noValidate aria-busy={busy}>
          {apiError && <MeetingFormError error={apiError} shownPaths={rowPaths(apiError)} />}
          <div className="table-responsive">
            <Table className="align-middle">
              <caption className="caption-top">{t.caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.colOrganization}</th>
                  <th scope="col">{t.colStatus}</th>
                  <th scope="col">{t.colRepresentedBy}</th>
                </tr>
              </thead>
              <tbody>
                {all.map((organization) => {
                  const row = rows[organization.id] ?? { status: '', representedBy: '' };
                  const selectId = `presenza-${organization.id}`;
                  const byId = `presenza-${organization.id}-da`;
                  const problem = problems[organization.id];
                  return (
                    <tr key={organization.id}>
                      <th scope="row" className="fw-normal">
                        {organization.name}
                      </th>
                      <td>
                        <label htmlFor={selectId} className="visually-hidden">
                          {t.statusOf(organization.name)}
                        </label>
                        <select
                          id={selectId}
                          className="form-select form-select-sm"
                          value={row.status}
                          onChange={(event) =>
                            setRow(organization.id, { status: isAttendanceStatus(event.target.value) ? event.target.value : '' })
                          }
                        >
                          <option value="">{t.notRecorded}</option>
                          {ATTENDANCE_STATUSES.map((status) => (
                            <option key={status} value={status}>
                              {meetingsText.attendanceStatus[status]}
                            </option>
                          ))}
                        </select>
                      </td>
                      <td>
                        {row.status === 'REPRESENTED' ? (
                          <>
                            <label htmlFor={byId} className="visually-hidden">
                              {t.representedByOf(organization.name)}
                            </label>
                            <input
                              id={byId}
                              type="text"
                              className={`form-control form-control-sm${problem ? ' is-invalid' : ''}`}
                              value={row.representedBy}
                              maxLength={200}
                              aria-invalid={problem ? true : undefined}
                              aria-describedby={problem ? `${byId}-errore` : undefined}
                              onChange={(event) => setRow(organization.id, { representedBy: event.target.value })}
                            />
                            {problem && (
                              <div id={`${byId}-errore`} className="invalid-feedback d-block">
                                {problem}
                              </div>
                            )}
                          </>
                        ) : (
                          <span aria-hidden="true">—</span>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </Table>
          </div>
          <div aria-live="polite">
            {saved && (
              <Alert color="success" fade={false} className="mb-3">
                {t.saved}
              </Alert>
            )}
          </div>
          <Button type="submit" color="primary" disabled={busy}>
            {busy ? it.common.saving : t.save}
          </Button>
        </form>
      )}
    </section>
  );
}
