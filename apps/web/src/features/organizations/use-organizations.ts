import { useMemo } from 'react';
import { useQuery } from 'urql';
import { OrganizationsQuery } from './organization-documents';
import type { OrganizationFilter } from './organization-types';

export function useOrganizations(filter: OrganizationFilter) {
  // An empty result carries no typename: name it so that creating an organisation refreshes the list.
  const context = useMemo(() => ({ additionalTypenames: ['Organization'] }), []);
  return useQuery({ query: OrganizationsQuery, variables: { filter }, context });
}
