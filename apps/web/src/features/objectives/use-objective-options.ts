import { useQuery } from 'urql';
import { ObjectiveOptionsQuery } from './objective-documents';

export function useObjectiveOptions() {
  return useQuery({ query: ObjectiveOptionsQuery });
}
