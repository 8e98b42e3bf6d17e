import { Button, Table } from 'design-react-kit';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { formatDate } from '../../i18n/format';
import { it } from '../../i18n/it';
import { roleLabel } from './space-labels';
import { SPACE_ROLES, isSpaceRole, type SpaceMember, type SpaceRole } from './space-types';

interface SpaceMembersTableProps {
  members: SpaceMember[];
  /** Show "Cambia ruolo" and "Rimuovi" on each row. */
  canManage: boolean;
  currentUserId: string | null;
  /** Resolve to true when done; either way the row leaves its editing state (the page shows the outcome). */
  onChangeRole: (member: SpaceMember, role: SpaceRole) => Promise<boolean>;
  onRemove: (member: SpaceMember) => Promise<boolean>;
}

type RowMode = { memberId: string; kind: 'role'; role: SpaceRole } | { memberId: string; kind: 'remove' } | null;

const ROLE_ORDER: Record<SpaceRole, number> = { COORDINATOR: 0, MEMBER: 1, REVIEWER: 2, OBSERVER: 3 };

/**
 * Who is in the space, with their organisation and role. Changing a role is an explicit
 * "Cambia ruolo" → choose → "Salva" (nothing changes just by moving through a select), and
 * removing asks for confirmation on the row itself.
 */
export function SpaceMembersTable({ members, canManage, currentUserId, onChangeRole, onRemove }: SpaceMembersTableProps) {
  const t = it.spaces;
  const [mode, setMode] = useState<RowMode>(null);
  const [busy, setBusy] = useState(false);
  // When a row leaves its editing state, put focus back on the button that opened it.
  const returnFocusTo = useRef<string | null>(null);
  useEffect(() => {
    if (mode !== null || !returnFocusTo.current) return;
    document.getElementById(returnFocusTo.current)?.focus();
    returnFocusTo.current = null;
  }, [mode]);

  const open = (next: NonNullable<RowMode>) => {
    returnFocusTo.current = `${next.kind === 'role' ? 'cambia-ruolo' : 'rimuovi'}-${next.memberId}`;
    setMode(next);
  };

  const sorted = [...members].sort(
    (a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.user.displayName.localeCompare(b.user.displayName, 'it'),
  );

  const run = async (action: () => Promise<boolean>) => {
    setBusy(true);
    await action();
    setBusy(false);
    setMode(null);
  };

  return (
    <div className="table-responsive">
      <Table className="align-middle">
        <caption className="caption-top">{t.membersCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.colPerson}</th>
            <th scope="col">{t.colOrganization}</th>
            <th scope="col">{t.colRole}</th>
            <th scope="col">{t.colJoinedAt}</th>
            {canManage && <th scope="col">{t.colActions}</th>}
          </tr>
        </thead>
        <tbody>
          {sorted.map((member) => {
            const name = member.user.displayName;
            const editing = mode?.memberId === member.id ? mode : null;
            const selectId = `ruolo-membro-${member.id}`;
            return (
              <tr key={member.id}>
                <td>
                  {name}
                  {member.user.id === currentUserId && <span className="ms-1">{t.you}</span>}
                </td>
                <td>
                  {member.organization ? (
                    <Link to={`/enti/${encodeURIComponent(member.organization.id)}`}>{member.organization.name}</Link>
                  ) : (
                    it.common.none
                  )}
                </td>
                <td>
                  {editing?.kind === 'role' ? (
                    <>
                      <label htmlFor={selectId} className="visually-hidden">
                        {t.newRoleOf(name)}
                      </label>
                      <select
                        id={selectId}
                        className="form-select form-select-sm"
                        autoFocus
                        value={editing.role}
                        onChange={(event) =>
                          isSpaceRole(event.target.value) &&
                          setMode({ memberId: member.id, kind: 'role', role: event.target.value })
                        }
                      >
                        {SPACE_ROLES.map((role) => (
                          <option key={role} value={role}>
                            {roleLabel(role)}
                          </option>
                        ))}
                      </select>
                    </>
                  ) : (
                    roleLabel(member.role)
                  )}
                </td>
                <td>
                  <time dateTime={member.joinedAt}>{formatDate(member.joinedAt)}</time>
                </td>
                {canManage && (
                  <td>
                    {editing?.kind === 'role' ? (
                      <div className="d-flex flex-wrap gap-2">
                        <Button
                          color="primary"
                          size="xs"
                          disabled={busy}
                          onClick={() => run(() => onChangeRole(member, editing.role))}
                        >
                          {busy ? it.common.saving : t.saveRole}
                        </Button>
                        <Button color="primary" outline size="xs" disabled={busy} onClick={() => setMode(null)}>
                          {it.common.cancel}
                        </Button>
                      </div>
                    ) : editing?.kind === 'remove' ? (
                      <div>
                        <p className="small mb-2">{t.confirmRemove(name)}</p>
                        <div className="d-flex flex-wrap gap-2">
                          <Button
                            color="danger"
                            size="xs"
                            autoFocus
                            disabled={busy}
                            onClick={() => run(() => onRemove(member))}
                          >
                            {t.confirmRemoveButton}
                          </Button>
                          <Button color="primary" outline size="xs" disabled={busy} onClick={() => setMode(null)}>
                            {it.common.cancel}
                          </Button>
                        </div>
                      </div>
                    ) : (
                      <div className="d-flex flex-wrap gap-2">
                        <Button
                          id={`cambia-ruolo-${member.id}`}
                          color="primary"
                          outline
                          size="xs"
                          disabled={busy}
                          onClick={() => open({ memberId: member.id, kind: 'role', role: member.role })}
                        >
                          {t.changeRole}
                          <span className="visually-hidden">{t.changeRoleOf(name)}</span>
                        </Button>
                        <Button
                          id={`rimuovi-${member.id}`}
                          color="danger"
                          outline
                          size="xs"
                          disabled={busy}
                          onClick={() => open({ memberId: member.id, kind: 'remove' })}
                        >
                          {t.remove}
                          <span className="visually-hidden">{t.removeWho(name)}</span>
                        </Button>
                      </div>
                    )}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </Table>
    </div>
  );
}
