import { Button, Col, Row } from 'design-react-kit';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { SelectField, type SelectOption } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { it } from '../../i18n/it';
import { SPACE_KINDS, isSpaceKind } from './space-types';
import type { SpaceFilterState } from './use-space-filters';

interface SpaceFiltersProps {
  state: SpaceFilterState;
  update: (changes: Partial<SpaceFilterState>, options?: { replace?: boolean }) => void;
  reset: () => void;
  active: boolean;
  objectiveOptions: SelectOption[];
}

const SEARCH_DELAY_MS = 400;

/** Tipo, Obiettivo, a name search and "archived too"; every change goes to the URL, which drives the query. */
export function SpaceFilters({ state, update, reset, active, objectiveOptions }: SpaceFiltersProps) {
  const t = it.spaces;
  const [draft, setDraft] = useState(state.q);
  const lastApplied = useRef(state.q);

  // The URL changed on its own (back button, "Azzera i filtri"): show its search text.
  useEffect(() => {
    if (state.q !== lastApplied.current) {
      lastApplied.current = state.q;
      setDraft(state.q);
    }
  }, [state.q]);

  // Typing searches after a short pause, without filling the history.
  useEffect(() => {
    if (draft === lastApplied.current) return;
    const timer = setTimeout(() => {
      lastApplied.current = draft;
      update({ q: draft }, { replace: true });
    }, SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft, update]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    lastApplied.current = draft;
    update({ q: draft });
  };

  const kindOptions: SelectOption[] = SPACE_KINDS.map((kind) => ({ value: kind, label: t.kindLabel[kind] ?? kind }));

  return (
    <form role="search" aria-label={t.filtersTitle} onSubmit={submit} className="app-form mb-2">
      <Row>
        <Col xs={12} md={6} lg={3}>
          <SelectField
            id="filtro-tipo"
            label={t.kind}
            value={state.tipo}
            onChange={(value) => update({ tipo: isSpaceKind(value) ? value : '' })}
            placeholder={t.allKinds}
            options={kindOptions}
          />
        </Col>
        <Col xs={12} md={6} lg={5}>
          <SelectField
            id="filtro-obiettivo"
            label={t.objective}
            value={state.obiettivo}
            onChange={(value) => update({ obiettivo: value })}
            placeholder={t.allObjectives}
            options={objectiveOptions}
          />
        </Col>
        <Col xs={12} lg={4}>
          <TextField id="filtro-ricerca" type="search" label={t.search} value={draft} onChange={setDraft} autoComplete="off" />
        </Col>
      </Row>
      <div className="form-check mb-4">
        <input
          id="filtro-archiviati"
          type="checkbox"
          checked={state.archiviati}
          onChange={(event) => update({ archiviati: event.target.checked })}
        />
        <label htmlFor="filtro-archiviati">{t.includeArchived}</label>
      </div>
      <div className="d-flex flex-wrap gap-2">
        <Button type="submit" color="primary" size="sm">
          {t.searchSubmit}
        </Button>
        {active && (
          <Button type="button" color="primary" outline size="sm" onClick={reset}>
            {t.resetFilters}
          </Button>
        )}
      </div>
    </form>
  );
}
