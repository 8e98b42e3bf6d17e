import { Button, Col, Row } from 'design-react-kit';
import { useState, type FormEvent } from 'react';
import { toApiError } from '../../app/graphql-errors';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { SelectField } from '../../components/select-field';
import { modelsText } from '../../i18n/models';
import { defaultComparison, DRAFT, onlyChanges } from './model-diff-rows';
import { DiffInline, DiffSideBySide } from './model-diff-view';
import type { ModelVersion } from './model-types';
import { useModelDiff } from './use-model-version';

type View = 'side' | 'inline';

/**
 * "Confronta le versioni": any two versions, or a version and the current draft; the changes side
 * by side or inline, with the counts, and "mostra solo le modifiche".
 */
export function VersionComparison({ versions }: { versions: ModelVersion[] }) {
  const t = modelsText.compare;
  const initial = defaultComparison(versions);
  // Until someone chooses, the pair follows the newest versions.
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const fromValue = from ?? initial?.from ?? '';
  const toValue = to ?? initial?.to ?? DRAFT;
  const [pair, setPair] = useState<{ from: string; to: string | null } | null>(null);
  const [problem, setProblem] = useState<string | undefined>();
  const [view, setView] = useState<View>('side');
  const [only, setOnly] = useState(false);
  const { result, refresh } = useModelDiff(pair);

  const nameOf = (id: string | null) => {
    const version = id ? versions.find((v) => v.id === id) : undefined;
    return version ? t.versionName(version.number) : t.draftName;
  };

  const compare = (event: FormEvent) => {
    event.preventDefault();
    if (fromValue === toValue) {
      setProblem(t.same);
      return;
    }
    setProblem(undefined);
    const next = { from: fromValue, to: toValue === DRAFT ? null : toValue };
    if (pair && pair.from === next.from && pair.to === next.to) refresh();
    else setPair(next);
  };

  const diff = result.data?.modelVersionDiff;
  // While another pair is asked for, urql may still hold the previous answer: it is not this one.
  const current = diff && pair && diff.from.id === pair.from && (diff.to?.id ?? null) === pair.to ? diff : undefined;
  const options = versions.map((v) => ({ value: v.id, label: t.versionOption(v.number, modelsText.versionStatus[v.status] ?? v.status) }));

  const outcome = () => {
    if (!pair) return null;
    if (result.error && !current) return <ErrorState error={toApiError(result.error)} onRetry={refresh} />;
    if (!current) return <LoadingState />;
    const fromName = nameOf(current.from.id);
    const toName = current.to ? nameOf(current.to.id) : t.draftName;
    const shown = onlyChanges(current.changes, only);
    const { changed, added, removed, moved } = current.summary;
    const none = changed + added + removed + moved === 0;
    return (
      <div className="mt-3">
        <h3 className="h5">{t.heading(fromName, toName)}</h3>
        <p role="status" className="fw-semibold" data-testid="riepilogo-confronto">
          {none ? t.noChanges : t.summary(changed, added, removed, moved)}
        </p>
        <p className="small">{t.legend}</p>
        {pair.to === null && (
          <Button type="button" color="primary" outline size="sm" className="mb-3" onClick={refresh}>
            {t.refresh}
          </Button>
        )}
        {shown.length > 0 &&
          (view === 'side' ? (
            <DiffSideBySide changes={shown} fromName={fromName} toName={toName} />
          ) : (
            <DiffInline changes={shown} fromName={fromName} toName={toName} />
          ))}
      </div>
    );
  };

  return (
    <section aria-labelledby="confronto-titolo" className="mb-5">
      <h2 id="confronto-titolo" className="h4">
        {t.title}
      </h2>
      <p>{t.intro}</p>
      {versions.length === 0 ? (
        <p className="text-secondary">{t.needVersion}</p>
      ) : (
        <>
          <form onSubmit={compare} noValidate aria-labelledby="confronto-titolo" className="app-form">
            <Row>
              <Col xs={12} md={5}>
                <SelectField id="confronto-da" label={t.from} value={fromValue} onChange={setFrom} options={options} error={problem} />
              </Col>
              <Col xs={12} md={5}>
                <SelectField id="confronto-a" label={t.to} value={toValue} onChange={setTo} options={options} placeholder={t.draft} />
              </Col>
              <Col xs={12} md={2} className="d-flex align-items-end">
                <Button type="submit" color="primary" className="mb-5">
                  {t.submit}
                </Button>
              </Col>
            </Row>
          </form>
          <div className="d-flex flex-wrap gap-5 align-items-start">
            <fieldset>
              <legend className="h6 fw-semibold">{t.viewLegend}</legend>
              <div className="form-check form-check-inline">
                <input id="confronto-affiancato" type="radio" name="confronto-vista" checked={view === 'side'} onChange={() => setView('side')} />
                <label htmlFor="confronto-affiancato">{t.sideBySide}</label>
              </div>
              <div className="form-check form-check-inline">
                <input id="confronto-in-linea" type="radio" name="confronto-vista" checked={view === 'inline'} onChange={() => setView('inline')} />
                <label htmlFor="confronto-in-linea">{t.inline}</label>
              </div>
            </fieldset>
            <div className="form-check mt-4">
              <input id="confronto-solo-modifiche" type="checkbox" checked={only} onChange={(event) => setOnly(event.target.checked)} />
              <label htmlFor="confronto-solo-modifiche">{t.onlyChanges}</label>
            </div>
          </div>
          {outcome()}
        </>
      )}
    </section>
  );
}
