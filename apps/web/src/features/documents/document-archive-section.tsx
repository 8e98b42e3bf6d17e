import { Alert, Button } from 'design-react-kit';
import { useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../app/graphql-errors';
import { it } from '../../i18n/it';
import { SpaceActionError } from '../spaces/space-action-error';

interface DocumentArchiveSectionProps {
  title: string;
  /** Resolves to null once archived, or to the API's error. */
  onArchive: () => Promise<ApiError | null>;
}

/** "Archivia" for the coordinators of the space, with a confirmation step; focus goes to the outcome. */
export function DocumentArchiveSection({ title, onArchive }: DocumentArchiveSectionProps) {
  const t = it.documents;
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState(false);
  const outcome = useRef<HTMLDivElement>(null);
  const focusOutcome = useRef(false);

  useEffect(() => {
    if (!focusOutcome.current) return;
    outcome.current?.focus();
    focusOutcome.current = false;
  });

  const archive = async () => {
    setBusy(true);
    setError(null);
    const problem = await onArchive();
    setBusy(false);
    setConfirming(false);
    focusOutcome.current = true;
    if (problem) setError(problem);
    else setDone(true);
  };

  return (
    <section aria-labelledby="archivia-bozza-titolo" className="mb-5">
      <h2 id="archivia-bozza-titolo" className="h5">
        {t.archiveTitle}
      </h2>
      <div ref={outcome} tabIndex={-1}>
        {done && (
          <Alert color="success" fade={false} className="my-3">
            {t.archivedDone(title)}
          </Alert>
        )}
        {error && <SpaceActionError error={error} />}
      </div>
      {!done && (
        <>
          <p>{t.archiveIntro}</p>
          {confirming ? (
            <div className="border rounded p-3">
              <p>{t.confirmArchive(title)}</p>
              <div className="d-flex flex-wrap gap-2">
                <Button color="danger" autoFocus disabled={busy} onClick={archive}>
                  {busy ? it.common.sending : t.confirmArchiveButton}
                </Button>
                <Button color="primary" outline disabled={busy} onClick={() => setConfirming(false)}>
                  {it.common.cancel}
                </Button>
              </div>
            </div>
          ) : (
            <Button color="danger" outline onClick={() => setConfirming(true)}>
              {t.archive}
            </Button>
          )}
        </>
      )}
    </section>
  );
}
