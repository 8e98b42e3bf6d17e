import { useQuery } from 'urql';
import { AmbitoQuery } from './territory-documents';

export function useAmbito(id: string) {
  return useQuery({ query: AmbitoQuery, variables: { id } });
}
