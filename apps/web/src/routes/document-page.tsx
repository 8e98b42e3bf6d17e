import { Badge } from 'design-react-kit';
import { lazy, Suspense, useState } from 'react';
import { Link, useParams } from 'react-router';
import { EmptyState } from '../components/empty-state';
import { LoadingState } from '../components/loading-state';
import { PageBreadcrumb, type Crumb } from '../components/page-breadcrumb';
import { QueryState } from '../components/query-state';
import { useDocumentTitle } from '../components/use-document-title';
import { useAuth } from '../features/auth/use-auth';
import { DocumentArchiveSection } from '../features/documents/document-archive-section';
import { DocumentExportLinks } from '../features/documents/document-export-links';
import { documentKindLabel } from '../features/documents/document-labels';
import { DocumentRenameForm } from '../features/documents/document-rename-form';
import type { DocumentDetail } from '../features/documents/document-types';
import { useDocument } from '../features/documents/use-document';
import { useDocumentActions } from '../features/documents/use-document-actions';
import { isForbidden } from '../features/spaces/is-forbidden';
import { MembersOnlyNotice } from '../features/spaces/members-only-notice';
import { it } from '../i18n/it';

/*
 * The editor (TipTap, ProseMirror, Yjs) is most of this page's code: its download starts as soon as
 * the page's own (small) code runs, alongside the query for the title, not after it.
 */
const loadWorkspace = () => import('../features/documents/document-workspace');
loadWorkspace().catch(() => undefined);
const DocumentWorkspace = lazy(async () => ({ default: (await loadWorkspace()).DocumentWorkspace }));

function crumbs(document: DocumentDetail | null | undefined): Crumb[] {
  const items: Crumb[] = [
    { label: it.nav.home, to: '/' },
    { label: it.spaces.title, to: '/spazi' },
  ];
  if (document) {
    const spacePath = `/spazi/${encodeURIComponent(document.space.id)}`;
    items.push({ label: document.space.name, to: spacePath });
    items.push({ label: it.spaces.tabDrafts, to: `${spacePath}/bozze` });
  }
  items.push({ label: document?.title ?? it.documents.pageTitle });
  return items;
}

/**
 * /documenti/:id: a document of a space, written together in real time. The title and the way back
 * to the space come from the API; the text comes from the live socket (see DocumentWorkspace).
 */
export function DocumentPage() {
  const t = it.documents;
  const { id = '' } = useParams();
  const { me } = useAuth();
  const [{ data, error, fetching }, reexecute] = useDocument(id);
  const { rename, archive } = useDocumentActions();
  const [archivedHere, setArchivedHere] = useState(false);
  const document = data?.document;
  useDocumentTitle(document?.title ?? it.titles.document);

  if (error && !document && isForbidden(error)) {
    return (
      <>
        <PageBreadcrumb items={crumbs(null)} />
        <h1>{t.pageTitle}</h1>
        <MembersOnlyNotice message={t.forbidden} />
      </>
    );
  }

  return (
    <>
      <PageBreadcrumb items={crumbs(document)} />
      <QueryState
        data={data}
        error={error}
        fetching={fetching}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        fallbackHeading={t.pageTitle}
      >
        {({ document: found }) =>
          !found ? (
            <>
              <h1>{it.notFound.title}</h1>
              <EmptyState message={t.notFound}>
                <Link to="/spazi">{it.spaces.backToSpaces}</Link>
              </EmptyState>
            </>
          ) : (
            <>
              <h1>{found.title}</h1>
              <p className="mb-4">
                <Badge color="primary" className="me-2">
                  {documentKindLabel(found.kind)}
                </Badge>
                {found.archived && <Badge color="secondary">{t.archived}</Badge>}
                <span className="ms-2">
                  {t.inSpace}:{' '}
                  <Link to={`/spazi/${encodeURIComponent(found.space.id)}/bozze`}>{found.space.name}</Link>
                </span>
              </p>
              <DocumentExportLinks documentId={found.id} />
              {me && (
                <Suspense fallback={<LoadingState />}>
                  <DocumentWorkspace
                    key={found.id}
                    documentId={found.id}
                    me={me}
                    canEdit={found.canEdit}
                    isMember={found.space.myRole !== null}
                    archived={found.archived || found.space.archived}
                  />
                </Suspense>
              )}
              <div className="mt-5">
                {found.canEdit && !found.archived && (
                  <DocumentRenameForm
                    title={found.title}
                    onRename={async (title) => {
                      const outcome = await rename(found.id, title);
                      return outcome.ok ? null : outcome.error;
                    }}
                  />
                )}
                {found.space.myRole === 'COORDINATOR' && (!found.archived || archivedHere) && (
                  <DocumentArchiveSection
                    title={found.title}
                    onArchive={async () => {
                      const outcome = await archive(found.id);
                      if (!outcome.ok) return outcome.error;
                      setArchivedHere(true);
                      return null;
                    }}
                  />
                )}
              </div>
            </>
          )
        }
      </QueryState>
    </>
  );
}
