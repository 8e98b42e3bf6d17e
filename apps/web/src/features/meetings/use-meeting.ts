import { useCallback, useMemo } from 'react';
import { useMutation, useQuery } from 'urql';
import type { Outcome } from '../spaces/use-member-actions';
import {
  AddActionItemMutation,
  CancelMeetingMutation,
  MeetingQuery,
  PublishMinutesCorrectionMutation,
  PublishMinutesMutation,
  RecordAttendanceMutation,
  RemoveActionItemMutation,
  RsvpMutation,
  SetMeetingDecisionsMutation,
  StartMinutesCorrectionMutation,
  StartMinutesMutation,
  UpdateActionItemStatusMutation,
  UpdateMeetingMutation,
} from './meeting-documents';
import { outcomeOf } from './meeting-outcome';
import type {
  ActionItem,
  ActionItemInput,
  ActionItemStatus,
  AttendanceInput,
  MeetingDetail,
  MeetingDetailsInput,
  MinutesPublication,
  RsvpResponse,
} from './meeting-types';

/*
 * Mutations that answer the Meeting refresh the page through urql's document cache. An action item
 * or a publication answers only itself, and an empty list holds none of those: the query names them
 * with additionalTypenames, and `refresh` asks again after each action anyway.
 */
const STALE = { additionalTypenames: ['Meeting', 'ActionItem', 'MinutesPublication'] };

/** One meeting, and everything its page can do with it; each action resolves to an Outcome. */
export function useMeeting(id: string) {
  const context = useMemo(() => STALE, []);
  const [result, reexecute] = useQuery({ query: MeetingQuery, variables: { id }, context });
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);

  const [, update] = useMutation(UpdateMeetingMutation);
  const [, cancel] = useMutation(CancelMeetingMutation);
  const [, rsvp] = useMutation(RsvpMutation);
  const [, recordAttendance] = useMutation(RecordAttendanceMutation);
  const [, startMinutes] = useMutation(StartMinutesMutation);
  const [, setDecisions] = useMutation(SetMeetingDecisionsMutation);
  const [, addActionItem] = useMutation(AddActionItemMutation);
  const [, removeActionItem] = useMutation(RemoveActionItemMutation);
  const [, updateActionItemStatus] = useMutation(UpdateActionItemStatusMutation);
  const [, publish] = useMutation(PublishMinutesMutation);
  const [, startCorrection] = useMutation(StartMinutesCorrectionMutation);
  const [, publishCorrection] = useMutation(PublishMinutesCorrectionMutation);

  const actions = useMemo(() => {
    const after = <T>(outcome: Outcome<T>): Outcome<T> => {
      refresh();
      return outcome;
    };
    return {
      update: async (input: MeetingDetailsInput): Promise<Outcome<MeetingDetail>> =>
        after(outcomeOf(await update({ id, input }, STALE), (d) => d.updateMeeting)),
      cancel: async (reason: string): Promise<Outcome<MeetingDetail>> =>
        after(outcomeOf(await cancel({ id, reason: reason.trim() || null }, STALE), (d) => d.cancelMeeting)),
      rsvp: async (response: RsvpResponse): Promise<Outcome<MeetingDetail>> =>
        outcomeOf(await rsvp({ meetingId: id, response }, STALE), (d) => d.rsvp),
      recordAttendance: async (entries: AttendanceInput[]): Promise<Outcome<MeetingDetail>> =>
        after(outcomeOf(await recordAttendance({ meetingId: id, entries }, STALE), (d) => d.recordAttendance)),
      startMinutes: async (): Promise<Outcome<MeetingDetail>> =>
        after(outcomeOf(await startMinutes({ meetingId: id }, STALE), (d) => d.startMinutes)),
      setDecisions: async (texts: string[]): Promise<Outcome<MeetingDetail>> =>
        after(outcomeOf(await setDecisions({ meetingId: id, texts }, STALE), (d) => d.setMeetingDecisions)),
      addActionItem: async (input: ActionItemInput): Promise<Outcome<ActionItem>> =>
        after(outcomeOf(await addActionItem({ meetingId: id, input }, STALE), (d) => d.addActionItem)),
      removeActionItem: async (itemId: string): Promise<Outcome<MeetingDetail>> =>
        after(outcomeOf(await removeActionItem({ id: itemId }, STALE), (d) => d.removeActionItem)),
      updateActionItemStatus: async (itemId: string, status: ActionItemStatus): Promise<Outcome<ActionItem>> =>
        after(outcomeOf(await updateActionItemStatus({ id: itemId, status }, STALE), (d) => d.updateActionItemStatus)),
      publish: async (): Promise<Outcome<MinutesPublication>> =>
        after(outcomeOf(await publish({ meetingId: id }, STALE), (d) => d.publishMinutes)),
      startCorrection: async (publicationId: string): Promise<Outcome<MeetingDetail>> =>
        after(outcomeOf(await startCorrection({ publicationId }, STALE), (d) => d.startMinutesCorrection)),
      publishCorrection: async (publicationId: string, reason: string): Promise<Outcome<MinutesPublication>> =>
        after(outcomeOf(await publishCorrection({ publicationId, reason }, STALE), (d) => d.publishMinutesCorrection)),
    };
  }, [
    id,
    refresh,
    update,
    cancel,
    rsvp,
    recordAttendance,
    startMinutes,
    setDecisions,
    addActionItem,
    removeActionItem,
    updateActionItemStatus,
    publish,
    startCorrection,
    publishCorrection,
  ]);

  return { result, refresh, actions };
}

export type MeetingActions = ReturnType<typeof useMeeting>['actions'];
