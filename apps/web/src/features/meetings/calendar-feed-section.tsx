import { Button } from 'design-react-kit';
import { useState } from 'react';
import type { ApiError } from '../../app/graphql-errors';
import { TextField } from '../../components/text-field';
import { it } from '../../i18n/it';
import { meetingsText } from '../../i18n/meetings';
import { SpaceActionError } from '../spaces/space-action-error';
import type { Outcome } from '../spaces/use-member-actions';

/**
 * "Abbonati al calendario": asks for a personal secret address of the space's calendar and shows
 * it in a read-only field, to paste into a calendar app.
 */
export function CalendarFeedSection({ onCreate }: { onCreate: () => Promise<Outcome<string>> }) {
  const t = meetingsText.calendar;
  const [url, setUrl] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [copied, setCopied] = useState(false);

  const create = async () => {
    setBusy(true);
    setError(null);
    setCopied(false);
    const outcome = await onCreate();
    setBusy(false);
    if (outcome.ok) {
      setUrl(outcome.value);
      // The field is new: put focus on it, its address selected, ready to copy.
      requestAnimationFrame(() => {
        const field = document.getElementById('calendario-indirizzo') as HTMLInputElement | null;
        field?.focus();
        field?.select();
      });
    } else setError(outcome.error);
  };

  const copy = async () => {
    if (!url || !navigator.clipboard) return;
    await navigator.clipboard.writeText(url).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };

  return (
    <section aria-labelledby="calendario-titolo" className="mt-5">
      <h2 id="calendario-titolo" className="h4">
        {t.title}
      </h2>
      <p>{t.intro}</p>
      {error && <SpaceActionError error={error} />}
      {url && (
        <div className="app-form">
          <TextField id="calendario-indirizzo" label={t.field} value={url} onChange={() => undefined} readOnly hint={t.secretHint} />
        </div>
      )}
      <div className="d-flex flex-wrap gap-2 align-items-center">
        <Button type="button" color="primary" outline={url !== null} disabled={busy} onClick={create}>
          {busy ? it.common.sending : url ? t.again : t.create}
        </Button>
        {url && typeof navigator !== 'undefined' && navigator.clipboard && (
          <Button type="button" color="primary" onClick={copy}>
            {t.copy}
          </Button>
        )}
        <span role="status" className="small">
          {copied ? t.copied : ''}
        </span>
      </div>
    </section>
  );
}
