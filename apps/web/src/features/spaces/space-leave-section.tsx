import { Button } from 'design-react-kit';
import { useState } from 'react';
import type { ApiError } from '../../app/graphql-errors';
import { it } from '../../i18n/it';
import { SpaceActionError } from './space-action-error';

interface SpaceLeaveSectionProps {
  spaceName: string;
  /** Resolves to null once left, or to the API's error (CONFLICT for the last coordinator). */
  onLeave: () => Promise<ApiError | null>;
}

/** "Lascia lo spazio", with a confirmation step and the reason if the API refuses. */
export function SpaceLeaveSection({ spaceName, onLeave }: SpaceLeaveSectionProps) {
  const t = it.spaces;
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const leave = async () => {
    setBusy(true);
    setError(null);
    const problem = await onLeave();
    setBusy(false);
    if (problem) {
      setError(problem);
      setConfirming(false);
    }
  };

  return (
    <section aria-labelledby="lascia-titolo" className="mt-5">
      <h2 id="lascia-titolo" className="h4">
        {t.leaveTitle}
      </h2>
      {error && <SpaceActionError error={error} />}
      {confirming ? (
        <div className="border rounded p-3">
          <p>{t.confirmLeave(spaceName)}</p>
          <div className="d-flex flex-wrap gap-2">
            <Button color="danger" autoFocus disabled={busy} onClick={leave}>
              {busy ? it.common.sending : t.confirmLeaveButton}
            </Button>
            <Button color="primary" outline disabled={busy} onClick={() => setConfirming(false)}>
              {it.common.cancel}
            </Button>
          </div>
        </div>
      ) : (
        <Button color="danger" outline onClick={() => setConfirming(true)}>
          {t.leave}
        </Button>
      )}
    </section>
  );
}
