import { Alert, Badge, Button } from 'design-react-kit';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { ApiError } from '../../app/graphql-errors';
import { TextField } from '../../components/text-field';
import { it } from '../../i18n/it';
import { meetingsText } from '../../i18n/meetings';
import { SpaceActionError } from '../spaces/space-action-error';
import type { Outcome } from '../spaces/use-member-actions';
import type { MeetingDetail, MinutesDocument, MinutesPublication } from './meeting-types';
import { MinutesExportLinks } from './minutes-export-links';
import { formatRomeDateTime } from './rome-time';

interface PublicationSectionProps {
  meeting: MeetingDetail;
  /** The current minutes document; frozen once published, editable again during a correction. */
  minutesDocument: MinutesDocument | null | undefined;
  onPublish: () => Promise<Outcome<MinutesPublication>>;
  onStartCorrection: (publicationId: string) => Promise<Outcome<unknown>>;
  onPublishCorrection: (publicationId: string, reason: string) => Promise<Outcome<MinutesPublication>>;
}

type Step = 'idle' | 'confirm-publish' | 'confirm-correction';

/** One published act: number, when and by whom, its SHA-256, the public page and the files. */
function PublicationEntry({ publication }: { publication: MinutesPublication }) {
  const t = meetingsText.publish;
  return (
    <li className="border rounded p-3 mb-3" data-testid="pubblicazione">
      <p className="fw-semibold mb-1">
        {t.number(publication.number)}
        {publication.supersededById ? (
          <Badge color="secondary" className="ms-2">
            {t.superseded}
          </Badge>
        ) : (
          <Badge color="success" className="ms-2">
            {t.current}
          </Badge>
        )}
      </p>
      <p className="mb-1">
        {t.publishedAt} <time dateTime={publication.publishedAt}>{formatRomeDateTime(publication.publishedAt)}</time>{' '}
        {publication.publishedByName && `${t.publishedBy} ${publication.publishedByName}`}
      </p>
      {publication.correctionReason && <p className="mb-1">{t.correctionReason(publication.correctionReason)}</p>}
      <p className="mb-2">
        {t.sha}:{' '}
        <code className="sha256" data-testid="sha256">
          {publication.contentSha256}
        </code>
      </p>
      <div className="d-flex flex-wrap gap-3 align-items-center">
        <Link to={`/verbali/${encodeURIComponent(publication.id)}`} aria-label={t.openPublicOf(publication.number)}>
          {t.openPublic}
        </Link>
        <MinutesExportLinks publicationId={publication.id} number={publication.number} />
      </div>
    </li>
  );
}

/**
 * Publication of the minutes: for coordinators, "Pubblica il verbale" behind a confirmation that
 * says it cannot be undone; then the published acts; then corrections ("Avvia una rettifica",
 * "Pubblica la rettifica" with its reason).
 */
export function PublicationSection({ meeting, minutesDocument, onPublish, onStartCorrection, onPublishCorrection }: PublicationSectionProps) {
  const t = meetingsText.publish;
  const [step, setStep] = useState<Step>('idle');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState('');
  const [reason, setReason] = useState('');
  const [reasonProblem, setReasonProblem] = useState<string | undefined>();

  const publications = meeting.publications;
  const latest = publications[publications.length - 1];
  const canPublish = meeting.permissions.publish && !meeting.cancelled && !meeting.space.archived;
  const correcting = latest !== undefined && minutesDocument !== undefined && minutesDocument !== null && !minutesDocument.frozen;

  const act = async <T,>(action: () => Promise<Outcome<T>>, message: (value: T) => string) => {
    setBusy(true);
    setError(null);
    setDone('');
    const outcome = await action();
    setBusy(false);
    setStep('idle');
    if (outcome.ok) setDone(message(outcome.value));
    else setError(outcome.error);
    return outcome.ok;
  };

  const askCorrection = (event: FormEvent) => {
    event.preventDefault();
    const problem = reason.trim().length < 5 ? t.requiredReason : undefined;
    setReasonProblem(problem);
    if (problem) {
      document.getElementById('rettifica-motivo')?.focus();
      return;
    }
    setStep('confirm-correction');
  };

  const confirmBox = (text: string, confirmLabel: string, onConfirm: () => void) => (
    <div className="border border-danger rounded p-3 mb-3">
      <Alert color="warning" fade={false} className="mb-3">
        {text}
      </Alert>
      <div className="d-flex flex-wrap gap-2">
        <Button color="danger" autoFocus disabled={busy} onClick={onConfirm}>
          {busy ? t.publishing : confirmLabel}
        </Button>
        <Button color="primary" outline disabled={busy} onClick={() => setStep('idle')}>
          {it.common.cancel}
        </Button>
      </div>
    </div>
  );

  return (
    <section aria-labelledby="pubblicazione-titolo" className="mb-5">
      <h2 id="pubblicazione-titolo" className="h4">
        {t.title}
      </h2>
      <p>{t.intro}</p>
      <div role="status">
        {done && (
          <Alert color="success" fade={false}>
            {done}
          </Alert>
        )}
      </div>
      {error && <SpaceActionError error={error} />}

      {publications.length === 0 && canPublish && (
        <>
          {!meeting.minutesDocumentId ? (
            <p>{t.notStarted}</p>
          ) : step === 'confirm-publish' ? (
            confirmBox(t.warning, t.confirm, () => void act(onPublish, (p) => t.done(p.number)))
          ) : (
            <Button color="primary" onClick={() => setStep('confirm-publish')}>
              {t.open}
            </Button>
          )}
        </>
      )}

      <h3 className="h5 mt-4">{t.publicationsTitle}</h3>
      {publications.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ol className="list-unstyled">
          {[...publications].reverse().map((publication) => (
            <PublicationEntry key={publication.id} publication={publication} />
          ))}
        </ol>
      )}

      {latest && canPublish && (
        <div className="mt-4">
          <h3 className="h5">{t.correctionTitle}</h3>
          <p>{t.correctionIntro}</p>
          {!correcting ? (
            <Button color="primary" outline disabled={busy} onClick={() => void act(() => onStartCorrection(latest.id), () => t.correctionStarted)}>
              {t.startCorrection}
            </Button>
          ) : step === 'confirm-correction' ? (
            confirmBox(t.correctionWarning, t.publishCorrection, () =>
              void act(
                () => onPublishCorrection(latest.id, reason.trim()),
                (p) => t.correctionDone(p.number),
              ).then((ok) => ok && setReason('')),
            )
          ) : (
            <form onSubmit={askCorrection} noValidate className="app-form">
              <TextField
                id="rettifica-motivo"
                type="textarea"
                label={t.reason}
                value={reason}
                onChange={setReason}
                hint={t.reasonHint}
                error={reasonProblem}
                maxLength={1000}
                required
              />
              <Button type="submit" color="primary">
                {t.publishCorrection}
              </Button>
            </form>
          )}
        </div>
      )}
    </section>
  );
}
