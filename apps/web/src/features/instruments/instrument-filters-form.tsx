import { Col, Row } from 'design-react-kit';
import { FilterForm } from '../../components/filter-form';
import { it } from '../../i18n/it';
import { toggleValue, type FacetParam, type InstrumentFilterState } from './instrument-filters';
import { counterpartLabel, familyLabel, phaseLabel } from './instrument-labels';
import { COUNTERPART_KINDS, INSTRUMENT_FAMILIES, INSTRUMENT_PHASES, type FacetCount, type InstrumentFacets } from './instrument-types';

interface FacetOption {
  value: string;
  label: string;
  /** Unknown until the first answer. */
  count: number | undefined;
}

interface FacetFieldsetProps {
  param: FacetParam;
  legend: string;
  options: FacetOption[];
  selected: readonly string[];
  onToggle: (value: string, on: boolean) => void;
}

/** One facet: a fieldset of checkboxes, each with how many instruments it would give (ids: filtro-<param>-<n>). */
function FacetFieldset({ param, legend, options, selected, onToggle }: FacetFieldsetProps) {
  return (
    <fieldset className="instrument-facets" aria-describedby="filtri-strumenti-aiuto">
      <legend>{legend}</legend>
      {options.map((option, index) => {
        const id = `filtro-${param}-${index}`;
        return (
          <div key={option.value} className="form-check">
            <input
              id={id}
              type="checkbox"
              checked={selected.includes(option.value)}
              onChange={(event) => onToggle(option.value, event.target.checked)}
            />
            <label htmlFor={id}>{option.count === undefined ? option.label : it.instruments.facetOption(option.label, option.count)}</label>
          </div>
        );
      })}
    </fieldset>
  );
}

function withCounts(values: readonly string[], counts: FacetCount[] | undefined, label: (value: string) => string): FacetOption[] {
  return values.map((value) => ({ value, label: label(value), count: counts ? (counts.find((c) => c.value === value)?.count ?? 0) : undefined }));
}

interface InstrumentFiltersFormProps {
  state: InstrumentFilterState;
  update: (changes: Partial<InstrumentFilterState>, options?: { replace?: boolean }) => void;
  reset: () => void;
  active: boolean;
  facets: InstrumentFacets | undefined;
}

/** Famiglia, Fase, Controparte, Area (several values each) and a text search; every change goes to the URL, which drives the query. */
export function InstrumentFiltersForm({ state, update, reset, active, facets }: InstrumentFiltersFormProps) {
  const t = it.instruments;
  // The areas are the catalogue's vocabulary, known from the API; one in the URL stays visible before (or without) it.
  const areas = [...new Set([...(facets?.areas.map((a) => a.value) ?? []), ...state.area])];
  const capitalised = (value: string) => value.charAt(0).toUpperCase() + value.slice(1);

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
            <Col xs={12} lg={6}>
              {searchField}
            </Col>
          </Row>
          <p id="filtri-strumenti-aiuto" className="small">
            {t.facetHint}
          </p>
          <Row>
            <Col xs={12} md={6} lg={3}>
              <FacetFieldset
                param="famiglia"
                legend={t.family}
                options={withCounts(INSTRUMENT_FAMILIES, facets?.families, familyLabel)}
                selected={state.famiglia}
                onToggle={(value, on) => update({ famiglia: toggleValue(state.famiglia, value as (typeof state.famiglia)[number], on) })}
              />
              <FacetFieldset
                param="fase"
                legend={t.phase}
                options={withCounts(INSTRUMENT_PHASES, facets?.phases, phaseLabel)}
                selected={state.fase}
                onToggle={(value, on) => update({ fase: toggleValue(state.fase, value as (typeof state.fase)[number], on) })}
              />
            </Col>
            <Col xs={12} md={6} lg={4}>
              <FacetFieldset
                param="controparte"
                legend={t.counterpart}
                options={withCounts(COUNTERPART_KINDS, facets?.counterpartKinds, counterpartLabel)}
                selected={state.controparte}
                onToggle={(value, on) =>
                  update({ controparte: toggleValue(state.controparte, value as (typeof state.controparte)[number], on) })
                }
              />
            </Col>
            <Col xs={12} md={6} lg={5}>
              <FacetFieldset
                param="area"
                legend={t.area}
                options={withCounts(areas, facets?.areas, capitalised)}
                selected={state.area}
                onToggle={(value, on) => update({ area: toggleValue(state.area, value, on) })}
              />
            </Col>
          </Row>
        </>
      )}
    </FilterForm>
  );
}
