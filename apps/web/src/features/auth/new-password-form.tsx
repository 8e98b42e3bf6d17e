import { Button } from 'design-react-kit';
import { useState, type FormEvent } from 'react';
import { FormErrorAlert } from '../../components/form-error-alert';
import { TextField } from '../../components/text-field';
import { fieldMessage, type ApiError } from '../../app/graphql-errors';
import { it } from '../../i18n/it';
import { checkPassword, passwordAcceptable } from './password-rules';

interface NewPasswordFormProps {
  submitLabel: string;
  /** Resolves to null on success, or to the API's error to show. */
  onSubmit: (password: string) => Promise<ApiError | null>;
}

function Rule({ met, children }: { met: boolean; children: string }) {
  return (
    <li className={met ? 'text-success' : undefined}>
      <span aria-hidden="true" className="me-1">
        {met ? '✓' : '•'}
      </span>
      {children}
      <span className="visually-hidden"> ({met ? it.auth.ruleMet : it.auth.ruleNotMet})</span>
    </li>
  );
}

/** "Choose a password, twice": the rules are listed and ticked off while typing. */
export function NewPasswordForm({ submitLabel, onSubmit }: NewPasswordFormProps) {
  const t = it.auth;
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [passwordProblem, setPasswordProblem] = useState<string>();
  const [confirmationProblem, setConfirmationProblem] = useState<string>();
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const check = checkPassword(password);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const weak = passwordAcceptable(password) ? undefined : t.passwordTooWeak;
    const mismatch = password === confirmation ? undefined : t.passwordsDoNotMatch;
    setPasswordProblem(weak);
    setConfirmationProblem(mismatch);
    setApiError(null);
    if (weak || mismatch) {
      document.getElementById(weak ? 'nuova-password' : 'conferma-password')?.focus();
      return;
    }
    setSubmitting(true);
    const error = await onSubmit(password);
    setSubmitting(false);
    setApiError(error);
  };

  const apiPasswordProblem = apiError?.code === 'WEAK_PASSWORD' ? apiError.message : fieldMessage(apiError, 'password');

  return (
    <form onSubmit={submit} noValidate aria-busy={submitting} className="app-form">
      {apiError && <FormErrorAlert error={apiError} shownFields={['password']} />}
      <div id="regole-password" className="mb-5">
        <p className="mb-1">{t.passwordRulesTitle}</p>
        <ul className="list-unstyled mb-0">
          <Rule met={check.longEnough}>{t.ruleLength}</Rule>
          <Rule met={check.varied}>{t.ruleVariety}</Rule>
        </ul>
      </div>
      <TextField
        id="nuova-password"
        type="password"
        label={t.newPassword}
        value={password}
        onChange={setPassword}
        autoComplete="new-password"
        aria-describedby="regole-password"
        error={passwordProblem ?? apiPasswordProblem}
        required
      />
      <TextField
        id="conferma-password"
        type="password"
        label={t.confirmPassword}
        value={confirmation}
        onChange={setConfirmation}
        autoComplete="new-password"
        error={confirmationProblem}
        required
      />
      <Button type="submit" color="primary" disabled={submitting}>
        {submitting ? it.common.sending : submitLabel}
      </Button>
    </form>
  );
}
