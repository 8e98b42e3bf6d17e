import { Col, Row } from 'design-react-kit';
import { FilterForm } from '../../components/filter-form';
import { SelectField, type SelectOption } from '../../components/select-field';
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

/** Settore, Tipo, Ambito and a name search; every change goes to the URL, which drives the query. */
export function OrganizationFilters({ state, update, reset, active, typeOptions, ambitoOptions }: OrganizationFiltersProps) {
  const t = it.organizations;
  const sectorOptions: SelectOption[] = SECTORS.map((sector) => ({ value: sector, label: t.sectorLabel[sector] ?? sector }));

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
            {searchField}
          </Col>
        </Row>
      )}
    </FilterForm>
  );
}
