import { useCallback } from 'react';
import { useMutation } from 'urql';
import { toApiError, type ApiError } from '../../app/graphql-errors';
import { it } from '../../i18n/it';
import {
  ChangeMemberRoleMutation,
  InviteToSpaceMutation,
  LeaveSpaceMutation,
  RemoveMemberMutation,
} from './space-documents';
import type { InviteToSpaceInput, SpaceMember, SpaceRole } from './space-types';

/** removeMember and leaveSpace answer a Boolean: say which cached results they make stale. */
const STALE = { additionalTypenames: ['SpaceMember', 'Space'] };

const NO_ANSWER: ApiError = { code: 'INTERNAL_SERVER_ERROR', message: it.errors.unknown, fields: [] };

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** Invite, change role, remove, leave: each resolves to the result or to the API's error. */
export function useMemberActions() {
  const [, inviteMutation] = useMutation(InviteToSpaceMutation);
  const [, changeRoleMutation] = useMutation(ChangeMemberRoleMutation);
  const [, removeMutation] = useMutation(RemoveMemberMutation);
  const [, leaveMutation] = useMutation(LeaveSpaceMutation);

  const invite = useCallback(
    async (input: InviteToSpaceInput): Promise<Outcome<SpaceMember>> => {
      const result = await inviteMutation({ input }, STALE);
      if (result.error) return { ok: false, error: toApiError(result.error) };
      if (!result.data) return { ok: false, error: NO_ANSWER };
      return { ok: true, value: result.data.inviteToSpace };
    },
    [inviteMutation],
  );

  const changeRole = useCallback(
    async (memberId: string, role: SpaceRole): Promise<Outcome<SpaceMember>> => {
      const result = await changeRoleMutation({ memberId, role }, STALE);
      if (result.error) return { ok: false, error: toApiError(result.error) };
      if (!result.data) return { ok: false, error: NO_ANSWER };
      return { ok: true, value: result.data.changeMemberRole };
    },
    [changeRoleMutation],
  );

  const remove = useCallback(
    async (memberId: string): Promise<Outcome<boolean>> => {
      const result = await removeMutation({ memberId }, STALE);
      if (result.error) return { ok: false, error: toApiError(result.error) };
      return { ok: true, value: result.data?.removeMember ?? false };
    },
    [removeMutation],
  );

  const leave = useCallback(
    async (spaceId: string): Promise<Outcome<boolean>> => {
      const result = await leaveMutation({ spaceId }, STALE);
      if (result.error) return { ok: false, error: toApiError(result.error) };
      return { ok: true, value: result.data?.leaveSpace ?? false };
    },
    [leaveMutation],
  );

  return { invite, changeRole, remove, leave };
}
