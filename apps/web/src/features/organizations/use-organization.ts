import { useQuery } from 'urql';
import { OrganizationQuery } from './organization-documents';

export function useOrganization(id: string) {
  return useQuery({ query: OrganizationQuery, variables: { id } });
}
