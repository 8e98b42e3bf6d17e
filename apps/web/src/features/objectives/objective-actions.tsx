import { Badge } from 'design-react-kit';
import { it } from '../../i18n/it';
import { groupActionsByYear, type ObjectiveAction } from './objective-types';

/** The actions of one objective under a heading per year (2025, 2026, 2027), then "Triennio". */
export function ObjectiveActions({ actions, headingLevel = 3 }: { actions: ObjectiveAction[]; headingLevel?: 3 | 4 }) {
  const t = it.objectives;
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <>
      {groupActionsByYear(actions).map((group) => {
        const key = group.year ?? 'triennio';
        const headingId = `azioni-${key}`;
        return (
          <section key={key} aria-labelledby={headingId} className="mb-4">
            <Heading id={headingId} className="h5">
              {group.year ?? t.triennium}
            </Heading>
            <ul className="mb-0">
              {group.actions.map((action) => (
                <li key={action.id} className="mb-2">
                  {action.text}
                  <div className="small">
                    {group.year === null && (
                      <span className="me-2">{action.years.length > 0 ? t.years(action.years) : t.wholeTriennium}</span>
                    )}
                    {action.setting && (
                      <Badge color="secondary" className="fw-normal">
                        <span className="visually-hidden">{t.setting}: </span>
                        {action.setting}
                      </Badge>
                    )}
                  </div>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
