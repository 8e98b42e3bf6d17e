import { Alert } from 'design-react-kit';
import { formatEuroCents } from '../../i18n/format';
import { it } from '../../i18n/it';
import type { Territory } from './territory-types';

/** The two known discrepancies of the source document, stated as published rather than corrected. */
export function TerritoryNote({ territory }: { territory: Territory }) {
  const t = it.territory;
  return (
    <Alert color="info" fade={false} className="my-4">
      <p className="fw-semibold mb-2">{t.noteTitle}</p>
      <ul className="mb-2">
        <li>
          {t.noteFnps(
            formatEuroCents(territory.fnpsStatedTotalCents),
            formatEuroCents(territory.fnpsQuotaSumCents),
            formatEuroCents(territory.fnpsDifferenceCents),
          )}
        </li>
        <li>{t.noteComuni(territory.comuniOfficial, territory.comuniListed)}</li>
      </ul>
      <p className="mb-0 small">{territory.fnpsNote}</p>
    </Alert>
  );
}
