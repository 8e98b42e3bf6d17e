import { Table } from 'design-react-kit';
import { Link } from 'react-router';
import { it } from '../../i18n/it';
import { FamilyName, UnverifiedBadge } from './instrument-badges';
import { MAX_COMPARED } from './instrument-filters';
import { phaseLabel, unverifiedFacts } from './instrument-labels';
import type { InstrumentSummary } from './instrument-types';

interface InstrumentsTableProps {
  instruments: InstrumentSummary[];
  selection: readonly string[];
  onSelect: (id: string, on: boolean) => void;
}

/** The catalogue: a checkbox to pick the instrument for comparison, its name (a link), family, phases and summary. */
export function InstrumentsTable({ instruments, selection, onSelect }: InstrumentsTableProps) {
  const t = it.instruments;
  const full = selection.length >= MAX_COMPARED;
  return (
    <div className="table-responsive">
      <Table className="align-top">
        <caption className="caption-top">{t.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.colCompare}</th>
            <th scope="col">{t.colName}</th>
            <th scope="col">{t.colFamily}</th>
            <th scope="col">{t.colPhases}</th>
            <th scope="col">{t.colSummary}</th>
          </tr>
        </thead>
        <tbody>
          {instruments.map((instrument) => {
            const checked = selection.includes(instrument.id);
            const facts = unverifiedFacts(instrument, t.unverifiedNames);
            const checkboxId = `confronta-${instrument.id}`;
            return (
              <tr key={instrument.id}>
                <td>
                  <div className="form-check m-0">
                    <input
                      id={checkboxId}
                      type="checkbox"
                      checked={checked}
                      disabled={!checked && full}
                      onChange={(event) => onSelect(instrument.id, event.target.checked)}
                    />
                    <label htmlFor={checkboxId} className="instrument-compare-label">
                      <span className="visually-hidden">{t.compareCheckbox(instrument.name)}</span>
                    </label>
                  </div>
                </td>
                <th scope="row" className="fw-normal">
                  <Link to={`/strumenti/${encodeURIComponent(instrument.id)}`} className="fw-semibold">
                    {instrument.name}
                  </Link>
                  {facts.length > 0 && (
                    <>
                      <UnverifiedBadge />
                      <span className="d-block small">{t.unverifiedFacts(facts)}</span>
                    </>
                  )}
                </th>
                <td>
                  <FamilyName family={instrument.family} />
                </td>
                <td>{instrument.phases.map(phaseLabel).join(', ')}</td>
                <td className="small">{instrument.summary}</td>
              </tr>
            );
          })}
        </tbody>
      </Table>
    </div>
  );
}
