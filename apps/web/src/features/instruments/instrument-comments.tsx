import { Alert, Button } from 'design-react-kit';
import { useState, type FormEvent } from 'react';
import { Link, useLocation } from 'react-router';
import { fieldMessage, type ApiError } from '../../app/graphql-errors';
import { loginPath } from '../../app/route-guards';
import { FormErrorAlert } from '../../components/form-error-alert';
import { TextField } from '../../components/text-field';
import { formatDateTime } from '../../i18n/format';
import { it } from '../../i18n/it';
import type { InstrumentComment } from './instrument-types';

interface InstrumentCommentsProps {
  comments: InstrumentComment[];
  signedIn: boolean;
  canComment: boolean;
  onAdd: (body: string) => Promise<ApiError | null>;
}

const MAX_BODY = 4000;

/** The members' notes on an instrument (not public): the list and, for those who may, a form to add one. */
export function InstrumentComments({ comments, signedIn, canComment, onAdd }: InstrumentCommentsProps) {
  const t = it.instruments;
  const location = useLocation();
  const [body, setBody] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const [done, setDone] = useState(false);
  const [submitting, setSubmitting] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    setApiError(null);
    const text = body.trim();
    if (!text || text.length > MAX_BODY) {
      setProblem(t.commentRequired);
      document.getElementById('nota-testo')?.focus();
      return;
    }
    setProblem(undefined);
    setSubmitting(true);
    const error = await onAdd(text);
    setSubmitting(false);
    setApiError(error);
    if (!error) {
      setBody('');
      setDone(true);
    }
  };

  return (
    <section aria-labelledby="strumento-note" className="my-4">
      <h2 id="strumento-note" className="h4">
        {t.commentsTitle}
      </h2>
      <p>{t.commentsIntro}</p>
      {!signedIn ? (
        <p>
          <Link to={loginPath(location.pathname)}>{t.commentsLogin}</Link>
        </p>
      ) : (
        <>
          {comments.length === 0 ? (
            <p>{t.noComments}</p>
          ) : (
            <ul className="list-unstyled">
              {comments.map((comment) => (
                <li key={comment.id} className="border-bottom py-2">
                  <p className="small fw-semibold mb-1">{t.commentBy(comment.authorName, formatDateTime(comment.createdAt))}</p>
                  <p className="mb-0 text-pre-line">{comment.body}</p>
                </li>
              ))}
            </ul>
          )}
          {canComment && (
            <form onSubmit={submit} noValidate aria-busy={submitting} className="app-form">
              {apiError && <FormErrorAlert error={apiError} shownFields={['body']} />}
              {done && (
                <Alert color="success" fade={false} className="mb-4">
                  {t.commentAdded}
                </Alert>
              )}
              <TextField
                id="nota-testo"
                type="textarea"
                label={t.commentField}
                hint={t.commentHint}
                value={body}
                onChange={setBody}
                error={problem ?? fieldMessage(apiError, 'body')}
                maxLength={MAX_BODY}
                required
              />
              <Button type="submit" color="primary" disabled={submitting}>
                {submitting ? it.common.sending : t.commentSubmit}
              </Button>
            </form>
          )}
        </>
      )}
    </section>
  );
}
