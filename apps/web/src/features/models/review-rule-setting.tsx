import { Alert, Button } from 'design-react-kit';
import { useState, type FormEvent } from 'react';
import { toApiError, type ApiError } from '../../app/graphql-errors';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { SelectField } from '../../components/select-field';
import { it } from '../../i18n/it';
import { modelsText } from '../../i18n/models';
import { SpaceActionError } from '../spaces/space-action-error';
import { REVIEW_RULES, type ReviewRule } from './model-types';
import { useReviewRule } from './use-review-rule';

const isRule = (value: string): value is ReviewRule => REVIEW_RULES.includes(value as ReviewRule);

/**
 * "Regola di chiusura delle revisioni": every member reads the rule; coordinators choose it (a
 * select, each rule explained in one line, then "Salva la regola").
 */
export function ReviewRuleSetting({ spaceId }: { spaceId: string }) {
  const t = modelsText.ruleSetting;
  const { result, retry, save } = useReviewRule(spaceId, true);
  const settings = result.data?.space;
  const [choice, setChoice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState('');
  const [error, setError] = useState<ApiError | null>(null);

  const editable = !!settings && settings.permissions.canUpdate && !settings.archived;
  const value = choice ?? settings?.reviewRule ?? '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!isRule(value)) return;
    setBusy(true);
    setDone('');
    setError(null);
    const outcome = await save(value);
    setBusy(false);
    if (outcome.ok) {
      setChoice(null);
      setDone(t.saved(modelsText.rule[outcome.value] ?? outcome.value));
    } else setError(outcome.error);
  };

  const body = () => {
    if (result.error && !settings) return <ErrorState error={toApiError(result.error)} onRetry={retry} />;
    if (!settings) return <LoadingState />;
    return (
      <>
        <p className="mb-2">{t.current(modelsText.rule[settings.reviewRule] ?? settings.reviewRule)}</p>
        <p className="mb-1">{t.intro}</p>
        <ul className="mb-3" id="regola-revisione-spiegazione">
          {REVIEW_RULES.map((rule) => (
            <li key={rule}>
              <span className="fw-semibold">{modelsText.rule[rule]}</span>: {modelsText.ruleHelp[rule]}
            </li>
          ))}
        </ul>
        {editable && (
          <form onSubmit={submit} noValidate aria-busy={busy} className="app-form">
            <SelectField
              id="regola-revisione"
              label={t.field}
              value={value}
              onChange={setChoice}
              options={REVIEW_RULES.map((rule) => ({ value: rule, label: modelsText.rule[rule] ?? rule }))}
              hint={t.openReviewsKeep}
            />
            <div role="status">
              {done && (
                <Alert color="success" fade={false} className="mb-3">
                  {done}
                </Alert>
              )}
            </div>
            {error && <SpaceActionError error={error} />}
            <Button type="submit" color="primary" outline disabled={busy || value === settings.reviewRule}>
              {busy ? it.common.saving : t.save}
            </Button>
          </form>
        )}
      </>
    );
  };

  return (
    <section aria-labelledby="regola-revisioni-titolo" className="mt-5">
      <h2 id="regola-revisioni-titolo" className="h4">
        {t.title}
      </h2>
      {body()}
    </section>
  );
}
