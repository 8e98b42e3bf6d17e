import { Alert, Button } from 'design-react-kit';
import { useState } from 'react';
import type { ApiError } from '../../app/graphql-errors';
import { modelsText } from '../../i18n/models';
import { SpaceActionError } from '../spaces/space-action-error';
import type { Outcome } from '../spaces/use-member-actions';
import type { ModelVersion } from './model-types';

interface WithdrawControlProps {
  version: ModelVersion;
  onWithdraw: (versionId: string) => Promise<Outcome<ModelVersion>>;
  /** Said in the timeline's status line: the control goes away with the review. */
  onDone: (message: string) => void;
}

/** "Ritira dalla revisione", behind a confirmation: possible until a reviewer answers. */
export function WithdrawControl({ version, onWithdraw, onDone }: WithdrawControlProps) {
  const t = modelsText.withdraw;
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const withdraw = async () => {
    setBusy(true);
    setError(null);
    const outcome = await onWithdraw(version.id);
    setBusy(false);
    setConfirming(false);
    if (outcome.ok) onDone(t.done(version.number));
    else setError(outcome.error);
  };

  return (
    <div className="border-top pt-3 mt-3">
      <p className="small mb-2">{t.intro}</p>
      {error && <SpaceActionError error={error} />}
      {confirming ? (
        <div className="border border-danger rounded p-3">
          <Alert color="warning" fade={false} className="mb-3">
            {t.warning(version.number)}
          </Alert>
          <div className="d-flex flex-wrap gap-2">
            <Button color="danger" autoFocus disabled={busy} onClick={withdraw}>
              {busy ? t.working : t.confirm}
            </Button>
            <Button color="primary" outline disabled={busy} onClick={() => setConfirming(false)}>
              {t.keep}
            </Button>
          </div>
        </div>
      ) : (
        <Button color="primary" outline aria-label={t.openOf(version.number)} onClick={() => setConfirming(true)}>
          {t.open}
        </Button>
      )}
    </div>
  );
}
