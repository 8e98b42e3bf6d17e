import { Alert, Button } from 'design-react-kit';
import { useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../app/graphql-errors';
import { it } from '../../i18n/it';
import { SpaceActionError } from './space-action-error';
import type { SpaceDetail } from './space-types';

interface SpaceArchiveSectionProps {
  space: Pick<SpaceDetail, 'name' | 'archived' | 'permissions'>;
  /** Resolves to null once archived, or to the API's error. */
  onArchive: () => Promise<ApiError | null>;
}

/**
 * "Archivia lo spazio" for coordinators and administrators, with a confirmation step. Once archived
 * it stays to say so (the space, asked for again, no longer offers it) and keeps focus on the outcome.
 */
export function SpaceArchiveSection({ space, onArchive }: SpaceArchiveSectionProps) {
  const t = it.spaces;
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState(false);
  const outcome = useRef<HTMLDivElement>(null);
  const archiveButton = useRef<HTMLButtonElement>(null);
  const focusAfter = useRef<'outcome' | 'button' | null>(null);

  useEffect(() => {
    if (!focusAfter.current) return;
    (focusAfter.current === 'outcome' ? outcome.current : archiveButton.current)?.focus();
    focusAfter.current = null;
  });

  if (!done && (!space.permissions.canArchive || space.archived)) return null;

  const archive = async () => {
    setBusy(true);
    setError(null);
    const problem = await onArchive();
    setBusy(false);
    setConfirming(false);
    focusAfter.current = 'outcome';
    if (problem) setError(problem);
    else setDone(true);
  };

  const cancel = () => {
    focusAfter.current = 'button';
    setConfirming(false);
  };

  return (
    <section aria-labelledby="archivia-titolo" className="mb-5">
      <h2 id="archivia-titolo" className="h4">
        {t.archiveTitle}
      </h2>
      <div ref={outcome} tabIndex={-1}>
        {done && (
          <Alert color="success" fade={false} className="my-3">
            {t.archivedDone(space.name)}
          </Alert>
        )}
        {error && <SpaceActionError error={error} />}
      </div>
      {!done && (
        <>
          <p>{t.archiveIntro}</p>
          {confirming ? (
            <div className="border rounded p-3">
              <p>{t.confirmArchive(space.name)}</p>
              <div className="d-flex flex-wrap gap-2">
                <Button color="danger" autoFocus disabled={busy} onClick={archive}>
                  {busy ? it.common.sending : t.confirmArchiveButton}
                </Button>
                <Button color="primary" outline disabled={busy} onClick={cancel}>
                  {it.common.cancel}
                </Button>
              </div>
            </div>
          ) : (
            <Button innerRef={archiveButton} color="danger" outline onClick={() => setConfirming(true)}>
              {t.archive}
            </Button>
          )}
        </>
      )}
    </section>
  );
}
