import { modelsText } from '../../i18n/models';
import { formatRomeDateTime } from '../meetings/rome-time';
import type { ReviewComment, ReviewerStatus } from './model-types';

/** The space's reviewers and whether each has answered (in words). */
export function ReviewersList({ reviewers }: { reviewers: ReviewerStatus[] }) {
  const t = modelsText.review;
  if (reviewers.length === 0) return <p className="text-secondary">{t.noReviewers}</p>;
  return (
    <ul data-testid="revisori">
      {reviewers.map((reviewer) => (
        <li key={reviewer.name}>
          {reviewer.name}: <span className={reviewer.decided ? 'fw-semibold' : undefined}>{reviewer.decided ? t.decided : t.notDecided}</span>
        </li>
      ))}
    </ul>
  );
}

/** The reviewers' comments, oldest first: the quoted passage (or "Osservazione generale"), the remark, who and when. */
export function ReviewCommentsList({ comments }: { comments: ReviewComment[] }) {
  const t = modelsText.review;
  if (comments.length === 0) return <p className="text-secondary">{t.noComments}</p>;
  return (
    <ol className="list-unstyled" data-testid="commenti-revisione">
      {comments.map((comment) => (
        <li key={comment.id} className="border rounded p-3 mb-3">
          {comment.passage ? (
            <figure className="mb-2">
              <figcaption className="small fw-semibold">{t.passage}</figcaption>
              <blockquote className="review-passage">{comment.passage}</blockquote>
            </figure>
          ) : (
            <p className="small fw-semibold mb-2">{t.generalComment}</p>
          )}
          <p className="mb-1 text-pre-line">{comment.body}</p>
          <p className="small mb-0">
            {comment.authorName}, <time dateTime={comment.createdAt}>{formatRomeDateTime(comment.createdAt)}</time>
          </p>
        </li>
      ))}
    </ol>
  );
}
