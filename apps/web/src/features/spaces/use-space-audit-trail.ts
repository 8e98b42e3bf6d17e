import { useMemo } from 'react';
import { useQuery } from 'urql';
import { SpaceAuditTrailQuery } from './space-documents';

const LIMIT = 100;

export function useSpaceAuditTrail(id: string, allowed: boolean) {
  const context = useMemo(() => ({ additionalTypenames: ['Space', 'SpaceMember'] }), []);
  return useQuery({ query: SpaceAuditTrailQuery, variables: { id, limit: LIMIT }, context, pause: !allowed });
}
