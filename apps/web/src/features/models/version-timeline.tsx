import { Alert } from 'design-react-kit';
import { useState } from 'react';
import { Link } from 'react-router';
import { modelsText } from '../../i18n/models';
import { formatRomeDate, formatRomeDateTime } from '../meetings/rome-time';
import type { ModelActions } from './use-model';
import { ModelExportLinks } from './model-export-links';
import { VersionStatusBadge } from './model-status-badge';
import type { ModelDetail, ModelReview, ModelVersion } from './model-types';
import { canSubmitVersion, canWithdrawVersion, isPublished } from './model-version-state';
import { SubmitReviewForm } from './submit-review-form';
import { WithdrawControl } from './withdraw-control';

/** The path of a review's page. */
export function reviewPath(modelId: string, reviewId: string): string {
  return `/modelli/${encodeURIComponent(modelId)}/revisione/${encodeURIComponent(reviewId)}`;
}

function reviewState(review: ModelReview): string {
  const t = modelsText.timeline;
  if (review.withdrawnAt) return t.reviewWithdrawn;
  if (review.closedAt) return t.reviewClosed(modelsText.outcome[review.outcome ?? ''] ?? review.outcome ?? '');
  return t.reviewOpen;
}

interface VersionEntryProps {
  model: ModelDetail;
  version: ModelVersion;
  actions: ModelActions;
  onDone: (message: string) => void;
}

/** One version: number, status, when and by whom, who wrote, what changed, its hash, files, reviews and actions. */
function VersionEntry({ model, version, actions, onDone }: VersionEntryProps) {
  const t = modelsText.timeline;
  const headingId = `versione-${version.id}-titolo`;
  return (
    <li className="border rounded p-3 mb-3" data-testid="versione">
      <h3 id={headingId} className="h5 mb-2">
        {t.version(version.number)}
        <VersionStatusBadge status={version.status} className="ms-2" />
      </h3>
      <dl className="row mb-2">
        <dt className="col-sm-3">{t.consolidatedAt}</dt>
        <dd className="col-sm-9">
          <time dateTime={version.createdAt}>{formatRomeDateTime(version.createdAt)}</time> {t.by} {version.createdByName}
        </dd>
        {version.statusChangedAt !== version.createdAt && (
          <>
            <dt className="col-sm-3">{t.statusSince}</dt>
            <dd className="col-sm-9">
              <time dateTime={version.statusChangedAt}>{formatRomeDateTime(version.statusChangedAt)}</time>
            </dd>
          </>
        )}
        <dt className="col-sm-3">{t.contributors}</dt>
        <dd className="col-sm-9">{version.contributorNames.length > 0 ? version.contributorNames.join(', ') : t.noContributors}</dd>
        <dt className="col-sm-3">{t.changelog}</dt>
        <dd className="col-sm-9 text-pre-line">{version.changelog}</dd>
        <dt className="col-sm-3">{t.sha}</dt>
        <dd className="col-sm-9">
          <code className="sha256" data-testid="sha256">
            {version.contentSha256}
          </code>
        </dd>
      </dl>
      <div className="d-flex flex-wrap gap-3 align-items-center">
        <ModelExportLinks versionId={version.id} number={version.number} />
        {isPublished(version.status) && (
          <Link to={`/modelli-approvati/${encodeURIComponent(version.id)}`} aria-label={t.publicPageOf(version.number)}>
            {t.publicPage}
          </Link>
        )}
      </div>
      {version.reviews.length > 0 && (
        <>
          <h4 className="h6 mt-3">{t.reviewsTitle}</h4>
          <ul className="mb-0">
            {version.reviews.map((review) => (
              <li key={review.id}>
                {t.reviewLine(formatRomeDate(review.openedAt), formatRomeDate(review.dueDate))} – {reviewState(review)} ·{' '}
                <Link to={reviewPath(model.id, review.id)} aria-label={t.openReviewOf(version.number, formatRomeDate(review.openedAt))}>
                  {t.openReview}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
      {canSubmitVersion(model, version) && <SubmitReviewForm version={version} onSubmit={actions.submit} onDone={onDone} />}
      {canWithdrawVersion(model, version) && <WithdrawControl version={version} onWithdraw={actions.withdraw} onDone={onDone} />}
    </li>
  );
}

/** The versions, newest first; the coordinators send the latest to the Collegio or take it back. */
export function VersionTimeline({ model, actions }: { model: ModelDetail; actions: ModelActions }) {
  const t = modelsText.timeline;
  const [done, setDone] = useState('');
  return (
    <section aria-labelledby="versioni-modello-titolo" className="mb-5">
      <h2 id="versioni-modello-titolo" className="h4">
        {t.title}
      </h2>
      <p>{t.intro}</p>
      <div role="status">
        {done && (
          <Alert color="success" fade={false} className="mb-3">
            {done}
          </Alert>
        )}
      </div>
      {model.versions.length === 0 ? (
        <p className="text-secondary">{t.none}</p>
      ) : (
        <ol className="list-unstyled">
          {model.versions.map((version) => (
            <VersionEntry key={version.id} model={model} version={version} actions={actions} onDone={setDone} />
          ))}
        </ol>
      )}
    </section>
  );
}
