import { Col, Row } from 'design-react-kit';
import { FilterForm } from '../../components/filter-form';
import { SelectField, type SelectOption } from '../../components/select-field';
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

/** Tipo, Obiettivo, a name search and "archived too"; every change goes to the URL, which drives the query. */
export function SpaceFilters({ state, update, reset, active, objectiveOptions }: SpaceFiltersProps) {
  const t = it.spaces;
  const kindOptions: SelectOption[] = SPACE_KINDS.map((kind) => ({ value: kind, label: t.kindLabel[kind] ?? kind }));

  return (
    <FilterForm
      label={t.filtersTitle}
      query={state.q}
      update={update}
      reset={reset}
      active={active}
      searchLabel={t.search}
      submitLabel={t.searchSubmit}
      resetLabel={t.resetFilters}
    >
      {(searchField) => (
        <>
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
              {searchField}
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
        </>
      )}
    </FilterForm>
  );
}
