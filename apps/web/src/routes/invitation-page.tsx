import { Col, Row } from 'design-react-kit';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useMutation } from 'urql';
import { toApiError } from '../app/graphql-errors';
import { useDocumentTitle } from '../components/use-document-title';
import { AcceptInvitationMutation } from '../features/auth/auth-documents';
import { InvalidTokenHelp } from '../features/auth/invalid-token-help';
import { NewPasswordForm } from '../features/auth/new-password-form';
import { useAuth } from '../features/auth/use-auth';
import { it } from '../i18n/it';

export function InvitationPage() {
  const t = it.auth;
  useDocumentTitle(it.titles.invitation);
  const { token = '' } = useParams();
  const { refresh } = useAuth();
  const navigate = useNavigate();
  const [, acceptInvitation] = useMutation(AcceptInvitationMutation);
  const [invalidToken, setInvalidToken] = useState(false);

  const submit = async (password: string) => {
    const result = await acceptInvitation({ token, password });
    if (result.error) {
      const error = toApiError(result.error);
      setInvalidToken(error.code === 'INVALID_TOKEN');
      return error;
    }
    await refresh();
    navigate('/', { replace: true });
    return null;
  };

  return (
    <Row>
      <Col xs={12} md={8} lg={6}>
        <h1>{t.invitationTitle}</h1>
        <p className="lead">{t.invitationIntro}</p>
        {invalidToken && <InvalidTokenHelp kind="invitation" />}
        <NewPasswordForm submitLabel={t.invitationSubmit} onSubmit={submit} />
      </Col>
    </Row>
  );
}
