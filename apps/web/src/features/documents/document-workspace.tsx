import { Alert, Col, Row } from 'design-react-kit';
import { useMemo } from 'react';
import { LoadingState } from '../../components/loading-state';
import { it } from '../../i18n/it';
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
  archived: boolean;
}

function Presence({ session, myId }: { session: CollabSession; myId: string }) {
  const people = usePresence(session.provider, myId);
  return <DocumentPresence people={people} />;
}

/**
 * The live part of the document page: the connection state, the read-only notice, the editor,
 * who else is here and the saved versions (compared with the live text). Mounted once per
 * document (the page keys it by id).
 */
export function DocumentWorkspace({ documentId, me, canEdit, archived }: DocumentWorkspaceProps) {
  const t = it.documents;
  const { session, connection, readOnly, failure } = useCollabSession(documentId);
  const user = useMemo<CollabUser>(
    () => ({ id: me.id, name: me.displayName, color: userColor(me.id) }),
    [me.id, me.displayName],
  );
  const writable = !failure && !archived && (readOnly === null ? canEdit : !readOnly);

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
            <Col xs={12} lg={9} className="mb-4">
              <DocumentEditor session={session} user={user} editable={writable} />
            </Col>
            <Col xs={12} lg={3}>
              <Presence session={session} myId={me.id} />
            </Col>
          </Row>
        )}
      </section>
      {session && <DocumentVersions documentId={documentId} ydoc={session.ydoc} canEdit={canEdit} />}
    </>
  );
}
