import { useQuery } from 'urql';
import { TerritoryQuery } from './territory-documents';

/** The province's totals and its 14 Ambiti, in the document's order. */
export function useTerritory() {
  return useQuery({ query: TerritoryQuery });
}
