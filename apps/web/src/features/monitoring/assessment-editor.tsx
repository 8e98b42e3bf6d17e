import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { toApiError } from '../../app/graphql-errors';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { monitoringText } from '../../i18n/monitoring';
import { useAssessmentDocument } from './use-monitoring-queries';

// The live editor (TipTap, Yjs) is most of the code: downloaded only once an assessment exists.
const DocumentWorkspace = lazy(async () => ({ default: (await import('../documents/document-workspace')).DocumentWorkspace }));

/** The coordinators' assessment of a semester: the live NOTE document, co-written as the meeting page's minutes are. */
export function AssessmentEditor({ documentId, me }: { documentId: string; me: { id: string; displayName: string } }) {
  const { result, refresh } = useAssessmentDocument(documentId, true);
  const { data, error } = result;
  const document = data?.document;
  if (error && !document) return <ErrorState error={toApiError(error)} onRetry={refresh} />;
  if (!document) return <LoadingState />;
  return (
    <>
      <p>
        <Link to={`/documenti/${encodeURIComponent(document.id)}`}>{monitoringText.report.openAsDocument}</Link>
      </p>
      <Suspense fallback={<LoadingState />}>
        <DocumentWorkspace
          key={document.id}
          documentId={document.id}
          me={me}
          canEdit={document.canEdit && !document.frozen}
          isMember={document.space.myRole !== null}
          archived={document.archived || document.space.archived}
        />
      </Suspense>
    </>
  );
}
