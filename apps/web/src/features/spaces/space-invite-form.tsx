import { Alert, Button, Col, Icon, Row } from 'design-react-kit';
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { fieldMessage, toApiError, type ApiError } from '../../app/graphql-errors';
import { FormErrorAlert } from '../../components/form-error-alert';
import { SelectField, type SelectOption } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { it } from '../../i18n/it';
import { isForbidden } from './is-forbidden';
import { roleLabel } from './space-labels';
import { SPACE_ROLES, isSpaceRole, type InviteToSpaceInput, type SpaceMember, type SpaceRole } from './space-types';
import type { Outcome } from './use-member-actions';
import { usePeopleSearch } from './use-people-search';

type Mode = 'existing' | 'new';
type Field = 'userId' | 'email' | 'displayName' | 'organizationId' | 'role';
const SHOWN_FIELDS: readonly Field[] = ['userId', 'email', 'displayName', 'organizationId', 'role'];

interface SpaceInviteFormProps {
  spaceId: string;
  organizationOptions: SelectOption[];
  onInvite: (input: InviteToSpaceInput) => Promise<Outcome<SpaceMember>>;
}

/**
 * Adds a person to the space: someone already registered (search by name or e-mail, then pick
 * from the results) or a new person by e-mail and name, who receives the platform invitation.
 * Either way the person represents an organisation and gets a role in the space.
 */
export function SpaceInviteForm({ spaceId, organizationOptions, onInvite }: SpaceInviteFormProps) {
  const t = it.spaces;
  const [mode, setMode] = useState<Mode>('existing');
  const [searchText, setSearchText] = useState('');
  const [chosenUserId, setChosenUserId] = useState('');
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [chosenOrganizationId, setChosenOrganizationId] = useState('');
  const [role, setRole] = useState<SpaceRole>('MEMBER');
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({});
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const search = usePeopleSearch(mode === 'existing' ? searchText : '');
  const people = search.people ?? [];
  // One result is chosen without asking; a choice no longer among the results is dropped.
  const chosen = people.find((p) => p.id === chosenUserId) ?? (people.length === 1 ? people[0] : undefined);
  const userId = mode === 'existing' ? (chosen?.id ?? '') : '';
  // Until an organisation is picked, propose the one the chosen person belongs to.
  const proposedOrganizationId =
    mode === 'existing'
      ? chosen?.memberships.map((m) => m.organization.id).find((id) => organizationOptions.some((o) => o.value === id))
      : undefined;
  const organizationId = chosenOrganizationId || proposedOrganizationId || '';

  const errorFor = (field: Field) => problems[field] ?? fieldMessage(apiError, field);
  const searchForbidden = search.error !== undefined && isForbidden(search.error);

  const searchStatus = !search.active
    ? ''
    : search.fetching
      ? t.searching
      : search.people
        ? t.peopleFound(search.people.length)
        : search.error && !searchForbidden
          ? toApiError(search.error).message
          : '';

  const resetForm = () => {
    setSearchText('');
    setChosenUserId('');
    setEmail('');
    setDisplayName('');
    setChosenOrganizationId('');
    setRole('MEMBER');
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    if (mode === 'existing' && !userId) found.userId = t.requiredPerson;
    if (mode === 'new' && !email.trim()) found.email = t.requiredEmail;
    if (mode === 'new' && !displayName.trim()) found.displayName = t.requiredDisplayName;
    if (!organizationId) found.organizationId = t.requiredOrganization;
    setProblems(found);
    setApiError(null);
    setDone(null);
    const first = Object.keys(found)[0];
    if (first) {
      const target =
        first === 'userId' ? (people.length === 0 ? 'invito-cerca' : `invito-persona-${people[0]?.id ?? ''}`) : `invito-${first}`;
      document.getElementById(target)?.focus();
      return;
    }
    const input: InviteToSpaceInput =
      mode === 'existing'
        ? { spaceId, userId, organizationId, role }
        : { spaceId, email: email.trim(), displayName: displayName.trim(), organizationId, role };
    setSubmitting(true);
    const outcome = await onInvite(input);
    setSubmitting(false);
    if (!outcome.ok) {
      setApiError(outcome.error);
      return;
    }
    const name = outcome.value.user.displayName;
    const label = roleLabel(outcome.value.role);
    setDone(mode === 'new' ? t.invitedNew(name, label) : t.invited(name, label));
    resetForm();
    document.getElementById('invito-esito')?.focus();
  };

  // Enter in the search box searches at once instead of sending the form.
  const onSearchKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      search.searchNow();
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-busy={submitting} className="app-form" aria-labelledby="invita-titolo">
      <div id="invito-esito" tabIndex={-1} role="status" aria-live="polite">
        {done && (
          <Alert color="success" fade={false} className="mb-4">
            {done}
          </Alert>
        )}
      </div>
      {apiError && <FormErrorAlert error={apiError} shownFields={SHOWN_FIELDS} />}

      <fieldset className="mb-4">
        <legend className="h6 fw-semibold">{t.inviteWho}</legend>
        <div className="form-check form-check-inline">
          <input
            id="invito-modo-esistente"
            type="radio"
            name="invito-modo"
            checked={mode === 'existing'}
            onChange={() => setMode('existing')}
          />
          <label htmlFor="invito-modo-esistente">{t.inviteExisting}</label>
        </div>
        <div className="form-check form-check-inline">
          <input id="invito-modo-nuova" type="radio" name="invito-modo" checked={mode === 'new'} onChange={() => setMode('new')} />
          <label htmlFor="invito-modo-nuova">{t.inviteNew}</label>
        </div>
      </fieldset>

      {mode === 'existing' ? (
        <Row>
          <Col xs={12} md={6}>
            <TextField
              id="invito-cerca"
              type="search"
              label={t.searchPerson}
              value={searchText}
              onChange={setSearchText}
              onKeyDown={onSearchKeyDown}
              hint={t.searchPersonHint}
              autoComplete="off"
            />
            <p className="small" role="status" aria-live="polite">
              {searchStatus}
            </p>
            {searchForbidden && (
              <Alert color="warning" fade={false} className="mb-4">
                {t.inviteForbidden}
              </Alert>
            )}
          </Col>
          <Col xs={12} md={6}>
            {/* The results as buttons: every person found is visible at once; the chosen one is pressed. */}
            <div
              id="invito-userId"
              role="group"
              aria-labelledby="invito-userId-titolo"
              aria-describedby={errorFor('userId') ? 'invito-userId-error' : undefined}
              className="mb-5"
              tabIndex={-1}
            >
              <p id="invito-userId-titolo" className="fw-semibold mb-2">
                {t.personResults}
              </p>
              {people.length === 0 ? (
                <p className="small mb-0">{t.searchFirst}</p>
              ) : (
                <ul className="list-unstyled mb-0">
                  {people.map((person) => {
                    const pressed = userId === person.id;
                    return (
                      <li key={person.id} className="mb-2">
                        <Button
                          id={`invito-persona-${person.id}`}
                          type="button"
                          color="primary"
                          outline={!pressed}
                          size="sm"
                          aria-pressed={pressed}
                          className="text-start"
                          onClick={() => setChosenUserId(person.id)}
                        >
                          {pressed && <Icon icon="it-check" color="white" size="sm" className="me-1" aria-hidden="true" />}
                          {t.personOption(person.displayName, person.email)}
                        </Button>
                      </li>
                    );
                  })}
                </ul>
              )}
              {errorFor('userId') && (
                <div id="invito-userId-error" className="invalid-feedback d-block">
                  {errorFor('userId')}
                </div>
              )}
            </div>
          </Col>
        </Row>
      ) : (
        <Row>
          <Col xs={12} md={6}>
            <TextField
              id="invito-email"
              type="email"
              label={t.email}
              value={email}
              onChange={setEmail}
              autoComplete="off"
              error={errorFor('email')}
              required
            />
          </Col>
          <Col xs={12} md={6}>
            <TextField
              id="invito-displayName"
              label={t.displayName}
              value={displayName}
              onChange={setDisplayName}
              autoComplete="off"
              error={errorFor('displayName')}
              required
            />
          </Col>
        </Row>
      )}

      <Row>
        <Col xs={12} md={6}>
          <SelectField
            id="invito-organizationId"
            label={t.organization}
            value={organizationId}
            onChange={setChosenOrganizationId}
            placeholder={t.chooseOrganization}
            options={organizationOptions}
            hint={t.organizationHint}
            error={errorFor('organizationId')}
            required
          />
        </Col>
        <Col xs={12} md={6}>
          <SelectField
            id="invito-role"
            label={t.role}
            value={role}
            onChange={(value) => isSpaceRole(value) && setRole(value)}
            options={SPACE_ROLES.map((r) => ({ value: r, label: roleLabel(r) }))}
            error={errorFor('role')}
            required
          />
        </Col>
      </Row>
      <Button type="submit" color="primary" disabled={submitting}>
        {submitting ? it.common.sending : t.invite}
      </Button>
    </form>
  );
}
