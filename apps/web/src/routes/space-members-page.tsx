import { Alert } from 'design-react-kit';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { toApiError, type ApiError } from '../app/graphql-errors';
import { EmptyState } from '../components/empty-state';
import { ErrorState } from '../components/error-state';
import { LoadingState } from '../components/loading-state';
import { useDocumentTitle } from '../components/use-document-title';
import { useAuth } from '../features/auth/use-auth';
import { useOrganizationOptions } from '../features/organizations/use-organization-options';
import { MembersOnlyNotice } from '../features/spaces/members-only-notice';
import { SpaceActionError } from '../features/spaces/space-action-error';
import { SpaceInviteForm } from '../features/spaces/space-invite-form';
import { roleLabel } from '../features/spaces/space-labels';
import { SpaceLeaveSection } from '../features/spaces/space-leave-section';
import { SpaceMembersTable } from '../features/spaces/space-members-table';
import { useSpaceOutlet } from '../features/spaces/space-outlet-context';
import type { SpaceMember, SpaceRole } from '../features/spaces/space-types';
import { useMemberActions } from '../features/spaces/use-member-actions';
import { useSpaceMembers } from '../features/spaces/use-space-members';
import { isForbidden } from '../features/spaces/is-forbidden';
import { it } from '../i18n/it';

type Feedback = { kind: 'success'; message: string } | { kind: 'error'; error: ApiError } | null;

/** Membri: who is in the space; coordinators invite, change roles and remove; members may leave. */
export function SpaceMembersPage() {
  const t = it.spaces;
  const { space } = useSpaceOutlet();
  useDocumentTitle(`${t.tabMembers} · ${space.name}`);
  const { me } = useAuth();
  const navigate = useNavigate();
  const { permissions } = space;
  const [{ data, error, fetching }, reexecute] = useSpaceMembers(space.id, permissions.canReadMembers);
  const [organizations] = useOrganizationOptions();
  const actions = useMemberActions();
  const [feedback, setFeedback] = useState<Feedback>(null);

  const show = (next: Feedback) => {
    setFeedback(next);
    // Let the message render, then move focus to it so keyboard users hear the outcome.
    setTimeout(() => document.getElementById('membri-esito')?.focus(), 0);
  };

  const changeRole = async (member: SpaceMember, role: SpaceRole) => {
    const outcome = await actions.changeRole(member.id, role);
    if (!outcome.ok) {
      setFeedback({ kind: 'error', error: outcome.error });
      return false;
    }
    setFeedback({ kind: 'success', message: t.roleChanged(member.user.displayName, roleLabel(outcome.value.role)) });
    return true;
  };

  const remove = async (member: SpaceMember) => {
    const outcome = await actions.remove(member.id);
    if (!outcome.ok) {
      show({ kind: 'error', error: outcome.error });
      return false;
    }
    show({ kind: 'success', message: t.removed(member.user.displayName) });
    return true;
  };

  const leave = async () => {
    const outcome = await actions.leave(space.id);
    if (!outcome.ok) return outcome.error;
    navigate('/tavoli', { state: { message: t.left(space.name) } });
    return null;
  };

  const organizationOptions = [...(organizations.data?.organizations ?? [])]
    .sort((a, b) => a.name.localeCompare(b.name, 'it'))
    .map((o) => ({ value: o.id, label: o.name }));

  const members = data?.space?.members;
  const forbidden = !permissions.canReadMembers || (error !== undefined && isForbidden(error));
  const canManage = permissions.canManageMembers && !space.archived;

  return (
    <>
      <section aria-labelledby="membri-titolo">
        <h2 id="membri-titolo" className="h3">
          {t.membersTitle}
        </h2>
        {forbidden ? (
          <MembersOnlyNotice message={t.membersOnlyMembers} />
        ) : (
          <>
            {/* Alerts are announced as they appear (role="alert"); focus comes here after a removal. */}
            <div id="membri-esito" tabIndex={-1}>
              {feedback?.kind === 'success' && (
                <Alert color="success" fade={false} className="my-3">
                  {feedback.message}
                </Alert>
              )}
              {feedback?.kind === 'error' && <SpaceActionError error={feedback.error} />}
            </div>
            {error && !fetching && !members ? (
              <ErrorState error={toApiError(error)} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
            ) : !members ? (
              <LoadingState />
            ) : members.length === 0 ? (
              <EmptyState message={t.noMembers} />
            ) : (
              <SpaceMembersTable
                members={members}
                canManage={canManage}
                currentUserId={me?.id ?? null}
                onChangeRole={changeRole}
                onRemove={remove}
              />
            )}
          </>
        )}
      </section>

      {permissions.canInvite && !space.archived && (
        <section aria-labelledby="invita-titolo" className="mt-5">
          <h2 id="invita-titolo" className="h4">
            {t.inviteTitle}
          </h2>
          <p>{t.inviteIntro}</p>
          {organizations.error && <ErrorState error={toApiError(organizations.error)} />}
          <SpaceInviteForm spaceId={space.id} organizationOptions={organizationOptions} onInvite={actions.invite} />
        </section>
      )}

      {permissions.canLeave && <SpaceLeaveSection spaceName={space.name} onLeave={leave} />}
    </>
  );
}
