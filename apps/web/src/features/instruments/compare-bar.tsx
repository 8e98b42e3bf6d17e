import { Button } from 'design-react-kit';
import { useNavigate } from 'react-router';
import { it } from '../../i18n/it';
import { comparisonPath, MAX_COMPARED, MIN_COMPARED } from './instrument-filters';

interface CompareBarProps {
  /** The ids picked, in the order picked. */
  selection: readonly string[];
  /** Names of the instruments known so far (those outside the current filter may not be). */
  names: ReadonlyMap<string, string>;
  onChange: (ids: string[]) => void;
}

/** What is picked for comparison, each removable, and «Confronta» once 2–4 are picked. */
export function CompareBar({ selection, names, onChange }: CompareBarProps) {
  const t = it.instruments;
  const navigate = useNavigate();
  const ready = selection.length >= MIN_COMPARED;
  return (
    <section aria-labelledby="confronto-titolo" className="instrument-compare-bar my-4">
      <h2 id="confronto-titolo" className="h5">
        {t.compareTitle}
      </h2>
      <p className="mb-2">{t.compareHint}</p>
      <p className="fw-semibold mb-2" role="status" data-testid="strumenti-scelti">
        {t.compareSelected(selection.length)} {selection.length >= MAX_COMPARED ? t.compareMax : ''}
      </p>
      {selection.length > 0 && (
        <ul aria-label={t.compareSelectedList} className="list-unstyled d-flex flex-wrap gap-2 mb-3">
          {selection.map((id) => {
            const name = names.get(id) ?? id;
            return (
              <li key={id}>
                <Button
                  color="primary"
                  outline
                  size="xs"
                  onClick={() => onChange(selection.filter((other) => other !== id))}
                  aria-label={t.compareRemove(name)}
                >
                  {name} <span aria-hidden="true">×</span>
                </Button>
              </li>
            );
          })}
        </ul>
      )}
      <div className="d-flex flex-wrap gap-2">
        <Button color="primary" disabled={!ready} onClick={() => navigate(comparisonPath(selection))}>
          {t.compareButton}
        </Button>
        {selection.length > 0 && (
          <Button color="primary" outline onClick={() => onChange([])}>
            {t.compareClear}
          </Button>
        )}
      </div>
    </section>
  );
}
