import type { NamedRef, PersonRef, SpaceRole } from '../spaces/space-types';

export type RsvpResponse = 'YES' | 'NO' | 'MAYBE';
export type AttendanceStatus = 'PRESENT' | 'ABSENT' | 'REPRESENTED';
export type ActionItemStatus = 'OPEN' | 'IN_PROGRESS' | 'DONE';

export const RSVP_RESPONSES: readonly RsvpResponse[] = ['YES', 'NO', 'MAYBE'];
export const ATTENDANCE_STATUSES: readonly AttendanceStatus[] = ['PRESENT', 'ABSENT', 'REPRESENTED'];
export const ACTION_ITEM_STATUSES: readonly ActionItemStatus[] = ['OPEN', 'IN_PROGRESS', 'DONE'];

export function isAttendanceStatus(value: string): value is AttendanceStatus {
  return ATTENDANCE_STATUSES.includes(value as AttendanceStatus);
}

export function isActionItemStatus(value: string): value is ActionItemStatus {
  return ACTION_ITEM_STATUSES.includes(value as ActionItemStatus);
}

/** A row of the Incontri tab. */
export interface MeetingSummary {
  id: string;
  title: string;
  startsAt: string;
  endsAt: string;
  place: string | null;
  videoUrl: string | null;
  cancelled: boolean;
  myRsvp: RsvpResponse | null;
  publications: { id: string }[];
}

export interface AgendaItem {
  id: string;
  position: number;
  title: string;
  description: string;
  presenterOrganization: NamedRef | null;
  documentIds: string[];
}

export interface MeetingInvitee {
  user: PersonRef;
  organization: NamedRef | null;
  /** null: no answer yet. */
  response: RsvpResponse | null;
}

export interface AttendanceRecord {
  organization: NamedRef;
  status: AttendanceStatus;
  representedBy: string | null;
}

export interface MeetingDecision {
  id: string;
  position: number;
  text: string;
}

export interface ActionItem {
  id: string;
  meetingId: string;
  meetingTitle: string;
  what: string;
  organization: NamedRef | null;
  /** YYYY-MM-DD */
  dueDate: string;
  status: ActionItemStatus;
  /** Past its due date and not done. */
  overdue: boolean;
}

/** A published act: canonical HTML frozen with its SHA-256. */
export interface MinutesPublication {
  id: string;
  meetingId: string;
  spaceId: string;
  spaceName: string;
  number: number;
  title: string;
  meetingStartsAt: string;
  publishedAt: string;
  publishedByName: string;
  contentSha256: string;
  supersedesId: string | null;
  supersededById: string | null;
  correctionReason: string | null;
}

/** The act itself, for its public page. */
export interface MinutesPublicationDetail extends MinutesPublication {
  /** Canonical HTML rendered and escaped by the API; the SHA-256 is of this exact text (UTF-8). */
  html: string;
}

/** A search result: the excerpt marks the words found between « and ». */
export interface MinutesSearchHit extends MinutesPublication {
  excerpt: string | null;
}

export interface MeetingPermissions {
  update: boolean;
  rsvp: boolean;
  recordAttendance: boolean;
  editMinutes: boolean;
  publish: boolean;
}

export interface MeetingSpace {
  id: string;
  name: string;
  archived: boolean;
  myRole: SpaceRole | null;
  memberOrganizations: NamedRef[];
}

export interface MeetingDetail {
  id: string;
  spaceId: string;
  space: MeetingSpace;
  title: string;
  startsAt: string;
  endsAt: string;
  place: string | null;
  videoUrl: string | null;
  cancelled: boolean;
  cancelReason: string | null;
  minutesDocumentId: string | null;
  myRsvp: RsvpResponse | null;
  agenda: AgendaItem[];
  invitees: MeetingInvitee[];
  attendance: AttendanceRecord[];
  decisions: MeetingDecision[];
  actionItems: ActionItem[];
  publications: MinutesPublication[];
  permissions: MeetingPermissions;
}

/** The minutes document as the meeting page needs it: may I write, and is the text frozen. */
export interface MinutesDocument {
  id: string;
  title: string;
  archived: boolean;
  /** Published: read-only for everybody. */
  frozen: boolean;
  canEdit: boolean;
  space: { id: string; archived: boolean; myRole: SpaceRole | null };
}

/** A decision with its meeting, for «Decisioni e azioni». */
export interface SpaceDecision {
  id: string;
  meetingId: string;
  meetingTitle: string;
  meetingStartsAt: string;
  text: string;
}

export interface AgendaItemInput {
  title: string;
  description?: string | null;
  presenterOrganizationId?: string | null;
  documentIds?: string[];
}

export interface MeetingDetailsInput {
  title: string;
  startsAt: string;
  endsAt: string;
  place?: string | null;
  videoUrl?: string | null;
  agenda: AgendaItemInput[];
}

export interface CreateMeetingInput extends MeetingDetailsInput {
  spaceId: string;
}

export interface AttendanceInput {
  organizationId: string;
  status: AttendanceStatus;
  representedBy?: string | null;
}

export interface ActionItemInput {
  what: string;
  organizationId?: string | null;
  dueDate: string;
}
