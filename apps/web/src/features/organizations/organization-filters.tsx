import { Button, Col, Row } from 'design-react-kit';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { SelectField, type SelectOption } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { it } from '../../i18n/it';
import { SECTORS, isSector, type Sector } from './organization-types';
import type { OrganizationFilterState } from './use-organization-filters';

interface OrganizationFiltersProps {
  state: OrganizationFilterState;
  update: (changes: Partial<OrganizationFilterState>, options?: { replace?: boolean }) => void;
  reset: () => void;
  active: boolean;
  typeOptions: SelectOption[];
  ambitoOptions: SelectOption[];
}

const SEARCH_DELAY_MS = 400;

/** Settore, Tipo, Ambito and a name search; every change goes to the URL, which drives the query. */
export function OrganizationFilters({ state, update, reset, active, typeOptions, ambitoOptions }: OrganizationFiltersProps) {
  const t = it.organizations;
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

  const sectorOptions: SelectOption[] = SECTORS.map((sector) => ({ value: sector, label: t.sectorLabel[sector] ?? sector }));

  return (
    <form role="search" aria-label={t.filtersTitle} onSubmit={submit} className="app-form mb-2">
      <Row>
        <Col xs={12} md={6} lg={3}>
          <SelectField
            id="filtro-settore"
            label={t.sector}
            value={state.settore}
            onChange={(value) => update({ settore: isSector(value) ? (value as Sector) : '' })}
            placeholder={t.allSectors}
            options={sectorOptions}
          />
        </Col>
        <Col xs={12} md={6} lg={3}>
          <SelectField
            id="filtro-tipo"
            label={t.type}
            value={state.tipo}
            onChange={(value) => update({ tipo: value })}
            placeholder={t.allTypes}
            options={typeOptions}
          />
        </Col>
        <Col xs={12} md={6} lg={3}>
          <SelectField
            id="filtro-ambito"
            label={t.ambito}
            value={state.ambito}
            onChange={(value) => update({ ambito: value })}
            placeholder={t.allAmbiti}
            options={ambitoOptions}
          />
        </Col>
        <Col xs={12} md={6} lg={3}>
          <TextField id="filtro-ricerca" type="search" label={t.search} value={draft} onChange={setDraft} autoComplete="off" />
        </Col>
      </Row>
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
