import { useQuery } from 'urql';
import { AmbitoOptionsQuery } from './territory-documents';

export function useAmbitoOptions() {
  return useQuery({ query: AmbitoOptionsQuery });
}
