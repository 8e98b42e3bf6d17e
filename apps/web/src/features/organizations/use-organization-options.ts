import { useMemo } from 'react';
import { useQuery } from 'urql';
import { OrganizationOptionsQuery } from './organization-documents';

export function useOrganizationOptions() {
  const context = useMemo(() => ({ additionalTypenames: ['Organization'] }), []);
  return useQuery({ query: OrganizationOptionsQuery, context });
}
