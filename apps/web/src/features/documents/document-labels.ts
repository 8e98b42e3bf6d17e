import { it } from '../../i18n/it';

/** "Proposta", "Verbale", "Modello", "Appunti". */
export function documentKindLabel(kind: string): string {
  return it.documents.kindLabel[kind] ?? kind;
}
