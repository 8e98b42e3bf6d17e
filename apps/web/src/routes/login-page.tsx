import { Alert, Button, Col, Row } from 'design-react-kit';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { fieldMessage, toApiError, type ApiError } from '../app/graphql-errors';
import { safeReturnPath } from '../app/route-guards';
import { FormErrorAlert } from '../components/form-error-alert';
import { TextField } from '../components/text-field';
import { useDocumentTitle } from '../components/use-document-title';
import { LoginMutation } from '../features/auth/auth-documents';
import { useAuth } from '../features/auth/use-auth';
import { it } from '../i18n/it';

function titleFor(error: ApiError): string | undefined {
  if (error.code === 'INVALID_CREDENTIALS') return it.auth.invalidCredentialsTitle;
  if (error.code === 'RATE_LIMITED') return it.auth.rateLimitedTitle;
  return undefined;
}

export function LoginPage() {
  const t = it.auth;
  useDocumentTitle(it.titles.login);
  const { me, refresh } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const returnTo = safeReturnPath(params.get('ritorno'));
  const notice = params.get('avviso');
  const [, login] = useMutation(LoginMutation);

  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problems, setProblems] = useState<{ email?: string; password?: string }>({});
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: { email?: string; password?: string } = {};
    if (!email.trim()) found.email = t.requiredEmail;
    if (!password) found.password = t.requiredPassword;
    setProblems(found);
    setApiError(null);
    if (found.email || found.password) {
      document.getElementById(found.email ? 'login-email' : 'login-password')?.focus();
      return;
    }
    setSubmitting(true);
    const result = await login({ email: email.trim(), password });
    if (result.error) {
      setSubmitting(false);
      setApiError(toApiError(result.error));
      setPassword('');
      return;
    }
    await refresh();
    setSubmitting(false);
    navigate(returnTo, { replace: true });
  };

  return (
    <Row>
      <Col xs={12} md={8} lg={6}>
        <h1>{t.loginTitle}</h1>
        {me && !submitting ? (
          <Alert color="info" fade={false} className="my-4">
            {t.alreadyLoggedIn(me.displayName)} <Link to={returnTo}>{it.states.goHome}</Link>
          </Alert>
        ) : (
          <p className="lead">{t.loginIntro}</p>
        )}
        {notice === 'password-aggiornata' && (
          <Alert color="success" fade={false} className="mb-4">
            {t.resetDone}
          </Alert>
        )}
        {apiError && <FormErrorAlert error={apiError} title={titleFor(apiError)} shownFields={['email', 'password']} />}
        <form onSubmit={submit} noValidate aria-busy={submitting} className="app-form mt-4">
          <TextField
            id="login-email"
            type="email"
            label={t.email}
            value={email}
            onChange={setEmail}
            autoComplete="username"
            error={problems.email ?? fieldMessage(apiError, 'email')}
            required
          />
          <TextField
            id="login-password"
            type="password"
            label={t.password}
            value={password}
            onChange={setPassword}
            autoComplete="current-password"
            error={problems.password ?? fieldMessage(apiError, 'password')}
            required
          />
          <div className="d-flex flex-wrap align-items-center gap-4">
            <Button type="submit" color="primary" disabled={submitting}>
              {submitting ? t.submittingLogin : t.submitLogin}
            </Button>
            <Link to="/password-dimenticata">{t.forgotLink}</Link>
          </div>
        </form>
      </Col>
    </Row>
  );
}
