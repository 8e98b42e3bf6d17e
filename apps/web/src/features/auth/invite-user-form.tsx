import { Alert, Button, Col, Row } from 'design-react-kit';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { FormErrorAlert } from '../../components/form-error-alert';
import { SelectField, type SelectOption } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { fieldMessage, toApiError, type ApiError } from '../../app/graphql-errors';
import { formatDateTime } from '../../i18n/format';
import { it } from '../../i18n/it';
import { InviteUserMutation } from './auth-documents';
import type { Invitation, PlatformRole } from './auth-types';

interface Values {
  email: string;
  displayName: string;
  organizationId: string;
  position: string;
  platformRole: PlatformRole;
}

const EMPTY: Values = { email: '', displayName: '', organizationId: '', position: '', platformRole: 'USER' };
const FIELDS = ['email', 'displayName', 'organizationId', 'position', 'platformRole'] as const;
type Field = (typeof FIELDS)[number];

export function InviteUserForm({ organizationOptions }: { organizationOptions: SelectOption[] }) {
  const t = it.admin;
  const [, invite] = useMutation(InviteUserMutation);
  const [values, setValues] = useState<Values>(EMPTY);
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({});
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const [sent, setSent] = useState<Invitation | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const set = (field: Field) => (value: string) => setValues((current) => ({ ...current, [field]: value }));
  const errorFor = (field: Field) => problems[field] ?? fieldMessage(apiError, field);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    if (!values.email.trim()) found.email = t.requiredEmail;
    if (!values.displayName.trim()) found.displayName = t.requiredDisplayName;
    if (!values.organizationId) found.organizationId = t.requiredOrganization;
    setProblems(found);
    setApiError(null);
    if (Object.keys(found).length > 0) {
      document.getElementById(`invito-${Object.keys(found)[0]}`)?.focus();
      return;
    }
    setSubmitting(true);
    const result = await invite({
      input: {
        email: values.email.trim(),
        displayName: values.displayName.trim(),
        organizationId: values.organizationId,
        position: values.position.trim() || null,
        platformRole: values.platformRole,
      },
    });
    setSubmitting(false);
    if (result.error) {
      setApiError(toApiError(result.error));
    } else if (result.data) {
      setSent(result.data.inviteUser);
      setValues(EMPTY);
    }
  };

  if (sent) {
    return (
      <>
        <Alert color="success" fade={false} className="mb-4">
          {t.sent(sent.email, formatDateTime(sent.expiresAt))}
        </Alert>
        <Button color="primary" onClick={() => setSent(null)}>
          {t.inviteAnother}
        </Button>
      </>
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-busy={submitting} className="app-form">
      {apiError && <FormErrorAlert error={apiError} shownFields={FIELDS} />}
      <Row>
        <Col xs={12} md={6}>
          <TextField
            id="invito-email"
            type="email"
            label={t.email}
            value={values.email}
            onChange={set('email')}
            autoComplete="off"
            error={errorFor('email')}
            required
          />
        </Col>
        <Col xs={12} md={6}>
          <TextField
            id="invito-displayName"
            label={t.displayName}
            value={values.displayName}
            onChange={set('displayName')}
            autoComplete="off"
            error={errorFor('displayName')}
            required
          />
        </Col>
        <Col xs={12} md={6}>
          <SelectField
            id="invito-organizationId"
            label={t.organization}
            value={values.organizationId}
            onChange={set('organizationId')}
            placeholder={t.chooseOrganization}
            options={organizationOptions}
            error={errorFor('organizationId')}
            required
          />
        </Col>
        <Col xs={12} md={6}>
          <TextField
            id="invito-position"
            label={t.position}
            value={values.position}
            onChange={set('position')}
            hint={t.positionHint}
            error={errorFor('position')}
            optional
          />
        </Col>
        <Col xs={12} md={6}>
          <SelectField
            id="invito-platformRole"
            label={t.role}
            value={values.platformRole}
            onChange={(value) => set('platformRole')(value === 'ADMIN' ? 'ADMIN' : 'USER')}
            options={[
              { value: 'USER', label: t.roleUser },
              { value: 'ADMIN', label: t.roleAdmin },
            ]}
            error={errorFor('platformRole')}
          />
        </Col>
      </Row>
      <Button type="submit" color="primary" disabled={submitting}>
        {submitting ? it.common.sending : t.submit}
      </Button>
    </form>
  );
}
