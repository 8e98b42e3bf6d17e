import { Alert, Button } from 'design-react-kit';
import { useState } from 'react';
import type { ApiError } from '../../app/graphql-errors';
import { TextField } from '../../components/text-field';
import { it } from '../../i18n/it';
import { meetingsText } from '../../i18n/meetings';
import { SpaceActionError } from '../spaces/space-action-error';
import type { Outcome } from '../spaces/use-member-actions';

interface MeetingCancelSectionProps {
  title: string;
  onCancel: (reason: string) => Promise<Outcome<unknown>>;
}

/** "Annulla incontro" for coordinators: an optional reason, then a confirmation on the spot. */
export function MeetingCancelSection({ title, onCancel }: MeetingCancelSectionProps) {
  const t = meetingsText.cancel;
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState(false);

  const cancel = async () => {
    setBusy(true);
    setError(null);
    const outcome = await onCancel(reason);
    setBusy(false);
    setConfirming(false);
    if (outcome.ok) setDone(true);
    else setError(outcome.error);
  };

  return (
    <section aria-labelledby="annulla-incontro-titolo" className="mb-5">
      <h2 id="annulla-incontro-titolo" className="h4">
        {t.title}
      </h2>
      <div aria-live="polite">
        {done && (
          <Alert color="success" fade={false}>
            {t.done}
          </Alert>
        )}
      </div>
      {error && <SpaceActionError error={error} />}
      {!done && (
        <>
          <p>{t.intro}</p>
          {confirming ? (
            <div className="border rounded p-3 app-form">
              <TextField id="annulla-motivo" type="textarea" label={t.reason} value={reason} onChange={setReason} maxLength={1000} autoFocus optional />
              <p className="fw-semibold">{t.confirm(title)}</p>
              <div className="d-flex flex-wrap gap-2">
                <Button color="danger" disabled={busy} onClick={cancel}>
                  {busy ? it.common.sending : t.confirmButton}
                </Button>
                <Button color="primary" outline disabled={busy} onClick={() => setConfirming(false)}>
                  {t.keep}
                </Button>
              </div>
            </div>
          ) : (
            <Button color="danger" outline onClick={() => setConfirming(true)}>
              {t.open}
            </Button>
          )}
        </>
      )}
    </section>
  );
}
