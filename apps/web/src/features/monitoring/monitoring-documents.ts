import { gql, type TypedDocumentNode } from '@urql/core';
import type {
  ActionEvidence,
  ActionStatus,
  AssessmentDocument,
  DashboardObjective,
  EvidenceKind,
  Indicator,
  IndicatorInput,
  MonitoredAction,
  ObjectiveMonitoring,
  PlanTemplateInfo,
  ProvincialReport,
  SemesterReport,
  SemesterReportPublication,
} from './monitoring-types';

const EVIDENCE_FIELDS = gql`
  fragment ActionEvidenceFields on ActionEvidence {
    id
    kind
    refId
    url
    label
    addedAt
  }
`;

const ACTION_FIELDS = gql`
  fragment MonitoredActionFields on ObjectiveAction {
    id
    objectiveId
    spaceId
    year
    years
    text
    setting
    status
    statusJustification
    ownerBody
    statusChangedAt
    dueDate
    evidenceRequired
    evidence {
      ...ActionEvidenceFields
    }
  }
  ${EVIDENCE_FIELDS}
`;

const INDICATOR_FIELDS = gql`
  fragment IndicatorFields on Indicator {
    id
    objectiveId
    spaceId
    name
    unit
    direction
    baselineValue
    baselineDate
    dataSource
    computed
    isPublic
    targets {
      year
      value
    }
    bySemester {
      semester
      value
    }
    history {
      id
      semester
      value
      note
      enteredByName
      enteredAt
      current
    }
  }
`;

const REPORT_PUBLICATION_FIELDS = gql`
  fragment SemesterReportPublicationFields on SemesterReportPublication {
    id
    objectiveId
    semester
    html
    contentSha256
    publishedAt
    publishedByName
  }
`;

/** Public: the 12 objectives with each action's years and status, for the dashboard's grid. */
export const PlanDashboardQuery: TypedDocumentNode<{ objectives: DashboardObjective[] }, Record<string, never>> = gql`
  query PlanDashboard {
    objectives {
      id
      track
      number
      title
      actions {
        id
        year
        years
        status
      }
    }
  }
`;

/** Public: every objective's semester report, lighter (counts and public indicators). */
export const ProvincialReportQuery: TypedDocumentNode<{ provincialReport: ProvincialReport }, { semester: string }> = gql`
  query ProvincialReport($semester: String!) {
    provincialReport(semester: $semester) {
      semester
      objectives {
        objective {
          id
          track
          number
          title
        }
        actionsByStatus {
          status
          count
        }
        indicators {
          indicator {
            id
            name
            unit
            direction
            baselineValue
          }
          target
          current
          progress
        }
        publication {
          id
          publishedAt
        }
      }
    }
  }
`;

/** Public (non-public indicators only for those who monitor): actions with status and evidence, indicators. */
export const ObjectiveMonitoringQuery: TypedDocumentNode<{ objective: ObjectiveMonitoring | null }, { id: string }> = gql`
  query ObjectiveMonitoring($id: ID!) {
    objective(id: $id) {
      id
      canMonitor
      tools
      monitoring
      evaluation
      governanceBodies
      actions {
        ...MonitoredActionFields
      }
      indicators {
        ...IndicatorFields
      }
    }
  }
  ${ACTION_FIELDS}
  ${INDICATOR_FIELDS}
`;

/** Public: an objective's report for one semester, with the assessment and the publication once there. */
export const SemesterReportQuery: TypedDocumentNode<{ semesterReport: SemesterReport }, { objectiveId: string; semester: string }> = gql`
  query SemesterReport($objectiveId: ID!, $semester: String!) {
    semesterReport(objectiveId: $objectiveId, semester: $semester) {
      semester
      year
      objective {
        id
        track
        number
        title
      }
      actionsByStatus {
        status
        count
      }
      actions {
        ...MonitoredActionFields
      }
      indicators {
        indicator {
          ...IndicatorFields
        }
        target
        current
        progress
      }
      evidence {
        ...ActionEvidenceFields
      }
      assessmentDocumentId
      publication {
        ...SemesterReportPublicationFields
      }
    }
  }
  ${ACTION_FIELDS}
  ${INDICATOR_FIELDS}
  ${REPORT_PUBLICATION_FIELDS}
`;

/** The assessment document: may I write it, has publication frozen it (signed in only). */
export const AssessmentDocumentQuery: TypedDocumentNode<{ document: AssessmentDocument | null }, { id: string }> = gql`
  query AssessmentDocument($id: ID!) {
    document(id: $id) {
      id
      title
      archived
      frozen
      canEdit
      space {
        id
        archived
        myRole
      }
    }
  }
`;

/** Public: a space's path (its phases are actions with spaceId), its indicators and the templates it may start. */
export const SpacePathQuery: TypedDocumentNode<
  { actions: MonitoredAction[]; spaceIndicators: Indicator[]; planTemplates: PlanTemplateInfo[] },
  { spaceId: string }
> = gql`
  query SpacePath($spaceId: ID!) {
    actions(filter: { spaceId: $spaceId }) {
      ...MonitoredActionFields
    }
    spaceIndicators(spaceId: $spaceId) {
      ...IndicatorFields
    }
    planTemplates {
      id
      name
      anchor
      phases
    }
  }
  ${ACTION_FIELDS}
  ${INDICATOR_FIELDS}
`;

/** The latest acts of one space, newest first: the objective page's list and the evidence choices. */
export const SpaceMinutesQuery: TypedDocumentNode<
  { publishedMinutes: { id: string; title: string; number: number; spaceName: string; meetingStartsAt: string; publishedAt: string }[] },
  { spaceId: string; limit: number }
> = gql`
  query SpaceMinutes($spaceId: ID!, $limit: Int!) {
    publishedMinutes(spaceId: $spaceId, limit: $limit) {
      id
      title
      number
      spaceName
      meetingStartsAt
      publishedAt
    }
  }
`;

/** Approved versions of one space's models, newest first (evidence choices). */
export const SpaceApprovedVersionsQuery: TypedDocumentNode<
  { publishedModelVersions: { id: string; modelTitle: string; number: number; spaceName: string }[] },
  { spaceId: string }
> = gql`
  query SpaceApprovedVersions($spaceId: ID!) {
    publishedModelVersions(spaceId: $spaceId) {
      id
      modelTitle
      number
      spaceName
    }
  }
`;

/** Coordinators of a space serving the objective (or of the path's space); justification for AT_RISK and DROPPED. */
export const UpdateActionStatusMutation: TypedDocumentNode<
  { updateActionStatus: MonitoredAction },
  { actionId: string; status: ActionStatus; justification: string | null; ownerBody: string | null }
> = gql`
  mutation UpdateActionStatus($actionId: ID!, $status: ActionStatus!, $justification: String, $ownerBody: String) {
    updateActionStatus(actionId: $actionId, status: $status, justification: $justification, ownerBody: $ownerBody) {
      ...MonitoredActionFields
    }
  }
  ${ACTION_FIELDS}
`;

/** Coordinators: refId for MINUTES (a publication), MODEL_VERSION (an approved version) and DOCUMENT; url for LINK. */
export const AddActionEvidenceMutation: TypedDocumentNode<
  { addActionEvidence: ActionEvidence },
  { actionId: string; kind: EvidenceKind; refId: string | null; url: string | null; label: string | null }
> = gql`
  mutation AddActionEvidence($actionId: ID!, $kind: EvidenceKind!, $refId: ID, $url: String, $label: String) {
    addActionEvidence(actionId: $actionId, kind: $kind, refId: $refId, url: $url, label: $label) {
      ...ActionEvidenceFields
    }
  }
  ${EVIDENCE_FIELDS}
`;

export const DefineIndicatorMutation: TypedDocumentNode<{ defineIndicator: Indicator }, { objectiveId: string; input: IndicatorInput }> = gql`
  mutation DefineIndicator($objectiveId: ID!, $input: IndicatorInput!) {
    defineIndicator(objectiveId: $objectiveId, input: $input) {
      ...IndicatorFields
    }
  }
  ${INDICATOR_FIELDS}
`;

/** A second value for the same semester is a correction: the history keeps both. */
export const RecordIndicatorValueMutation: TypedDocumentNode<
  { recordIndicatorValue: Indicator },
  { indicatorId: string; semester: string; value: number; note: string }
> = gql`
  mutation RecordIndicatorValue($indicatorId: ID!, $semester: String!, $value: Float!, $note: String!) {
    recordIndicatorValue(indicatorId: $indicatorId, semester: $semester, value: $value, note: $note) {
      ...IndicatorFields
    }
  }
  ${INDICATOR_FIELDS}
`;

/** Coordinators of the space; CONFLICT when the path was already started there. */
export const StartPlanTemplateMutation: TypedDocumentNode<
  { startPlanTemplate: MonitoredAction[] },
  { spaceId: string; templateId: string; approvalDeadline: string | null }
> = gql`
  mutation StartPlanTemplate($spaceId: ID!, $templateId: ID!, $approvalDeadline: String) {
    startPlanTemplate(spaceId: $spaceId, templateId: $templateId, approvalDeadline: $approvalDeadline) {
      ...MonitoredActionFields
    }
  }
  ${ACTION_FIELDS}
`;

/** Coordinators: creates the live NOTE document of the semester's assessment (once). */
export const StartSemesterAssessmentMutation: TypedDocumentNode<
  { startSemesterAssessment: { semester: string; assessmentDocumentId: string | null } },
  { objectiveId: string; semester: string }
> = gql`
  mutation StartSemesterAssessment($objectiveId: ID!, $semester: String!) {
    startSemesterAssessment(objectiveId: $objectiveId, semester: $semester) {
      semester
      assessmentDocumentId
    }
  }
`;

/** Coordinators: freezes the report and the assessment. CONFLICT when already published. */
export const PublishSemesterReportMutation: TypedDocumentNode<
  { publishSemesterReport: SemesterReportPublication },
  { objectiveId: string; semester: string }
> = gql`
  mutation PublishSemesterReport($objectiveId: ID!, $semester: String!) {
    publishSemesterReport(objectiveId: $objectiveId, semester: $semester) {
      ...SemesterReportPublicationFields
    }
  }
  ${REPORT_PUBLICATION_FIELDS}
`;
