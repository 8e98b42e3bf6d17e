import { it } from '../../i18n/it';
import type { Comune } from './territory-types';

/** Municipalities as printed in the document, with the probable official spelling where it differs. */
export function ComuniList({ comuni, labelledBy }: { comuni: Comune[]; labelledBy: string }) {
  return (
    <ol className="row row-cols-1 row-cols-md-2 row-cols-lg-3 list-unstyled g-2" aria-labelledby={labelledBy}>
      {comuni.map((comune) => (
        <li key={comune.id} className="col">
          {comune.name}
          {comune.probableOfficialName && (
            <span className="text-secondary"> {it.ambito.probableOfficialName(comune.probableOfficialName)}</span>
          )}
        </li>
      ))}
    </ol>
  );
}
