import { gql, type TypedDocumentNode } from '@urql/core';
import type {
  ActionItem,
  ActionItemInput,
  ActionItemStatus,
  AttendanceInput,
  CreateMeetingInput,
  MeetingDetail,
  MeetingDetailsInput,
  MeetingSummary,
  MinutesDocument,
  MinutesPublication,
  MinutesPublicationDetail,
  MinutesSearchHit,
  RsvpResponse,
  SpaceDecision,
} from './meeting-types';

const ACTION_ITEM_FIELDS = gql`
  fragment ActionItemFields on ActionItem {
    id
    meetingId
    meetingTitle
    what
    organization {
      id
      name
    }
    dueDate
    status
    overdue
  }
`;

const PUBLICATION_FIELDS = gql`
  fragment MinutesPublicationFields on MinutesPublication {
    id
    meetingId
    spaceId
    spaceName
    number
    title
    meetingStartsAt
    publishedAt
    publishedByName
    contentSha256
    supersedesId
    supersededById
    correctionReason
  }
`;

const MEETING_FIELDS = gql`
  fragment MeetingDetailFields on Meeting {
    id
    spaceId
    space {
      id
      name
      archived
      myRole
      memberOrganizations {
        id
        name
      }
    }
    title
    startsAt
    endsAt
    place
    videoUrl
    cancelled
    cancelReason
    minutesDocumentId
    myRsvp
    agenda {
      id
      position
      title
      description
      presenterOrganization {
        id
        name
      }
      documentIds
    }
    invitees {
      user {
        id
        displayName
      }
      organization {
        id
        name
      }
      response
    }
    attendance {
      organization {
        id
        name
      }
      status
      representedBy
    }
    decisions {
      id
      position
      text
    }
    actionItems {
      ...ActionItemFields
    }
    publications {
      ...MinutesPublicationFields
    }
    permissions {
      update
      rsvp
      recordAttendance
      editMinutes
      publish
    }
  }
  ${ACTION_ITEM_FIELDS}
  ${PUBLICATION_FIELDS}
`;

/** The meetings of a space, newest first (members only: FORBIDDEN otherwise). */
export const SpaceMeetingsQuery: TypedDocumentNode<{ meetings: MeetingSummary[] }, { spaceId: string }> = gql`
  query SpaceMeetings($spaceId: ID!) {
    meetings(spaceId: $spaceId) {
      id
      title
      startsAt
      endsAt
      place
      videoUrl
      cancelled
      myRsvp
      publications {
        id
      }
    }
  }
`;

/** null when there is no such meeting; FORBIDDEN for people outside its space. */
export const MeetingQuery: TypedDocumentNode<{ meeting: MeetingDetail | null }, { id: string }> = gql`
  query Meeting($id: ID!) {
    meeting(id: $id) {
      ...MeetingDetailFields
    }
  }
  ${MEETING_FIELDS}
`;

/** The minutes document: whether this person may write it and whether publication froze it. */
export const MinutesDocumentQuery: TypedDocumentNode<{ document: MinutesDocument | null }, { id: string }> = gql`
  query MinutesDocument($id: ID!) {
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

/** Open first is up to the page; the API orders by due date. */
export const SpaceActionItemsQuery: TypedDocumentNode<{ spaceActionItems: ActionItem[] }, { spaceId: string; openOnly: boolean }> = gql`
  query SpaceActionItems($spaceId: ID!, $openOnly: Boolean!) {
    spaceActionItems(spaceId: $spaceId, openOnly: $openOnly) {
      ...ActionItemFields
    }
  }
  ${ACTION_ITEM_FIELDS}
`;

/** Newest meeting first, each meeting's decisions in order. */
export const SpaceDecisionsQuery: TypedDocumentNode<{ spaceDecisions: SpaceDecision[] }, { spaceId: string }> = gql`
  query SpaceDecisions($spaceId: ID!) {
    spaceDecisions(spaceId: $spaceId) {
      id
      meetingId
      meetingTitle
      meetingStartsAt
      text
    }
  }
`;

/** Public: the acts of public spaces (and of the viewer's own), newest first; `search` in Italian. */
export const PublishedMinutesQuery: TypedDocumentNode<
  { publishedMinutes: MinutesSearchHit[] },
  { search: string | null; limit: number }
> = gql`
  query PublishedMinutes($search: String, $limit: Int!) {
    publishedMinutes(search: $search, limit: $limit) {
      ...MinutesPublicationFields
      excerpt
    }
  }
  ${PUBLICATION_FIELDS}
`;

/** Public for public spaces; UNAUTHENTICATED or FORBIDDEN for the acts of a members-only space. */
export const MinutesPublicationQuery: TypedDocumentNode<{ minutesPublication: MinutesPublicationDetail | null }, { id: string }> = gql`
  query MinutesPublication($id: ID!) {
    minutesPublication(id: $id) {
      ...MinutesPublicationFields
      html
    }
  }
  ${PUBLICATION_FIELDS}
`;

/** Coordinators; every member of the space is invited (notification and e-mail). */
export const CreateMeetingMutation: TypedDocumentNode<{ createMeeting: MeetingDetail }, { input: CreateMeetingInput }> = gql`
  mutation CreateMeeting($input: CreateMeetingInput!) {
    createMeeting(input: $input) {
      ...MeetingDetailFields
    }
  }
  ${MEETING_FIELDS}
`;

/** Coordinators, until the meeting is cancelled or its minutes published; replaces the agenda. */
export const UpdateMeetingMutation: TypedDocumentNode<{ updateMeeting: MeetingDetail }, { id: string; input: MeetingDetailsInput }> = gql`
  mutation UpdateMeeting($id: ID!, $input: MeetingDetailsInput!) {
    updateMeeting(id: $id, input: $input) {
      ...MeetingDetailFields
    }
  }
  ${MEETING_FIELDS}
`;

export const CancelMeetingMutation: TypedDocumentNode<{ cancelMeeting: MeetingDetail }, { id: string; reason: string | null }> = gql`
  mutation CancelMeeting($id: ID!, $reason: String) {
    cancelMeeting(id: $id, reason: $reason) {
      ...MeetingDetailFields
    }
  }
  ${MEETING_FIELDS}
`;

export const RsvpMutation: TypedDocumentNode<{ rsvp: MeetingDetail }, { meetingId: string; response: RsvpResponse }> = gql`
  mutation Rsvp($meetingId: ID!, $response: RsvpResponse!) {
    rsvp(meetingId: $meetingId, response: $response) {
      ...MeetingDetailFields
    }
  }
  ${MEETING_FIELDS}
`;

/** Coordinators; replaces what was recorded. */
export const RecordAttendanceMutation: TypedDocumentNode<
  { recordAttendance: MeetingDetail },
  { meetingId: string; entries: AttendanceInput[] }
> = gql`
  mutation RecordAttendance($meetingId: ID!, $entries: [AttendanceInput!]!) {
    recordAttendance(meetingId: $meetingId, entries: $entries) {
      ...MeetingDetailFields
    }
  }
  ${MEETING_FIELDS}
`;

/** Coordinators and members: the minutes document from the template (once; again answers the same). */
export const StartMinutesMutation: TypedDocumentNode<{ startMinutes: MeetingDetail }, { meetingId: string }> = gql`
  mutation StartMinutes($meetingId: ID!) {
    startMinutes(meetingId: $meetingId) {
      ...MeetingDetailFields
    }
  }
  ${MEETING_FIELDS}
`;

/** Replaces the decisions, in order. */
export const SetMeetingDecisionsMutation: TypedDocumentNode<
  { setMeetingDecisions: MeetingDetail },
  { meetingId: string; texts: string[] }
> = gql`
  mutation SetMeetingDecisions($meetingId: ID!, $texts: [String!]!) {
    setMeetingDecisions(meetingId: $meetingId, texts: $texts) {
      ...MeetingDetailFields
    }
  }
  ${MEETING_FIELDS}
`;

export const AddActionItemMutation: TypedDocumentNode<{ addActionItem: ActionItem }, { meetingId: string; input: ActionItemInput }> = gql`
  mutation AddActionItem($meetingId: ID!, $input: ActionItemInput!) {
    addActionItem(meetingId: $meetingId, input: $input) {
      ...ActionItemFields
    }
  }
  ${ACTION_ITEM_FIELDS}
`;

export const RemoveActionItemMutation: TypedDocumentNode<{ removeActionItem: MeetingDetail }, { id: string }> = gql`
  mutation RemoveActionItem($id: ID!) {
    removeActionItem(id: $id) {
      ...MeetingDetailFields
    }
  }
  ${MEETING_FIELDS}
`;

/** Coordinators and members, after publication too. */
export const UpdateActionItemStatusMutation: TypedDocumentNode<
  { updateActionItemStatus: ActionItem },
  { id: string; status: ActionItemStatus }
> = gql`
  mutation UpdateActionItemStatus($id: ID!, $status: ActionItemStatus!) {
    updateActionItemStatus(id: $id, status: $status) {
      ...ActionItemFields
    }
  }
  ${ACTION_ITEM_FIELDS}
`;

/** Coordinators: a frozen public act. CONFLICT when the minutes are already published. */
export const PublishMinutesMutation: TypedDocumentNode<{ publishMinutes: MinutesPublication }, { meetingId: string }> = gql`
  mutation PublishMinutes($meetingId: ID!) {
    publishMinutes(meetingId: $meetingId) {
      ...MinutesPublicationFields
    }
  }
  ${PUBLICATION_FIELDS}
`;

/** Coordinators: a new editable minutes document from the published text (minutesDocumentId changes). */
export const StartMinutesCorrectionMutation: TypedDocumentNode<{ startMinutesCorrection: MeetingDetail }, { publicationId: string }> = gql`
  mutation StartMinutesCorrection($publicationId: ID!) {
    startMinutesCorrection(publicationId: $publicationId) {
      ...MeetingDetailFields
    }
  }
  ${MEETING_FIELDS}
`;

/** Coordinators: the corrected text as a new act that supersedes `publicationId`. */
export const PublishMinutesCorrectionMutation: TypedDocumentNode<
  { publishMinutesCorrection: MinutesPublication },
  { publicationId: string; reason: string }
> = gql`
  mutation PublishMinutesCorrection($publicationId: ID!, $reason: String!) {
    publishMinutesCorrection(publicationId: $publicationId, reason: $reason) {
      ...MinutesPublicationFields
    }
  }
  ${PUBLICATION_FIELDS}
`;

/** A personal secret address of the space's calendar (a new one replaces the previous). */
export const CreateCalendarFeedMutation: TypedDocumentNode<{ createCalendarFeed: string }, { spaceId: string }> = gql`
  mutation CreateCalendarFeed($spaceId: ID!) {
    createCalendarFeed(spaceId: $spaceId)
  }
`;
