import { Col, Row } from 'design-react-kit';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useMutation } from 'urql';
import { toApiError } from '../app/graphql-errors';
import { useDocumentTitle } from '../components/use-document-title';
import { ResetPasswordMutation } from '../features/auth/auth-documents';
import { InvalidTokenHelp } from '../features/auth/invalid-token-help';
import { NewPasswordForm } from '../features/auth/new-password-form';
import { useAuth } from '../features/auth/use-auth';
import { it } from '../i18n/it';

export function ResetPasswordPage() {
  const t = it.auth;
  useDocumentTitle(it.titles.reset);
  const { token = '' } = useParams();
  const { refresh } = useAuth();
  const navigate = useNavigate();
  const [, resetPassword] = useMutation(ResetPasswordMutation);
  const [invalidToken, setInvalidToken] = useState(false);

  const submit = async (password: string) => {
    const result = await resetPassword({ token, password });
    if (result.error) {
      const error = toApiError(result.error);
      setInvalidToken(error.code === 'INVALID_TOKEN');
      return error;
    }
    // If the API opened a session with the reset, go home logged in; otherwise log in anew.
    const me = await refresh();
    navigate(me ? '/' : '/accedi?avviso=password-aggiornata', { replace: true });
    return null;
  };

  return (
    <Row>
      <Col xs={12} md={8} lg={6}>
        <h1>{t.resetTitle}</h1>
        <p className="lead">{t.resetIntro}</p>
        {invalidToken && <InvalidTokenHelp kind="reset" />}
        <NewPasswordForm submitLabel={t.resetSubmit} onSubmit={submit} />
      </Col>
    </Row>
  );
}
