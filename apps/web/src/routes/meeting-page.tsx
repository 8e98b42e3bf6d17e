import { Alert, Badge, Button } from 'design-react-kit';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { EmptyState } from '../components/empty-state';
import { PageBreadcrumb, type Crumb } from '../components/page-breadcrumb';
import { QueryState } from '../components/query-state';
import { useDocumentTitle } from '../components/use-document-title';
import { useAuth } from '../features/auth/use-auth';
import { useSpaceDocuments } from '../features/documents/use-space-documents';
import { ActionItemsSection } from '../features/meetings/action-items-section';
import { AttendanceSheet } from '../features/meetings/attendance-sheet';
import { DecisionsEditor } from '../features/meetings/decisions-editor';
import { MeetingAgenda } from '../features/meetings/meeting-agenda';
import { MeetingCancelSection } from '../features/meetings/meeting-cancel-section';
import { MeetingForm } from '../features/meetings/meeting-form';
import { meetingValues } from '../features/meetings/meeting-form-values';
import { spaceOrganizations } from '../features/meetings/meeting-lists';
import { MeetingRsvp } from '../features/meetings/meeting-rsvp';
import type { MeetingDetail, MinutesDocument } from '../features/meetings/meeting-types';
import '../features/meetings/meetings.css';
import { MinutesSection } from '../features/meetings/minutes-section';
import { PublicationSection } from '../features/meetings/publication-section';
import { formatMeetingWhen } from '../features/meetings/rome-time';
import { useMeeting, type MeetingActions } from '../features/meetings/use-meeting';
import { useMeetingLive } from '../features/meetings/use-meeting-live';
import { useMinutesDocument } from '../features/meetings/use-minutes-document';
import { isForbidden } from '../features/spaces/is-forbidden';
import { MembersOnlyNotice } from '../features/spaces/members-only-notice';
import { it } from '../i18n/it';
import { meetingsText } from '../i18n/meetings';

function crumbs(meeting: MeetingDetail | null | undefined): Crumb[] {
  const items: Crumb[] = [
    { label: it.nav.home, to: '/' },
    { label: it.spaces.title, to: '/spazi' },
  ];
  if (meeting) {
    const spacePath = `/spazi/${encodeURIComponent(meeting.space.id)}`;
    items.push({ label: meeting.space.name, to: spacePath });
    items.push({ label: meetingsText.tabs.meetings, to: `${spacePath}/incontri` });
  }
  items.push({ label: meeting?.title ?? meetingsText.titles.meeting });
  return items;
}

/**
 * Whether decisions, actions and attendance may still change: before publication, or while a
 * correction's text is being written (the API says the same).
 */
function minutesOpen(meeting: MeetingDetail, document: MinutesDocument | null | undefined): boolean {
  if (meeting.cancelled || meeting.space.archived) return false;
  if (meeting.publications.length === 0) return true;
  return document !== null && document !== undefined && !document.frozen;
}

interface MeetingViewProps {
  meeting: MeetingDetail;
  me: { id: string; displayName: string };
  actions: MeetingActions;
}

function MeetingView({ meeting, me, actions }: MeetingViewProps) {
  const t = meetingsText;
  const { result: documentResult, refresh: refreshDocument } = useMinutesDocument(meeting.minutesDocumentId);
  const minutesDocument = documentResult.data?.document;
  const isMember = meeting.space.myRole !== null;
  const [documentsResult] = useSpaceDocuments(meeting.spaceId, isMember);
  const [editing, setEditing] = useState(false);

  const organizations = useMemo(
    () => spaceOrganizations(meeting.space.memberOrganizations, meeting.invitees.map((i) => i.organization)),
    [meeting.space.memberOrganizations, meeting.invitees],
  );
  const spaceDocuments = documentsResult.data?.documents;
  const documentTitles = useMemo(() => new Map((spaceDocuments ?? []).map((d) => [d.id, d.title])), [spaceDocuments]);
  const linkable = useMemo(
    () =>
      (spaceDocuments ?? [])
        .filter((d) => !d.archived || meeting.agenda.some((a) => a.documentIds.includes(d.id)))
        .map((d) => ({ id: d.id, title: d.title })),
    [spaceDocuments, meeting.agenda],
  );

  const open = minutesOpen(meeting, minutesDocument);
  const changeable = meeting.permissions.update && !meeting.cancelled && !meeting.space.archived && meeting.publications.length === 0;
  const canWrite = meeting.permissions.editMinutes && open;
  const canUpdateStatus = meeting.permissions.editMinutes && !meeting.space.archived;

  return (
    <>
      <h1>{meeting.title}</h1>
      <p className="mb-2">
        {meeting.cancelled && (
          <Badge color="danger" className="me-2">
            {t.meeting.cancelled}
          </Badge>
        )}
        <span>
          {t.meeting.inSpace}:{' '}
          <Link to={`/spazi/${encodeURIComponent(meeting.space.id)}/incontri`}>{meeting.space.name}</Link>
        </span>
      </p>
      {meeting.cancelled && (
        <Alert color="warning" fade={false} className="my-3">
          <p className="fw-semibold mb-1">{t.meeting.cancelledNotice}</p>
          {meeting.cancelReason && <p className="mb-0">{t.meeting.cancelReason(meeting.cancelReason)}</p>}
        </Alert>
      )}
      <dl className="row mb-3">
        <dt className="col-sm-3">{t.meeting.when}</dt>
        <dd className="col-sm-9">
          <time dateTime={meeting.startsAt}>{formatMeetingWhen(meeting.startsAt, meeting.endsAt)}</time>
        </dd>
        {meeting.place && (
          <>
            <dt className="col-sm-3">{t.meeting.place}</dt>
            <dd className="col-sm-9">{meeting.place}</dd>
          </>
        )}
        {meeting.videoUrl && (
          <>
            <dt className="col-sm-3">{t.meeting.video}</dt>
            <dd className="col-sm-9">
              <a href={meeting.videoUrl} target="_blank" rel="noopener noreferrer">
                {meeting.videoUrl}
              </a>
            </dd>
          </>
        )}
      </dl>
      <p className="mb-5">
        <a href={`/calendar/meetings/${encodeURIComponent(meeting.id)}.ics`} download className="btn btn-outline-primary btn-sm">
          {t.meeting.downloadIcs}
        </a>
      </p>

      <MeetingRsvp meeting={meeting} onRsvp={actions.rsvp} />
      <MeetingAgenda agenda={meeting.agenda} documentTitles={documentTitles} />
      {/* The sheet and the decisions start from what the API holds, then keep what is typed. */}
      <AttendanceSheet
        organizations={organizations}
        records={meeting.attendance}
        editable={meeting.permissions.recordAttendance && open}
        onSave={actions.recordAttendance}
      />
      <MinutesSection
        meeting={meeting}
        me={me}
        document={minutesDocument}
        documentError={documentResult.error}
        onRetryDocument={refreshDocument}
        onStart={actions.startMinutes}
      />
      <DecisionsEditor decisions={meeting.decisions} editable={canWrite} onSave={actions.setDecisions} />
      <ActionItemsSection
        items={meeting.actionItems}
        organizations={organizations}
        editable={canWrite}
        canUpdateStatus={canUpdateStatus}
        onAdd={actions.addActionItem}
        onRemove={actions.removeActionItem}
        onStatus={actions.updateActionItemStatus}
      />
      <PublicationSection
        meeting={meeting}
        minutesDocument={minutesDocument}
        onPublish={async () => {
          const outcome = await actions.publish();
          refreshDocument();
          return outcome;
        }}
        onStartCorrection={actions.startCorrection}
        onPublishCorrection={async (publicationId, reason) => {
          const outcome = await actions.publishCorrection(publicationId, reason);
          refreshDocument();
          return outcome;
        }}
      />

      {changeable && (
        <section aria-labelledby="modifica-incontro-titolo" className="mb-5">
          <h2 id="modifica-incontro-titolo" className="h4">
            {t.edit.title}
          </h2>
          {editing ? (
            <MeetingForm
              idPrefix="incontro-modifica"
              initial={meetingValues(meeting)}
              organizations={organizations}
              documents={linkable}
              submitLabel={t.form.save}
              savedMessage={t.form.saved}
              onSubmit={async (input) => {
                const outcome = await actions.update(input);
                return outcome.ok ? null : outcome.error;
              }}
              extraActions={
                <Button type="button" color="primary" outline onClick={() => setEditing(false)}>
                  {t.edit.close}
                </Button>
              }
            />
          ) : (
            <Button color="primary" outline onClick={() => setEditing(true)}>
              {t.edit.open}
            </Button>
          )}
        </section>
      )}
      {changeable && <MeetingCancelSection title={meeting.title} onCancel={actions.cancel} />}
    </>
  );
}

/** /incontri/:id: a meeting of a space, for its members, from the invitation to the published minutes. */
export function MeetingPage() {
  const { id = '' } = useParams();
  const { me } = useAuth();
  const { result, refresh, actions } = useMeeting(id);
  const { data, error, fetching } = result;
  const meeting = data?.meeting;
  useDocumentTitle(meeting?.title ?? meetingsText.titles.meeting);
  useMeetingLive(meeting?.spaceId, refresh);

  if (error && !meeting && isForbidden(error)) {
    return (
      <>
        <PageBreadcrumb items={crumbs(null)} />
        <h1>{meetingsText.titles.meeting}</h1>
        <MembersOnlyNotice message={meetingsText.meeting.forbidden} />
      </>
    );
  }

  return (
    <>
      <PageBreadcrumb items={crumbs(meeting)} />
      <QueryState data={data} error={error} fetching={fetching} onRetry={refresh} fallbackHeading={meetingsText.titles.meeting}>
        {({ meeting: found }) =>
          !found ? (
            <>
              <h1>{it.notFound.title}</h1>
              <EmptyState message={meetingsText.meeting.notFound}>
                <Link to="/tavoli">{it.spaces.backToSpaces}</Link>
              </EmptyState>
            </>
          ) : (
            me && <MeetingView meeting={found} me={me} actions={actions} />
          )
        }
      </QueryState>
    </>
  );
}
