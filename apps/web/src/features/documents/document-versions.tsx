import { Alert, Button } from 'design-react-kit';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type * as Y from 'yjs';
import { fieldMessage, toApiError, type ApiError } from '../../app/graphql-errors';
import { ErrorState } from '../../components/error-state';
import { FormErrorAlert } from '../../components/form-error-alert';
import { LoadingState } from '../../components/loading-state';
import { TextField } from '../../components/text-field';
import { formatDateTime } from '../../i18n/format';
import { it } from '../../i18n/it';
import { SpaceActionError } from '../spaces/space-action-error';
import { DocumentVersionCompare } from './document-version-compare';
import { DocumentVersionView, versionViewHeadingId } from './document-version-view';
import type { DocumentVersion } from './document-types';
import { useDocumentVersions } from './use-document-versions';

const NAME_FIELD = 'versione-nome';
const SHOWN_FIELDS = ['name'] as const;

interface DocumentVersionsProps {
  documentId: string;
  /** The live text, for comparing a version with it. */
  ydoc: Y.Doc;
  /** From the document query: saving and restoring are for editors only. */
  canEdit: boolean;
}

/** "Salva versione": a name (2 to 120 characters) for the text as it is now. */
function SaveVersionForm({ onSave }: { onSave: (name: string) => Promise<ApiError | DocumentVersion> }) {
  const t = it.documents;
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState<DocumentVersion | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setApiError(null);
    setSaved(null);
    const trimmed = name.trim();
    if (trimmed.length < 2 || trimmed.length > 120) {
      setProblem(t.versionNameLength);
      document.getElementById(NAME_FIELD)?.focus();
      return;
    }
    setProblem(undefined);
    setSubmitting(true);
    const answer = await onSave(trimmed);
    setSubmitting(false);
    if ('code' in answer) {
      setApiError(answer);
      document.getElementById(NAME_FIELD)?.focus();
      return;
    }
    setSaved(answer);
    setName('');
  };

  return (
    <form onSubmit={submit} noValidate aria-busy={submitting} className="app-form mb-4">
      <h3 className="h6">{t.saveVersionTitle}</h3>
      {apiError && <FormErrorAlert error={apiError} shownFields={SHOWN_FIELDS} />}
      <div role="status">
        {saved && (
          <Alert color="success" fade={false} className="my-3">
            {t.versionSaved(saved.number)}
          </Alert>
        )}
      </div>
      <TextField
        id={NAME_FIELD}
        label={t.versionNameField}
        value={name}
        onChange={setName}
        hint={t.versionNameHint}
        error={problem ?? fieldMessage(apiError, 'name')}
        required
        maxLength={120}
        autoComplete="off"
      />
      <Button type="submit" color="primary" disabled={submitting}>
        {submitting ? it.common.sending : t.saveVersion}
      </Button>
    </form>
  );
}

interface VersionItemProps {
  version: DocumentVersion;
  ydoc: Y.Doc;
  canEdit: boolean;
  comparing: boolean;
  onToggleCompare: () => void;
  confirming: boolean;
  busy: boolean;
  onAskRestore: () => void;
  onCancelRestore: () => void;
  onRestore: () => void;
}

function VersionItem(props: VersionItemProps) {
  const { version, ydoc, canEdit, comparing, confirming, busy } = props;
  const t = it.documents;
  const headingId = `versione-${version.id}`;
  const [viewing, setViewing] = useState(false);
  const openButton = useRef<HTMLButtonElement>(null);
  const closeView = () => {
    setViewing(false);
    openButton.current?.focus();
  };
  return (
    <li className="border-bottom py-3">
      <h3 id={headingId} className="h6 mb-1">
        {t.versionHeading(version.number, version.name)}
      </h3>
      <p className="small mb-1">
        <time dateTime={version.createdAt}>{formatDateTime(version.createdAt)}</time>
        {', '}
        {version.createdBy ? t.savedBy(version.createdBy.displayName) : t.savedByUnknown}
      </p>
      <p className="small mb-2">{t.contributions(version.contributors.map((person) => person.displayName))}</p>
      <div className="d-flex flex-wrap gap-2">
        <Button
          color="primary"
          outline
          size="sm"
          innerRef={openButton}
          aria-expanded={viewing}
          aria-describedby={headingId}
          onClick={() => (viewing ? document.getElementById(versionViewHeadingId(version.id))?.focus() : setViewing(true))}
        >
          {t.openVersion}
        </Button>
        <Button color="primary" outline size="sm" aria-expanded={comparing} onClick={props.onToggleCompare}>
          {comparing ? t.closeCompare : t.compare}
        </Button>
        {canEdit && !confirming && (
          <Button color="danger" outline size="sm" onClick={props.onAskRestore}>
            {t.restore}
          </Button>
        )}
      </div>
      {canEdit && confirming && (
        <div className="border rounded p-3 mt-3">
          <p>{t.confirmRestore(version.number, version.name)}</p>
          <div className="d-flex flex-wrap gap-2">
            <Button color="danger" size="sm" autoFocus disabled={busy} onClick={props.onRestore}>
              {busy ? it.common.sending : t.confirmRestoreButton}
            </Button>
            <Button color="primary" outline size="sm" disabled={busy} onClick={props.onCancelRestore}>
              {it.common.cancel}
            </Button>
          </div>
        </div>
      )}
      {viewing && <DocumentVersionView version={version} onClose={closeView} />}
      {comparing && <DocumentVersionCompare version={version} ydoc={ydoc} />}
    </li>
  );
}

/**
 * "Versioni": the saved versions of the document, newest first, each comparable with the live text;
 * editors also save a new one and restore one (the restored text reaches every editor live).
 */
export function DocumentVersions({ documentId, ydoc, canEdit }: DocumentVersionsProps) {
  const t = it.documents;
  const { result, refresh, save, restore } = useDocumentVersions(documentId);
  const [comparing, setComparing] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [restoreError, setRestoreError] = useState<ApiError | null>(null);
  const [restored, setRestored] = useState<DocumentVersion | null>(null);
  const outcome = useRef<HTMLDivElement>(null);
  const focusOutcome = useRef(false);

  useEffect(() => {
    if (!focusOutcome.current) return;
    outcome.current?.focus();
    focusOutcome.current = false;
  });

  const onSave = async (name: string): Promise<ApiError | DocumentVersion> => {
    const answer = await save(name);
    if (!answer.ok) return answer.error;
    refresh();
    return answer.value;
  };

  const onRestore = async (versionId: string) => {
    setBusy(true);
    setRestoreError(null);
    setRestored(null);
    const answer = await restore(versionId);
    setBusy(false);
    setConfirming(null);
    focusOutcome.current = true;
    if (answer.ok) {
      setRestored(answer.value);
      refresh();
    } else {
      setRestoreError(answer.error);
    }
  };

  const versions = result.data?.documentVersions;

  return (
    <section aria-labelledby="versioni-titolo" className="mt-4 mb-5">
      <h2 id="versioni-titolo" className="h4">
        {t.versionsTitle}
      </h2>
      <p>{t.versionsIntro}</p>
      {canEdit && <SaveVersionForm onSave={onSave} />}
      <div ref={outcome} tabIndex={-1}>
        {restored && (
          <Alert color="success" fade={false} className="my-3">
            {t.restored(restored.number)}
          </Alert>
        )}
        {restoreError && <SpaceActionError error={restoreError} />}
      </div>
      {!versions ? (
        result.error && !result.fetching ? (
          <ErrorState error={toApiError(result.error)} onRetry={refresh} />
        ) : (
          <LoadingState />
        )
      ) : versions.length === 0 ? (
        <p className="text-secondary">{t.noVersions}</p>
      ) : (
        <ul className="list-unstyled mb-0" aria-label={t.versionsLabel}>
          {versions.map((version) => (
            <VersionItem
              key={version.id}
              version={version}
              ydoc={ydoc}
              canEdit={canEdit}
              comparing={comparing === version.id}
              onToggleCompare={() => setComparing((open) => (open === version.id ? null : version.id))}
              confirming={confirming === version.id}
              busy={busy}
              onAskRestore={() => {
                setRestored(null);
                setRestoreError(null);
                setConfirming(version.id);
              }}
              onCancelRestore={() => setConfirming(null)}
              onRestore={() => void onRestore(version.id)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
