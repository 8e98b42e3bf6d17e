import type { Editor } from '@tiptap/react';
import { Alert, Col, Row } from 'design-react-kit';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { LoadingState } from '../../components/loading-state';
import { it } from '../../i18n/it';
import { DocumentComments } from '../comments/document-comments';
import { DocumentConnectionStatus } from './document-connection-status';
import { DocumentEditor } from './document-editor';
import { DocumentPresence } from './document-presence';
import { DocumentVersions } from './document-versions';
import { useCollabSession, type CollabFailure, type CollabSession } from './use-collab-session';
import { usePresence, type CollabUser } from './use-presence';
import { userColor } from './user-color';

const FAILURE_TEXT: Record<CollabFailure, string> = {
  forbidden: it.documents.failureForbidden,
  'not-found': it.documents.failureNotFound,
  other: it.documents.failureOther,
};

interface DocumentWorkspaceProps {
  documentId: string;
  me: { id: string; displayName: string };
  /** From the document query: whether this person may write (the ticket has the last word). */
  canEdit: boolean;
  /** A member of the space, whatever the role: members comment, observers and reviewers too. */
  isMember: boolean;
  archived: boolean;
}

function Presence({ session, myId }: { session: CollabSession; myId: string }) {
  const people = usePresence(session.provider, myId);
  return <DocumentPresence people={people} />;
}

/**
 * The live part of the document page: the connection state, the read-only notice, the editor,
 * who else is here, the comments on passages of the text and the saved versions (compared with
 * the live text). Mounted once per document (the page keys it by id). `?discussione=<id>` (the
 * link in a reply notification) opens with that thread selected.
 */
export function DocumentWorkspace({ documentId, me, canEdit, isMember, archived }: DocumentWorkspaceProps) {
  const t = it.documents;
  const { session, connection, readOnly, failure } = useCollabSession(documentId);
  const user = useMemo<CollabUser>(
    () => ({ id: me.id, name: me.displayName, color: userColor(me.id) }),
    [me.id, me.displayName],
  );
  const writable = !failure && !archived && (readOnly === null ? canEdit : !readOnly);
  const [searchParams] = useSearchParams();
  const [editor, setEditor] = useState<Editor | null>(null);
  const [activeThread, setActiveThread] = useState<string | null>(() => searchParams.get('discussione'));

  return (
    <>
      <section aria-labelledby="testo-titolo">
        <h2 id="testo-titolo" className="visually-hidden">
          {t.editorTitle}
        </h2>
        {failure ? (
          <Alert color="danger" fade={false} className="mb-3">
            <p className="fw-semibold mb-1">{t.failureTitle}</p>
            <p className="mb-0">{FAILURE_TEXT[failure]}</p>
          </Alert>
        ) : (
          <DocumentConnectionStatus connection={connection} />
        )}
        {archived ? (
          <Alert color="info" fade={false} className="mb-3">
            {t.archivedNotice}
          </Alert>
        ) : (
          !writable &&
          !failure && (
            <Alert color="info" fade={false} className="mb-3">
              {t.readOnly}
            </Alert>
          )
        )}
        {!session ? (
          <LoadingState />
        ) : (
          <Row>
            <Col xs={12} lg={8} className="mb-4">
              <DocumentEditor
                session={session}
                user={user}
                editable={writable}
                onEditor={setEditor}
                onCommentClick={setActiveThread}
              />
            </Col>
            <Col xs={12} lg={4}>
              <Presence session={session} myId={me.id} />
              <DocumentComments
                documentId={documentId}
                editor={editor}
                isMember={isMember}
                archived={archived}
                activeId={activeThread}
                onActivate={setActiveThread}
              />
            </Col>
          </Row>
        )}
      </section>
      {session && <DocumentVersions documentId={documentId} ydoc={session.ydoc} canEdit={canEdit} />}
    </>
  );
}
