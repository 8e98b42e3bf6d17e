import { useQuery } from 'urql';
import { ObjectivesQuery } from './objective-documents';

export function useObjectives() {
  return useQuery({ query: ObjectivesQuery });
}
