import { useNavigate } from 'react-router';
import { toApiError } from '../app/graphql-errors';
import { EmptyState } from '../components/empty-state';
import { ErrorState } from '../components/error-state';
import { LoadingState } from '../components/loading-state';
import { useDocumentTitle } from '../components/use-document-title';
import { DocumentCreateForm } from '../features/documents/document-create-form';
import { DocumentsTable } from '../features/documents/documents-table';
import { useDocumentActions } from '../features/documents/use-document-actions';
import { useSpaceDocuments } from '../features/documents/use-space-documents';
import { isForbidden } from '../features/spaces/is-forbidden';
import { MembersOnlyNotice } from '../features/spaces/members-only-notice';
import { useSpaceOutlet } from '../features/spaces/space-outlet-context';
import type { SpaceDetail } from '../features/spaces/space-types';
import { it } from '../i18n/it';

/**
 * Who may start a document: the API's word (coordinators and members); should an older API leave
 * it out, the same rule from the role.
 */
function canCreateDocument(space: SpaceDetail): boolean {
  if (space.archived) return false;
  const fromApi: boolean | undefined = space.permissions.canCreateDocument;
  return fromApi ?? (space.myRole === 'COORDINATOR' || space.myRole === 'MEMBER');
}

/** Bozze: the documents of the space, for its members, and "Nuova bozza" for those who may write. */
export function SpaceDraftsPage() {
  const t = it.documents;
  const { space } = useSpaceOutlet();
  useDocumentTitle(`${it.spaces.tabDrafts} · ${space.name}`);
  const navigate = useNavigate();
  const isMember = space.myRole !== null;
  const [{ data, error, fetching }, reexecute] = useSpaceDocuments(space.id, isMember);
  const { create } = useDocumentActions();

  const createDraft = async (title: string) => {
    const outcome = await create(space.id, 'PROPOSAL', title);
    if (!outcome.ok) return outcome.error;
    navigate(`/documenti/${encodeURIComponent(outcome.value.id)}`);
    return null;
  };

  const documents = data?.documents;
  const forbidden = !isMember || (error !== undefined && isForbidden(error));

  return (
    <>
      <section aria-labelledby="bozze-titolo">
        <h2 id="bozze-titolo" className="h3">
          {t.listTitle}
        </h2>
        {forbidden ? (
          <MembersOnlyNotice message={t.membersOnly} />
        ) : (
          <>
            <p>{t.intro}</p>
            {error && !fetching && !documents ? (
              <ErrorState error={toApiError(error)} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
            ) : !documents ? (
              <LoadingState />
            ) : documents.length === 0 ? (
              <EmptyState message={t.empty} />
            ) : (
              <DocumentsTable documents={documents} />
            )}
          </>
        )}
      </section>

      {!forbidden && canCreateDocument(space) && (
        <section aria-labelledby="nuova-bozza-titolo" className="mt-5">
          <h2 id="nuova-bozza-titolo" className="h4">
            {t.createTitle}
          </h2>
          <p>{t.createIntro}</p>
          <DocumentCreateForm onCreate={createDraft} />
        </section>
      )}
    </>
  );
}
