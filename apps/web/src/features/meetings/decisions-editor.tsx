import { Alert, Button } from 'design-react-kit';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ApiError } from '../../app/graphql-errors';
import { TextField } from '../../components/text-field';
import { it } from '../../i18n/it';
import { meetingsText } from '../../i18n/meetings';
import type { Outcome } from '../spaces/use-member-actions';
import { MeetingFormError } from './meeting-form-error';
import { problemPath } from './meeting-form-values';
import type { MeetingDecision } from './meeting-types';

interface DecisionsEditorProps {
  decisions: MeetingDecision[];
  /** Coordinators and members, while the minutes are open. */
  editable: boolean;
  onSave: (texts: string[]) => Promise<Outcome<unknown>>;
}

interface Draft {
  key: number;
  text: string;
}

let nextKey = 0;
const draftOf = (text: string): Draft => ({ key: (nextKey += 1), text });

/** The decisions of the meeting, in order: a list of fields to add, remove and save together. */
export function DecisionsEditor({ decisions, editable, onSave }: DecisionsEditorProps) {
  const t = meetingsText.decisions;
  const ordered = [...decisions].sort((a, b) => a.position - b.position);
  const [drafts, setDrafts] = useState<Draft[]>(() => ordered.map((d) => draftOf(d.text)));
  const [problems, setProblems] = useState<Record<number, string>>({});
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const focusAfterRender = useRef<string | null>(null);

  useEffect(() => {
    if (!focusAfterRender.current) return;
    document.getElementById(focusAfterRender.current)?.focus();
    focusAfterRender.current = null;
  });

  if (!editable) {
    return (
      <section aria-labelledby="decisioni-incontro-titolo" className="mb-5">
        <h2 id="decisioni-incontro-titolo" className="h4">
          {t.title}
        </h2>
        {ordered.length === 0 ? (
          <p>{t.none}</p>
        ) : (
          <ol>
            {ordered.map((d) => (
              <li key={d.id} className="text-pre-line">
                {d.text}
              </li>
            ))}
          </ol>
        )}
      </section>
    );
  }

  const change = (key: number, text: string) => {
    setSaved(false);
    setDrafts((current) => current.map((d) => (d.key === key ? { ...d, text } : d)));
  };

  const add = () => {
    const draft = draftOf('');
    focusAfterRender.current = `decisione-${draft.key}`;
    setSaved(false);
    setDrafts((current) => [...current, draft]);
  };

  const remove = (index: number) => {
    const next = drafts.filter((_, i) => i !== index);
    const neighbour = next[Math.min(index, next.length - 1)];
    focusAfterRender.current = neighbour ? `decisione-${neighbour.key}` : 'decisioni-aggiungi';
    setSaved(false);
    setDrafts(next);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    setApiError(null);
    const found: Record<number, string> = {};
    drafts.forEach((d, i) => {
      if (d.text.trim().length < 2) found[i] = t.required;
    });
    setProblems(found);
    const first = Object.keys(found)[0];
    if (first !== undefined) {
      document.getElementById(`decisione-${drafts[Number(first)]!.key}`)?.focus();
      return;
    }
    setBusy(true);
    const outcome = await onSave(drafts.map((d) => d.text.trim()));
    setBusy(false);
    if (outcome.ok) {
      setSaved(true);
      return;
    }
    setApiError(outcome.error);
    const placed: Record<number, string> = {};
    for (const problem of outcome.error.fields) {
      const index = /^(\d+)$/.exec(problemPath(problem.field))?.[1];
      if (index !== undefined) placed[Number(index)] = problem.message;
    }
    setProblems(placed);
  };

  return (
    <section aria-labelledby="decisioni-incontro-titolo" className="mb-5">
      <h2 id="decisioni-incontro-titolo" className="h4">
        {t.title}
      </h2>
      <p>{t.intro}</p>
      <form onSubmit={submit} noValidate aria-busy={busy} className="app-form">
        {apiError && <MeetingFormError error={apiError} shownPaths={drafts.map((_, i) => String(i))} />}
        <fieldset>
          <legend className="visually-hidden">{t.legend}</legend>
          {drafts.length === 0 && <p>{t.none}</p>}
          {drafts.map((draft, index) => (
            <div key={draft.key} className="d-flex gap-2 align-items-start">
              <div className="flex-grow-1">
                <TextField
                  id={`decisione-${draft.key}`}
                  type="textarea"
                  label={t.decision(index + 1)}
                  value={draft.text}
                  onChange={(text) => change(draft.key, text)}
                  error={problems[index]}
                  maxLength={2000}
                />
              </div>
              <Button type="button" color="danger" outline size="sm" className="mt-4" aria-label={t.remove(index + 1)} onClick={() => remove(index)}>
                {t.removeShort}
              </Button>
            </div>
          ))}
        </fieldset>
        <div aria-live="polite">
          {saved && (
            <Alert color="success" fade={false} className="mb-3">
              {t.saved}
            </Alert>
          )}
        </div>
        <div className="d-flex flex-wrap gap-2">
          <Button id="decisioni-aggiungi" type="button" color="primary" outline onClick={add}>
            {t.add}
          </Button>
          <Button type="submit" color="primary" disabled={busy}>
            {busy ? it.common.saving : t.save}
          </Button>
        </div>
      </form>
    </section>
  );
}
