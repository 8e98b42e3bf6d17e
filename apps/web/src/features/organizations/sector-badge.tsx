import { Badge } from 'design-react-kit';
import { it } from '../../i18n/it';
import type { Sector } from './organization-types';

const COLORS: Record<Sector, string> = { PA: 'primary', ETS: 'success', OTHER: 'secondary' };

/** "PA", "ETS" or "Altro", with the full meaning as a tooltip. */
export function SectorBadge({ sector }: { sector: Sector }) {
  return (
    <Badge color={COLORS[sector] ?? 'secondary'} title={it.organizations.sectorLongLabel[sector]}>
      {it.organizations.sectorLabel[sector] ?? sector}
    </Badge>
  );
}
