import type { CombinedError } from '@urql/core';
import { Alert, Button } from 'design-react-kit';
import { lazy, Suspense, useState } from 'react';
import { Link } from 'react-router';
import { toApiError, type ApiError } from '../../app/graphql-errors';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { meetingsText } from '../../i18n/meetings';
import { SpaceActionError } from '../spaces/space-action-error';
import type { Outcome } from '../spaces/use-member-actions';
import type { MeetingDetail, MinutesDocument } from './meeting-types';

// The live editor (TipTap, Yjs) is most of the code of the page: downloaded only once minutes exist.
const DocumentWorkspace = lazy(async () => ({ default: (await import('../documents/document-workspace')).DocumentWorkspace }));

interface MinutesSectionProps {
  meeting: MeetingDetail;
  me: { id: string; displayName: string };
  document: MinutesDocument | null | undefined;
  documentError: CombinedError | undefined;
  onRetryDocument: () => void;
  onStart: () => Promise<Outcome<unknown>>;
}

/**
 * The minutes: "Avvia il verbale" while there are none (the API writes a template with one heading
 * per agenda point), then the live editor shared with the other writers. Once published the text
 * is frozen: the page points to the public act instead.
 */
export function MinutesSection({ meeting, me, document, documentError, onRetryDocument, onStart }: MinutesSectionProps) {
  const t = meetingsText.minutes;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const latest = meeting.publications[meeting.publications.length - 1];

  const start = async () => {
    setBusy(true);
    setError(null);
    const outcome = await onStart();
    setBusy(false);
    if (!outcome.ok) setError(outcome.error);
  };

  const body = () => {
    if (meeting.cancelled) return <p>{t.cancelled}</p>;
    if (!meeting.minutesDocumentId) {
      if (!meeting.permissions.editMinutes || meeting.space.archived) return <p>{t.none} {t.cannotStart}</p>;
      return (
        <>
          <p>{t.none}</p>
          <p>{t.startIntro}</p>
          {error && <SpaceActionError error={error} />}
          <Button type="button" color="primary" disabled={busy} onClick={start}>
            {busy ? t.starting : t.start}
          </Button>
        </>
      );
    }
    if (documentError && !document) return <ErrorState error={toApiError(documentError)} onRetry={onRetryDocument} />;
    if (!document) return <LoadingState />;
    if (document.frozen) {
      return (
        <Alert color="info" fade={false}>
          <p className="mb-1">{t.frozen}</p>
          {latest && <Link to={`/verbali/${encodeURIComponent(latest.id)}`}>{t.readPublished}</Link>}
        </Alert>
      );
    }
    return (
      <>
        {meeting.publications.length > 0 && (
          <Alert color="warning" fade={false} className="mb-3">
            {t.correctionOpen}
          </Alert>
        )}
        <p>
          <Link to={`/documenti/${encodeURIComponent(document.id)}`}>{t.openAsDocument}</Link>
        </p>
        <Suspense fallback={<LoadingState />}>
          <DocumentWorkspace
            key={document.id}
            documentId={document.id}
            me={me}
            canEdit={document.canEdit}
            isMember={document.space.myRole !== null}
            archived={document.archived || document.space.archived}
          />
        </Suspense>
      </>
    );
  };

  return (
    <section aria-labelledby="verbale-titolo" className="mb-5">
      <h2 id="verbale-titolo" className="h4">
        {t.title}
      </h2>
      {body()}
    </section>
  );
}
