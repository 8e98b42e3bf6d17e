import { Alert, Button } from 'design-react-kit';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { ApiError } from '../../app/graphql-errors';
import { FormErrorAlert } from '../../components/form-error-alert';
import { TextField } from '../../components/text-field';
import { it } from '../../i18n/it';
import { FamilySwatch, UnverifiedBadge } from './instrument-badges';
import { RELATION_KINDS, type InstrumentLink } from './instrument-types';

interface RemoveRelationProps {
  link: InstrumentLink;
  onRemove: (relationId: string, reason: string) => Promise<ApiError | null>;
}

/** «Togli»: asks for the reason (it stays in the revision) before removing the relation. */
function RemoveRelation({ link, onRemove }: RemoveRelationProps) {
  const t = it.instruments;
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const [apiError, setApiError] = useState<ApiError | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const fieldId = `togli-relazione-${link.relationId}`;

  if (!open) {
    return (
      <Button color="danger" outline size="xs" className="ms-2" onClick={() => setOpen(true)}>
        {t.relationRemove}
        <span className="visually-hidden">{t.relationRemoveWhat(link.label, link.other.name)}</span>
      </Button>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setProblem(t.reasonRequired);
      document.getElementById(fieldId)?.focus();
      return;
    }
    setProblem(undefined);
    setSubmitting(true);
    const error = await onRemove(link.relationId, reason.trim());
    setSubmitting(false);
    setApiError(error);
  };

  return (
    <form onSubmit={submit} noValidate className="app-form border rounded p-3 mt-2" aria-busy={submitting}>
      {apiError && <FormErrorAlert error={apiError} />}
      <TextField
        id={fieldId}
        label={t.relationRemoveReason}
        value={reason}
        onChange={setReason}
        error={problem}
        required
        autoComplete="off"
      />
      <div className="d-flex gap-2">
        <Button type="submit" color="danger" size="sm" disabled={submitting}>
          {submitting ? it.common.saving : t.relationRemoveConfirm}
        </Button>
        <Button type="button" color="primary" outline size="sm" onClick={() => setOpen(false)}>
          {it.common.cancel}
        </Button>
      </div>
    </form>
  );
}

interface InstrumentRelationsProps {
  relations: InstrumentLink[];
  canEdit: boolean;
  onRemove: (relationId: string, reason: string) => Promise<ApiError | null>;
}

/**
 * The relations both ways, grouped by kind: each says what it is from this instrument's point of
 * view («è preceduto da»), links the other instrument and gives the reason for the relation.
 */
export function InstrumentRelations({ relations, canEdit, onRemove }: InstrumentRelationsProps) {
  const t = it.instruments;
  const [removed, setRemoved] = useState(false);
  const groups = RELATION_KINDS.map((kind) => ({ kind, links: relations.filter((link) => link.kind === kind) })).filter(
    (group) => group.links.length > 0,
  );

  const remove = async (relationId: string, reason: string) => {
    const error = await onRemove(relationId, reason);
    setRemoved(!error);
    return error;
  };

  return (
    <section aria-labelledby="strumento-relazioni" className="my-4">
      <h2 id="strumento-relazioni" className="h4">
        {t.relationsTitle}
      </h2>
      <p>
        {t.relationsIntro} <Link to="/strumenti/mappa">{t.graphLink}</Link>.
      </p>
      {removed && (
        <Alert color="success" fade={false}>
          {t.relationRemoved}
        </Alert>
      )}
      {groups.length === 0 ? (
        <p>{t.noRelations}</p>
      ) : (
        groups.map((group) => (
          <div key={group.kind} className="mb-3">
            <h3 className="h6">{t.relationKindTitle[group.kind] ?? group.kind}</h3>
            <ul>
              {group.links.map((link) => (
                <li key={`${link.relationId}-${link.direction}`} className="mb-2">
                  <span>{link.label} </span>
                  <FamilySwatch family={link.other.family} />{' '}
                  <Link to={`/strumenti/${encodeURIComponent(link.other.id)}`}>{link.other.name}</Link>
                  {link.unverified && <UnverifiedBadge />}
                  {canEdit && <RemoveRelation link={link} onRemove={remove} />}
                  <span className="d-block small">{link.note}</span>
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
    </section>
  );
}
