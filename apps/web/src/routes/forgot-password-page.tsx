import { Alert, Button, Col, Row } from 'design-react-kit';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { fieldMessage, toApiError, type ApiError } from '../app/graphql-errors';
import { FormErrorAlert } from '../components/form-error-alert';
import { TextField } from '../components/text-field';
import { useDocumentTitle } from '../components/use-document-title';
import { RequestPasswordResetMutation } from '../features/auth/auth-documents';
import { it } from '../i18n/it';

export function ForgotPasswordPage() {
  const t = it.auth;
  useDocumentTitle(it.titles.forgot);
  const [, requestReset] = useMutation(RequestPasswordResetMutation);
  const [email, setEmail] = useState('');
  const [problem, setProblem] = useState<string>();
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [done, setDone] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setApiError(null);
    if (!email.trim()) {
      setProblem(t.requiredEmail);
      document.getElementById('reset-email')?.focus();
      return;
    }
    setProblem(undefined);
    setSubmitting(true);
    const result = await requestReset({ email: email.trim() });
    setSubmitting(false);
    // The answer is the same whether or not the address exists; only real failures are shown.
    if (result.error) setApiError(toApiError(result.error));
    else setDone(true);
  };

  return (
    <Row>
      <Col xs={12} md={8} lg={6}>
        <h1>{t.forgotTitle}</h1>
        {done ? (
          <>
            <Alert color="success" fade={false} className="my-4">
              {t.forgotDone}
            </Alert>
            <Link to="/accedi">{t.backToLogin}</Link>
          </>
        ) : (
          <>
            <p className="lead">{t.forgotIntro}</p>
            {apiError && <FormErrorAlert error={apiError} shownFields={['email']} />}
            <form onSubmit={submit} noValidate aria-busy={submitting} className="app-form mt-4">
              <TextField
                id="reset-email"
                type="email"
                label={t.email}
                value={email}
                onChange={setEmail}
                autoComplete="email"
                error={problem ?? fieldMessage(apiError, 'email')}
                required
              />
              <div className="d-flex flex-wrap align-items-center gap-4">
                <Button type="submit" color="primary" disabled={submitting}>
                  {submitting ? it.common.sending : t.forgotSubmit}
                </Button>
                <Link to="/accedi">{t.backToLogin}</Link>
              </div>
            </form>
          </>
        )}
      </Col>
    </Row>
  );
}
