import { it } from '../../i18n/it';
import { groupByTrack, type ObjectiveRef } from '../objectives/objective-types';

interface SpaceObjectivesFieldsetProps {
  objectives: ObjectiveRef[];
  selected: readonly string[];
  onToggle: (id: string, checked: boolean) => void;
  hint: string;
  /** The API's problem with objectiveIds, if any. */
  error?: string;
}

/**
 * "Obiettivi serviti": one checkbox per objective, grouped by track, in a fieldset whose legend
 * names the group (checkbox ids: spazio-obiettivo-<id>).
 */
export function SpaceObjectivesFieldset({ objectives, selected, onToggle, hint, error }: SpaceObjectivesFieldsetProps) {
  const hintId = 'spazio-objectiveIds-hint';
  const errorId = 'spazio-objectiveIds-error';
  return (
    <fieldset className="mb-5" aria-describedby={[hintId, error ? errorId : ''].filter(Boolean).join(' ')}>
      <legend className="h6 fw-semibold">
        {it.spaces.objectivesField} <span className="fw-normal">{it.common.optional}</span>
      </legend>
      <p id={hintId} className="small">
        {hint}
      </p>
      {groupByTrack(objectives).map(({ track, objectives: inTrack }) => (
        <div key={track} className="mb-3">
          <p className="fw-semibold mb-1">{it.objectives.trackLabel[track] ?? track}</p>
          {inTrack.map((objective) => {
            const id = `spazio-obiettivo-${objective.id}`;
            return (
              <div key={objective.id} className="form-check">
                <input
                  id={id}
                  type="checkbox"
                  checked={selected.includes(objective.id)}
                  onChange={(event) => onToggle(objective.id, event.target.checked)}
                />
                <label htmlFor={id}>{it.objectives.numbered(objective.number, objective.title)}</label>
              </div>
            );
          })}
        </div>
      ))}
      {error && (
        <div id={errorId} className="invalid-feedback d-block">
          {error}
        </div>
      )}
    </fieldset>
  );
}
