import { AmbitoEntity } from './ambito.entity';
import { AsstEntity } from './asst.entity';
import { AuditEventEntity } from './audit-event.entity';
import { ComuneEntity } from './comune.entity';
import { DistrettoEntity } from './distretto.entity';
import { OrganizationMembershipEntity } from './organization-membership.entity';
import { OrganizationEntity } from './organization.entity';
import { OutboxEmailEntity } from './outbox-email.entity';
import { ProvinceEntity } from './province.entity';
import { SessionEntity } from './session.entity';
import { UserTokenEntity } from './user-token.entity';
import { UserEntity } from './user.entity';
import { NotificationEntity } from './notification.entity';
import { ObjectiveActionEntity } from './objective-action.entity';
import { ObjectiveEntity } from './objective.entity';
import { SpaceMemberEntity } from './space-member.entity';
import { SpaceObjectiveEntity } from './space-objective.entity';
import { SpaceOrganizationEntity } from './space-organization.entity';
import { SpaceEntity } from './space.entity';
import { CollabTicketEntity } from './collab-ticket.entity';
import { DocumentEntity } from './document.entity';
import { DocumentVersionEntity } from './document-version.entity';
import { YjsSnapshotEntity } from './yjs-snapshot.entity';
import { YjsUpdateEntity } from './yjs-update.entity';
import { CommentThreadEntity } from './comment-thread.entity';
import { CommentEntity } from './comment.entity';
import { MeetingEntity } from './meeting.entity';
import { AgendaItemEntity } from './agenda-item.entity';
import { MeetingRsvpEntity } from './meeting-rsvp.entity';
import { MeetingAttendanceEntity } from './meeting-attendance.entity';
import { MeetingDecisionEntity } from './meeting-decision.entity';
import { ActionItemEntity } from './action-item.entity';
import { MinutesPublicationEntity } from './minutes-publication.entity';
import { CalendarFeedEntity } from './calendar-feed.entity';
import { InstrumentEntity } from './instrument.entity';
import { InstrumentSourceEntity } from './instrument-source.entity';
import { InstrumentRelationEntity } from './instrument-relation.entity';
import { InstrumentRevisionEntity } from './instrument-revision.entity';
import { InstrumentExperienceEntity } from './instrument-experience.entity';
import { InstrumentCommentEntity } from './instrument-comment.entity';
import { ModelEntity } from './model.entity';
import { ModelVersionEntity } from './model-version.entity';
import { ModelReviewEntity } from './model-review.entity';
import { ReviewDecisionEntity } from './review-decision.entity';
import { ReviewCommentEntity } from './review-comment.entity';
import { ActionEvidenceEntity } from './action-evidence.entity';
import { IndicatorEntity } from './indicator.entity';
import { IndicatorTargetEntity } from './indicator-target.entity';
import { IndicatorValueEntity } from './indicator-value.entity';
import { SemesterAssessmentEntity } from './semester-assessment.entity';
import { SemesterReportPublicationEntity } from './semester-report-publication.entity';

export * from './ambito.entity';
export * from './asst.entity';
export * from './audit-event.entity';
export * from './comune.entity';
export * from './distretto.entity';
export * from './organization-membership.entity';
export * from './organization.entity';
export * from './outbox-email.entity';
export * from './province.entity';
export * from './session.entity';
export * from './user-token.entity';
export * from './user.entity';
export * from './notification.entity';
export * from './objective-action.entity';
export * from './objective.entity';
export * from './space-member.entity';
export * from './space-objective.entity';
export * from './space-organization.entity';
export * from './space.entity';
export * from './collab-ticket.entity';
export * from './document.entity';
export * from './document-version.entity';
export * from './yjs-snapshot.entity';
export * from './yjs-update.entity';
export * from './comment-thread.entity';
export * from './comment.entity';
export * from './meeting.entity';
export * from './agenda-item.entity';
export * from './meeting-rsvp.entity';
export * from './meeting-attendance.entity';
export * from './meeting-decision.entity';
export * from './action-item.entity';
export * from './minutes-publication.entity';
export * from './calendar-feed.entity';
export * from './instrument.entity';
export * from './instrument-source.entity';
export * from './instrument-relation.entity';
export * from './instrument-revision.entity';
export * from './instrument-experience.entity';
export * from './instrument-comment.entity';
export * from './model.entity';
export * from './model-version.entity';
export * from './model-review.entity';
export * from './review-decision.entity';
export * from './review-comment.entity';
export * from './action-evidence.entity';
export * from './indicator.entity';
export * from './indicator-target.entity';
export * from './indicator-value.entity';
export * from './semester-assessment.entity';
export * from './semester-report-publication.entity';

/** Every entity of the schema, for the data source. */
export const ENTITIES = [
  ProvinceEntity, AsstEntity, DistrettoEntity, AmbitoEntity, ComuneEntity, OrganizationEntity,
  UserEntity, OrganizationMembershipEntity, SessionEntity, UserTokenEntity, OutboxEmailEntity, AuditEventEntity,
  ObjectiveEntity, ObjectiveActionEntity, SpaceEntity, SpaceObjectiveEntity, SpaceOrganizationEntity, SpaceMemberEntity,
  NotificationEntity, DocumentEntity, YjsUpdateEntity, YjsSnapshotEntity, CollabTicketEntity,
  DocumentVersionEntity, CommentThreadEntity, CommentEntity,
  MeetingEntity, AgendaItemEntity, MeetingRsvpEntity, MeetingAttendanceEntity, MeetingDecisionEntity, ActionItemEntity, MinutesPublicationEntity, CalendarFeedEntity,
  InstrumentEntity, InstrumentSourceEntity, InstrumentRelationEntity, InstrumentRevisionEntity, InstrumentExperienceEntity,
  InstrumentCommentEntity, ModelEntity, ModelVersionEntity, ModelReviewEntity, ReviewDecisionEntity, ReviewCommentEntity,
  ActionEvidenceEntity, IndicatorEntity, IndicatorTargetEntity, IndicatorValueEntity,
  SemesterAssessmentEntity, SemesterReportPublicationEntity,
];
