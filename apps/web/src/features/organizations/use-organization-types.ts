import { useQuery } from 'urql';
import { OrganizationTypesQuery } from './organization-documents';

export function useOrganizationTypes() {
  return useQuery({ query: OrganizationTypesQuery });
}
