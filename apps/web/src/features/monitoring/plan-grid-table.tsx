import { Table } from 'design-react-kit';
import { Link } from 'react-router';
import { it } from '../../i18n/it';
import { monitoringText } from '../../i18n/monitoring';
import type { DashboardObjective } from './monitoring-types';
import { planGrid, type GridCell } from './plan-grid';
import { PLAN_YEARS } from './semesters';
import { StatusBar, statusCountsText } from './status-bar';

function Cell({ objective, cell }: { objective: DashboardObjective; cell: GridCell }) {
  const t = monitoringText.dashboard;
  if (cell.total === 0) return <span className="small">{t.cellNone}</span>;
  return (
    <Link
      to={`/obiettivi/${encodeURIComponent(objective.id)}?anno=${cell.year}#azioni-titolo`}
      className="plan-grid-cell"
      data-testid={`cella-${objective.id}-${cell.year}`}
    >
      <span className="visually-hidden">{t.cellPrefix(objective.number, cell.year)}</span>
      <span className="fw-semibold plan-grid-total">{t.cellTotal(cell.total)}</span>
      <span className="visually-hidden">: </span>
      <span className="d-block small text-body">{statusCountsText(cell.counts)}</span>
      <StatusBar counts={cell.counts} />
    </Link>
  );
}

/**
 * The plan at a glance: one table per track, a row per objective, a cell per year with its
 * actions by status (counts in words, a small bar beside them); a cell opens the objective's
 * page on that year.
 */
export function PlanGridTable({ objectives }: { objectives: DashboardObjective[] }) {
  const t = monitoringText.dashboard;
  return (
    <>
      {planGrid(objectives).map(({ track, rows }) => {
        const trackName = it.objectives.trackLabel[track] ?? track;
        return (
          <div key={track} className="table-responsive mb-4">
            <Table className="plan-grid" bordered>
              <caption className="caption-top fw-semibold">{t.gridCaption(trackName)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.colObjective}</th>
                  {PLAN_YEARS.map((year) => (
                    <th key={year} scope="col">
                      {year}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map(({ objective, cells }) => (
                  <tr key={objective.id}>
                    <th scope="row" className="fw-normal">
                      <Link to={`/obiettivi/${encodeURIComponent(objective.id)}`}>{it.objectives.numbered(objective.number, objective.title)}</Link>
                    </th>
                    {cells.map((cell) => (
                      <td key={cell.year}>
                        <Cell objective={objective} cell={cell} />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </Table>
          </div>
        );
      })}
    </>
  );
}
