import { useCallback } from 'react';
import { useQuery, type UseQueryExecute } from 'urql';
import {
  AssessmentDocumentQuery,
  ObjectiveMonitoringQuery,
  PlanDashboardQuery,
  ProvincialReportQuery,
  SemesterReportQuery,
  SpacePathQuery,
} from './monitoring-documents';
import { MONITORING_CONTEXT } from './monitoring-stale';

/** "Ask again", skipping the cache (the retry buttons). */
function useRefresh(reexecute: UseQueryExecute): () => void {
  return useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
}

export function usePlanDashboard() {
  const [result, reexecute] = useQuery({ query: PlanDashboardQuery, context: MONITORING_CONTEXT });
  return { result, refresh: useRefresh(reexecute) };
}

export function useProvincialReport(semester: string) {
  const [result, reexecute] = useQuery({ query: ProvincialReportQuery, variables: { semester }, context: MONITORING_CONTEXT });
  return { result, refresh: useRefresh(reexecute) };
}

export function useObjectiveMonitoring(id: string) {
  const [result, reexecute] = useQuery({ query: ObjectiveMonitoringQuery, variables: { id }, context: MONITORING_CONTEXT });
  return { result, refresh: useRefresh(reexecute) };
}

export function useSemesterReport(objectiveId: string, semester: string) {
  const [result, reexecute] = useQuery({ query: SemesterReportQuery, variables: { objectiveId, semester }, context: MONITORING_CONTEXT });
  return { result, refresh: useRefresh(reexecute) };
}

/** The assessment document, asked for only once it exists and someone is signed in. */
export function useAssessmentDocument(id: string | null, signedIn: boolean) {
  const [result, reexecute] = useQuery({ query: AssessmentDocumentQuery, variables: { id: id ?? '' }, pause: !id || !signedIn });
  return { result, refresh: useRefresh(reexecute) };
}

export function useSpacePath(spaceId: string) {
  const [result, reexecute] = useQuery({ query: SpacePathQuery, variables: { spaceId }, context: MONITORING_CONTEXT });
  return { result, refresh: useRefresh(reexecute) };
}
