import { Button, Table } from 'design-react-kit';
import { useState, type FormEvent } from 'react';
import { toApiError } from '../../app/graphql-errors';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { SelectField } from '../../components/select-field';
import { formatDateTime } from '../../i18n/format';
import { it } from '../../i18n/it';
import type { InstrumentFieldChange, InstrumentRevisionSummary } from './instrument-types';
import { useInstrumentRevisionDiff } from './use-instrument-queries';

function fieldName(field: string): string {
  return it.instruments.fieldLabel[field] ?? field;
}

/** One changed field: before and after for a text, the items added and removed for a list. */
function FieldChange({ change }: { change: InstrumentFieldChange }) {
  const t = it.instruments;
  if (!change.list) {
    return (
      <dl className="row mb-0">
        <dt className="col-sm-2">{t.before}</dt>
        <dd className="col-sm-10 instrument-diff-removed text-pre-line">{change.before || t.emptyValue}</dd>
        <dt className="col-sm-2">{t.after}</dt>
        <dd className="col-sm-10 instrument-diff-added text-pre-line">{change.after || t.emptyValue}</dd>
      </dl>
    );
  }
  const changed = change.items.filter((item) => item.change !== 'UNCHANGED');
  const unchanged = change.items.length - changed.length;
  return (
    <>
      <ul className="list-unstyled mb-1">
        {changed.map((item, index) => (
          <li key={`${index}-${item.text}`} className={`mb-1 ${item.change === 'ADDED' ? 'instrument-diff-added' : 'instrument-diff-removed'}`}>
            <span className="instrument-diff-marker">{item.change === 'ADDED' ? t.itemAdded : t.itemRemoved}</span>
            {item.text}
          </li>
        ))}
      </ul>
      {unchanged > 0 && <p className="small mb-0">{t.itemsUnchanged(unchanged)}</p>}
    </>
  );
}

function RevisionDiff({ fromId, toId }: { fromId: string; toId: string }) {
  const t = it.instruments;
  const [{ data, error, fetching }, reexecute] = useInstrumentRevisionDiff(fromId, toId);
  if (!data) {
    return error && !fetching ? (
      <ErrorState error={toApiError(error)} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
    ) : (
      <LoadingState />
    );
  }
  const diff = data.instrumentRevisionDiff;
  return (
    <section aria-labelledby="confronto-revisioni-esito" className="border rounded p-3 mt-3" aria-live="polite">
      <h4 id="confronto-revisioni-esito" className="h6">
        {t.diffTitle(diff.from.number, diff.to.number)}
      </h4>
      {diff.changes.length === 0 ? (
        <p className="mb-0">{t.noChanges}</p>
      ) : (
        <>
          <p>{t.changesCount(diff.changes.length)}</p>
          {diff.changes.map((change) => (
            <div key={change.field} className="mb-3">
              <h5 className="h6 fw-semibold">{change.label}</h5>
              <FieldChange change={change} />
            </div>
          ))}
        </>
      )}
    </section>
  );
}

/** The history of an instrument: who changed what, when and why; any two revisions can be compared. */
export function InstrumentRevisions({ revisions }: { revisions: InstrumentRevisionSummary[] }) {
  const t = it.instruments;
  const [fromId, setFromId] = useState(revisions[1]?.id ?? '');
  const [toId, setToId] = useState(revisions[0]?.id ?? '');
  const [compared, setCompared] = useState<{ fromId: string; toId: string } | null>(null);
  const [problem, setProblem] = useState<string | undefined>();
  const options = revisions.map((revision) => ({ value: revision.id, label: t.revisionOption(revision.number, formatDateTime(revision.createdAt)) }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!fromId || !toId || fromId === toId) {
      setProblem(t.sameRevision);
      return;
    }
    setProblem(undefined);
    setCompared({ fromId, toId });
  };

  return (
    <section aria-labelledby="strumento-revisioni" className="my-4">
      <h2 id="strumento-revisioni" className="h4">
        {t.revisionsTitle}
      </h2>
      <p>{t.revisionsIntro}</p>
      <div className="table-responsive">
        <Table className="align-top">
          <caption className="caption-top">{t.revisionsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.colRevision}</th>
              <th scope="col">{t.colWhen}</th>
              <th scope="col">{t.colAuthor}</th>
              <th scope="col">{t.colReason}</th>
              <th scope="col">{t.colChanged}</th>
            </tr>
          </thead>
          <tbody>
            {revisions.map((revision) => (
              <tr key={revision.id}>
                <th scope="row">{revision.number}</th>
                <td>{formatDateTime(revision.createdAt)}</td>
                <td>{revision.authorName ?? t.noAuthor}</td>
                <td>{revision.reason}</td>
                <td>{revision.number === 1 ? t.initialData : revision.changedFields.map(fieldName).join(', ') || it.common.none}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      </div>

      <h3 className="h5 mt-4">{t.compareRevisionsTitle}</h3>
      {revisions.length < 2 ? (
        <p>{t.onlyOneRevision}</p>
      ) : (
        <form onSubmit={submit} noValidate className="app-form">
          <div className="row">
            <div className="col-md-6">
              <SelectField id="revisione-da" label={t.fromRevision} value={fromId} onChange={setFromId} options={options} />
            </div>
            <div className="col-md-6">
              <SelectField
                id="revisione-a"
                label={t.toRevision}
                value={toId}
                onChange={setToId}
                options={options}
                error={problem}
              />
            </div>
          </div>
          <Button type="submit" color="primary" outline>
            {t.compareRevisions}
          </Button>
        </form>
      )}
      {compared && <RevisionDiff fromId={compared.fromId} toId={compared.toId} />}
    </section>
  );
}
