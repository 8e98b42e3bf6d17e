import { Alert, Col, Row } from 'design-react-kit';
import { useCallback, useState } from 'react';
import { Link, useParams } from 'react-router';
import { toApiError } from '../app/graphql-errors';
import { EmptyState } from '../components/empty-state';
import { ErrorState } from '../components/error-state';
import { LoadingState } from '../components/loading-state';
import { PageBreadcrumb } from '../components/page-breadcrumb';
import { QueryState } from '../components/query-state';
import { useDocumentTitle } from '../components/use-document-title';
import '../features/meetings/meetings.css';
import { formatRomeDate, formatRomeDateTime } from '../features/meetings/rome-time';
import { modelCrumbs } from '../features/models/model-crumbs';
import { ModelExportLinks } from '../features/models/model-export-links';
import type { ModelDetail, ModelReview, ModelVersion } from '../features/models/model-types';
import { findReview, isReviewOpen } from '../features/models/model-version-state';
import '../features/models/models.css';
import { ReviewCommentForm } from '../features/models/review-comment-form';
import { ReviewDecisionForm } from '../features/models/review-decision-form';
import { ReviewDecisionsList, ReviewOpinion } from '../features/models/review-opinion';
import { ReviewCommentsList, ReviewersList } from '../features/models/review-participants';
import { useModel, type ModelActions } from '../features/models/use-model';
import { useModelLive } from '../features/models/use-model-live';
import { useModelVersionText } from '../features/models/use-model-version';
import { VersionText } from '../features/models/version-text';
import { isForbidden } from '../features/spaces/is-forbidden';
import { MembersOnlyNotice } from '../features/spaces/members-only-notice';
import { it } from '../i18n/it';
import { modelsText } from '../i18n/models';

function reviewState(review: ModelReview): string {
  const t = modelsText.review;
  if (review.withdrawnAt) return t.withdrawn;
  if (review.closedAt) return t.closed(modelsText.outcome[review.outcome ?? ''] ?? review.outcome ?? '');
  return t.open;
}

interface ReviewViewProps {
  model: ModelDetail;
  version: ModelVersion;
  review: ModelReview;
  actions: ModelActions;
}

function ReviewView({ model, version, review, actions }: ReviewViewProps) {
  const t = modelsText.review;
  const { result: textResult, refresh: refreshText } = useModelVersionText(version.id);
  const text = textResult.data?.modelVersion;
  const [passage, setPassage] = useState('');
  const [done, setDone] = useState('');
  const [selection, setSelection] = useState('');
  const open = isReviewOpen(review);
  const canReview = review.canDecide;

  const quote = useCallback((selected: string) => {
    setPassage(selected);
    setSelection(modelsText.commentForm.selected(selected));
  }, []);

  return (
    <>
      <h1>{t.heading(version.number)}</h1>
      <p>
        {modelsText.titles.model}: <Link to={`/modelli/${encodeURIComponent(model.id)}`}>{model.title}</Link>
      </p>
      <section aria-labelledby="revisione-dettagli-titolo" className="mb-4">
        <h2 id="revisione-dettagli-titolo" className="visually-hidden">
          {t.detailsTitle}
        </h2>
        <dl className="row mb-2">
          <dt className="col-sm-3">{t.state}</dt>
          <dd className="col-sm-9" data-testid="stato-revisione">
            {reviewState(review)}
          </dd>
          <dt className="col-sm-3">{t.openedAt}</dt>
          <dd className="col-sm-9">
            <time dateTime={review.openedAt}>{formatRomeDateTime(review.openedAt)}</time>
          </dd>
          <dt className="col-sm-3">{t.dueDate}</dt>
          <dd className="col-sm-9">{formatRomeDate(review.dueDate)}</dd>
          {review.closedAt && (
            <>
              <dt className="col-sm-3">{t.closedAt}</dt>
              <dd className="col-sm-9">
                <time dateTime={review.closedAt}>{formatRomeDateTime(review.closedAt)}</time>
              </dd>
            </>
          )}
          <dt className="col-sm-3">{t.rule}</dt>
          <dd className="col-sm-9">{modelsText.rule[review.rule] ?? review.rule}</dd>
        </dl>
        <ModelExportLinks versionId={version.id} number={version.number} />
      </section>

      <div role="status" className="mb-3">
        {done && (
          <Alert color="success" fade={false} className="mb-0">
            {done}
          </Alert>
        )}
      </div>

      {review.closedAt && <ReviewOpinion review={review} headingId="parere-collegio-titolo" />}

      <Row>
        <Col xs={12} lg={7} className="mb-4">
          <section aria-labelledby="testo-versione-titolo">
            <h2 id="testo-versione-titolo" className="h4">
              {t.textTitle}
            </h2>
            {canReview && <p className="small">{t.selectHint}</p>}
            {textResult.error && !text ? (
              <ErrorState error={toApiError(textResult.error)} onRetry={refreshText} />
            ) : !text ? (
              <LoadingState />
            ) : (
              <VersionText html={text.html} number={text.number} onSelect={canReview ? quote : undefined} />
            )}
          </section>
        </Col>
        <Col xs={12} lg={5}>
          {canReview ? (
            <>
              <p role="status" className="visually-hidden">
                {selection}
              </p>
              <ReviewCommentForm
                passage={passage}
                onPassageChange={setPassage}
                onComment={(body, quoted) => actions.comment(review.id, body, quoted)}
                onDone={setDone}
              />
              <ReviewDecisionForm review={review} onDecide={(decision, motivation) => actions.decide(review.id, decision, motivation)} onDone={setDone} />
            </>
          ) : (
            <Alert color="info" fade={false} className="mb-4">
              {open ? t.notReviewer : t.notOpen}
            </Alert>
          )}
        </Col>
      </Row>

      <section aria-labelledby="revisori-titolo" className="mb-5">
        <h2 id="revisori-titolo" className="h4">
          {t.reviewersTitle}
        </h2>
        <ReviewersList reviewers={review.reviewers} />
      </section>
      {!review.closedAt && (
        <section aria-labelledby="pareri-titolo" className="mb-5">
          <h2 id="pareri-titolo" className="h4">
            {t.decisionsTitle}
          </h2>
          {review.decisions.length === 0 ? <p className="text-secondary">{t.noDecisions}</p> : <ReviewDecisionsList decisions={review.decisions} />}
        </section>
      )}
      <section aria-labelledby="commenti-revisione-titolo" className="mb-5">
        <h2 id="commenti-revisione-titolo" className="h4">
          {t.commentsTitle}
        </h2>
        <ReviewCommentsList comments={review.comments} />
      </section>
    </>
  );
}

/**
 * /modelli/:id/revisione/:reviewId: a review of a version by the Collegio. Reviewers read the text,
 * quote passages in comments and give (or change) their decision; everybody in the space follows
 * who answered, and reads the Collegio's opinion once the space's rule closes the review.
 */
export function ModelReviewPage() {
  const { id = '', reviewId = '' } = useParams();
  const { result, refresh, actions } = useModel(id);
  const { data, error, fetching } = result;
  const model = data?.model;
  const found = model ? findReview(model, reviewId) : null;
  const heading = found ? modelsText.review.heading(found.version.number) : modelsText.titles.review;
  useDocumentTitle(model ? `${heading} · ${model.title}` : heading);
  useModelLive(model?.spaceId, refresh);

  if (error && !model && isForbidden(error)) {
    return (
      <>
        <PageBreadcrumb items={modelCrumbs(null)} />
        <h1>{modelsText.titles.review}</h1>
        <MembersOnlyNotice message={modelsText.model.forbidden} />
      </>
    );
  }

  return (
    <>
      <PageBreadcrumb items={modelCrumbs(model, heading)} />
      <QueryState data={data} error={error} fetching={fetching} onRetry={refresh} fallbackHeading={modelsText.titles.review}>
        {({ model: loaded }) =>
          !loaded || !found ? (
            <>
              <h1>{it.notFound.title}</h1>
              <EmptyState message={loaded ? modelsText.review.notFound : modelsText.model.notFound}>
                {loaded ? (
                  <Link to={`/modelli/${encodeURIComponent(loaded.id)}`}>{modelsText.review.backToModel}</Link>
                ) : (
                  <Link to="/tavoli">{it.spaces.backToSpaces}</Link>
                )}
              </EmptyState>
            </>
          ) : (
            <ReviewView model={loaded} version={found.version} review={found.review} actions={actions} />
          )
        }
      </QueryState>
    </>
  );
}
