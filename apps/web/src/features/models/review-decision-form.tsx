import { Button } from 'design-react-kit';
import { useState, type FormEvent } from 'react';
import { fieldMessage, type ApiError } from '../../app/graphql-errors';
import { FormErrorAlert } from '../../components/form-error-alert';
import { TextField } from '../../components/text-field';
import { modelsText } from '../../i18n/models';
import type { Outcome } from '../spaces/use-member-actions';
import { REVIEW_DECISIONS, type ModelReview, type ReviewDecisionKind } from './model-types';
import { decisionLabel, decisionProblems, isReviewDecision, TEXT_MAX } from './review-decision';

const SHOWN = ['decision', 'motivation'];

interface ReviewDecisionFormProps {
  review: ModelReview;
  onDecide: (decision: ReviewDecisionKind, motivation: string) => Promise<Outcome<ModelReview>>;
  onDone: (message: string) => void;
}

/**
 * "Il tuo parere": one of the four decisions (a radio group) and its motivation. The current
 * decision is said, and that it can be changed until the space's rule closes the review.
 */
export function ReviewDecisionForm({ review, onDecide, onDone }: ReviewDecisionFormProps) {
  const t = modelsText.decisionForm;
  const [decision, setDecision] = useState<string>(review.myDecision ?? '');
  const [motivation, setMotivation] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const decisionError = problems['decision'] ?? fieldMessage(apiError, 'decision');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setApiError(null);
    const found = decisionProblems({ decision, motivation });
    setProblems(found);
    if (found['decision']) {
      document.getElementById(`parere-${REVIEW_DECISIONS[0]}`)?.focus();
      return;
    }
    if (found['motivation'] || !isReviewDecision(decision)) {
      document.getElementById('parere-motivazione')?.focus();
      return;
    }
    setBusy(true);
    const outcome = await onDecide(decision, motivation.trim());
    setBusy(false);
    if (!outcome.ok) {
      setApiError(outcome.error);
      return;
    }
    setMotivation('');
    const closed = outcome.value.closedAt && outcome.value.outcome;
    onDone(
      [t.done(decisionLabel(decision)), closed ? t.closedNow(modelsText.outcome[outcome.value.outcome ?? ''] ?? '') : ''].filter(Boolean).join(' '),
    );
  };

  return (
    <section aria-labelledby="parere-titolo" className="mb-5">
      <h2 id="parere-titolo" className="h4">
        {t.title}
      </h2>
      <p className="fw-semibold mb-1" data-testid="parere-attuale">
        {review.myDecision ? t.current(decisionLabel(review.myDecision)) : t.none}
      </p>
      <p className="small">{t.changeable}</p>
      <form onSubmit={submit} noValidate aria-busy={busy} aria-labelledby="parere-titolo" className="app-form">
        {apiError && <FormErrorAlert error={apiError} shownFields={SHOWN} />}
        <fieldset className="mb-4" aria-describedby={decisionError ? 'parere-errore' : undefined}>
          <legend className="h6 fw-semibold">{t.legend}</legend>
          {REVIEW_DECISIONS.map((kind) => (
            <div key={kind} className="form-check">
              <input
                id={`parere-${kind}`}
                type="radio"
                name="parere"
                value={kind}
                checked={decision === kind}
                onChange={() => setDecision(kind)}
              />
              <label htmlFor={`parere-${kind}`}>{decisionLabel(kind)}</label>
            </div>
          ))}
          {decisionError && (
            <div id="parere-errore" className="invalid-feedback d-block">
              {decisionError}
            </div>
          )}
        </fieldset>
        <TextField
          id="parere-motivazione"
          type="textarea"
          label={t.motivation}
          value={motivation}
          onChange={setMotivation}
          hint={t.motivationHint}
          error={problems['motivation'] ?? fieldMessage(apiError, 'motivation')}
          maxLength={TEXT_MAX}
          required
        />
        <Button type="submit" color="primary" disabled={busy}>
          {busy ? t.working : review.myDecision ? t.change : t.submit}
        </Button>
      </form>
    </section>
  );
}
