import { useMemo } from 'react';
import { useQuery } from 'urql';
import {
  CompareInstrumentsQuery,
  InstrumentAreasQuery,
  InstrumentCatalogueQuery,
  InstrumentExperiencesQuery,
  InstrumentGraphQuery,
  InstrumentMapLastChangeQuery,
  InstrumentOptionsQuery,
  InstrumentQuery,
  InstrumentQuestionsQuery,
  InstrumentRevisionDiffQuery,
  MyExperienceSpacesQuery,
  SuggestInstrumentsQuery,
} from './instrument-documents';
import type { InstrumentAnswer, InstrumentFilter } from './instrument-types';

/*
 * The reads of the instrument map (all public). Lists that may come back empty name the types
 * they would hold, so that a mutation adding the first one refreshes them.
 */

export function useInstrumentCatalogue(filter: InstrumentFilter) {
  return useQuery({ query: InstrumentCatalogueQuery, variables: { filter } });
}

export function useInstrumentMapLastChange() {
  const context = useMemo(() => ({ additionalTypenames: ['Instrument', 'InstrumentExperience', 'InstrumentRelation'] }), []);
  return useQuery({ query: InstrumentMapLastChangeQuery, context });
}

export function useInstrument(id: string) {
  const context = useMemo(
    () => ({ additionalTypenames: ['InstrumentComment', 'InstrumentExperience', 'InstrumentRelation', 'InstrumentRevision'] }),
    [],
  );
  return useQuery({ query: InstrumentQuery, variables: { id }, context });
}

export function useInstrumentOptions(pause = false) {
  return useQuery({ query: InstrumentOptionsQuery, pause });
}

export function useInstrumentAreas(pause = false) {
  return useQuery({ query: InstrumentAreasQuery, pause });
}

export function useMyExperienceSpaces(pause = false) {
  return useQuery({ query: MyExperienceSpacesQuery, pause });
}

/** Paused until two revisions are chosen. */
export function useInstrumentRevisionDiff(fromRevisionId: string | null, toRevisionId: string | null) {
  return useQuery({
    query: InstrumentRevisionDiffQuery,
    variables: { fromRevisionId: fromRevisionId ?? '', toRevisionId: toRevisionId ?? '' },
    pause: !fromRevisionId || !toRevisionId,
  });
}

/** Paused unless 2–4 ids are given. */
export function useInstrumentComparison(ids: string[], pause: boolean) {
  return useQuery({ query: CompareInstrumentsQuery, variables: { ids }, pause });
}

export function useInstrumentGraph() {
  const context = useMemo(() => ({ additionalTypenames: ['InstrumentRelation'] }), []);
  return useQuery({ query: InstrumentGraphQuery, context });
}

export function useInstrumentQuestions() {
  return useQuery({ query: InstrumentQuestionsQuery });
}

/** Paused until the questions are known, so only valid answers are sent. */
export function useInstrumentSuggestions(answers: InstrumentAnswer[], pause: boolean) {
  return useQuery({ query: SuggestInstrumentsQuery, variables: { answers }, pause });
}

export function useInstrumentExperiences() {
  const context = useMemo(() => ({ additionalTypenames: ['InstrumentExperience'] }), []);
  return useQuery({ query: InstrumentExperiencesQuery, context });
}
