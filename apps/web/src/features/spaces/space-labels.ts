import { it } from '../../i18n/it';
import type { NamedRef, SpaceScope } from './space-types';

export function kindLabel(kind: string): string {
  return it.spaces.kindLabel[kind] ?? kind;
}

export function roleLabel(role: string): string {
  return it.spaces.roleLabel[role] ?? role;
}

/** "Provinciale", "ASST", "Distretto", or "Ambito: Dalmine" when the space belongs to one Ambito. */
export function scopeLabel(scope: SpaceScope, ambito: NamedRef | null): string {
  if (scope === 'AMBITO' && ambito) return it.spaces.scopeWithAmbito(ambito.name);
  return it.spaces.scopeLabel[scope] ?? scope;
}
