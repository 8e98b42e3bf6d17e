import { useMemo } from 'react';
import { useMutation } from 'urql';
import { outcomeOf } from '../meetings/meeting-outcome';
import type { Outcome } from '../spaces/use-member-actions';
import {
  AddActionEvidenceMutation,
  DefineIndicatorMutation,
  PublishSemesterReportMutation,
  RecordIndicatorValueMutation,
  StartPlanTemplateMutation,
  StartSemesterAssessmentMutation,
  UpdateActionStatusMutation,
} from './monitoring-documents';
import { MONITORING_CONTEXT } from './monitoring-stale';
import type {
  ActionEvidence,
  ActionStatus,
  EvidenceKind,
  Indicator,
  IndicatorInput,
  MonitoredAction,
  SemesterReportPublication,
} from './monitoring-types';

export interface EvidenceInput {
  kind: EvidenceKind;
  refId: string | null;
  url: string | null;
  label: string | null;
}

/**
 * Every write of the monitoring, each resolving to an Outcome (the API's error with its field
 * problems, or the answer). The queries on screen refresh through urql's document cache.
 */
export function useMonitoringActions() {
  const [, updateStatus] = useMutation(UpdateActionStatusMutation);
  const [, addEvidence] = useMutation(AddActionEvidenceMutation);
  const [, defineIndicator] = useMutation(DefineIndicatorMutation);
  const [, recordValue] = useMutation(RecordIndicatorValueMutation);
  const [, startTemplate] = useMutation(StartPlanTemplateMutation);
  const [, startAssessment] = useMutation(StartSemesterAssessmentMutation);
  const [, publishReport] = useMutation(PublishSemesterReportMutation);

  return useMemo(
    () => ({
      updateStatus: async (
        actionId: string,
        input: { status: ActionStatus; justification: string | null; ownerBody: string | null },
      ): Promise<Outcome<MonitoredAction>> =>
        outcomeOf(await updateStatus({ actionId, ...input }, MONITORING_CONTEXT), (d) => d.updateActionStatus),
      addEvidence: async (actionId: string, input: EvidenceInput): Promise<Outcome<ActionEvidence>> =>
        outcomeOf(await addEvidence({ actionId, ...input }, MONITORING_CONTEXT), (d) => d.addActionEvidence),
      defineIndicator: async (objectiveId: string, input: IndicatorInput): Promise<Outcome<Indicator>> =>
        outcomeOf(await defineIndicator({ objectiveId, input }, MONITORING_CONTEXT), (d) => d.defineIndicator),
      recordValue: async (indicatorId: string, semester: string, value: number, note: string): Promise<Outcome<Indicator>> =>
        outcomeOf(await recordValue({ indicatorId, semester, value, note }, MONITORING_CONTEXT), (d) => d.recordIndicatorValue),
      startTemplate: async (spaceId: string, templateId: string, approvalDeadline: string | null): Promise<Outcome<MonitoredAction[]>> =>
        outcomeOf(await startTemplate({ spaceId, templateId, approvalDeadline }, MONITORING_CONTEXT), (d) => d.startPlanTemplate),
      startAssessment: async (objectiveId: string, semester: string): Promise<Outcome<string | null>> =>
        outcomeOf(await startAssessment({ objectiveId, semester }, MONITORING_CONTEXT), (d) => d.startSemesterAssessment.assessmentDocumentId),
      publishReport: async (objectiveId: string, semester: string): Promise<Outcome<SemesterReportPublication>> =>
        outcomeOf(await publishReport({ objectiveId, semester }, MONITORING_CONTEXT), (d) => d.publishSemesterReport),
    }),
    [updateStatus, addEvidence, defineIndicator, recordValue, startTemplate, startAssessment, publishReport],
  );
}

export type MonitoringActions = ReturnType<typeof useMonitoringActions>;
