import { Badge } from 'design-react-kit';
import { modelsText } from '../../i18n/models';
import { formatRomeDateTime } from '../meetings/rome-time';
import type { ReviewDecisionEntry, ReviewOutcome } from './model-types';
import { decisionLabel } from './review-decision';

const OUTCOME_COLOR: Record<ReviewOutcome, 'success' | 'danger'> = { APPROVED: 'success', CHANGES_REQUESTED: 'danger', REJECTED: 'danger' };

/** The reviewers' decisions, each with its motivation and when it was given. */
export function ReviewDecisionsList({ decisions }: { decisions: ReviewDecisionEntry[] }) {
  const t = modelsText.opinion;
  return (
    <ul className="list-unstyled mb-0" data-testid="pareri">
      {decisions.map((d) => (
        <li key={`${d.reviewerName}-${d.decidedAt}`} className="border-start border-3 ps-3 mb-3">
          <p className="fw-semibold mb-1">{t.decisionOf(d.reviewerName, decisionLabel(d.decision))}</p>
          <p className="mb-1 text-pre-line">
            <span className="visually-hidden">{t.motivation}: </span>
            {d.motivation}
          </p>
          <p className="small mb-0">
            {t.decidedAt} <time dateTime={d.decidedAt}>{formatRomeDateTime(d.decidedAt)}</time>
          </p>
        </li>
      ))}
    </ul>
  );
}

interface ReviewOpinionProps {
  review: { outcome: ReviewOutcome | null; closedAt: string | null; decisions: ReviewDecisionEntry[] };
  /** The id of its h2, unique in the page. */
  headingId: string;
}

/** "Parere del Collegio": the outcome of a closed review and every reviewer's decision with its motivation. */
export function ReviewOpinion({ review, headingId }: ReviewOpinionProps) {
  const t = modelsText.opinion;
  if (!review.outcome) return null;
  return (
    <section aria-labelledby={headingId} className="border rounded p-3 mb-5" data-testid="parere-collegio">
      <h2 id={headingId} className="h4">
        {t.title}
      </h2>
      <p className="mb-2">
        <span className="fw-semibold">{t.outcome}:</span>{' '}
        <Badge color={OUTCOME_COLOR[review.outcome]}>{modelsText.outcome[review.outcome] ?? review.outcome}</Badge>
        {review.closedAt && (
          <span className="ms-2 small">
            <time dateTime={review.closedAt}>{t.closedAt(formatRomeDateTime(review.closedAt))}</time>
          </span>
        )}
      </p>
      <ReviewDecisionsList decisions={review.decisions} />
    </section>
  );
}
