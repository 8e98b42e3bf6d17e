import { Badge } from 'design-react-kit';
import { it } from '../../i18n/it';
import { kindLabel, scopeLabel } from './space-labels';
import type { NamedRef, SpaceKind, SpaceScope } from './space-types';

interface SpaceBadgesProps {
  kind: SpaceKind;
  scope: SpaceScope;
  ambito: NamedRef | null;
  archived?: boolean;
  className?: string;
}

/** Kind, territorial scope and (if so) "Archiviato", as badges with their meaning for screen readers. */
export function SpaceBadges({ kind, scope, ambito, archived, className }: SpaceBadgesProps) {
  const t = it.spaces;
  return (
    <p className={['d-flex flex-wrap gap-2 mb-0', className].filter(Boolean).join(' ')}>
      <Badge color="primary">
        <span className="visually-hidden">{t.kind}: </span>
        {kindLabel(kind)}
      </Badge>
      <Badge color="secondary">
        <span className="visually-hidden">{t.scope}: </span>
        {scopeLabel(scope, ambito)}
      </Badge>
      {archived && <Badge color="warning">{t.archived}</Badge>}
    </p>
  );
}
