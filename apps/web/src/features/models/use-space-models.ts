import { useCallback, useMemo } from 'react';
import { useMutation, useQuery } from 'urql';
import { outcomeOf } from '../meetings/meeting-outcome';
import type { Outcome } from '../spaces/use-member-actions';
import { CreateModelMutation, SpaceModelsQuery } from './model-documents';
import type { ModelDetail } from './model-types';

/** The Modelli tab: the space's models (members only) and "Nuovo modello". */
export function useSpaceModels(spaceId: string, allowed: boolean) {
  // An empty list holds no Model: say that a new one makes it stale.
  const context = useMemo(() => ({ additionalTypenames: ['Model', 'ModelVersion'] }), []);
  const [result, reexecute] = useQuery({ query: SpaceModelsQuery, variables: { spaceId }, context, pause: !allowed });
  const [, createMutation] = useMutation(CreateModelMutation);

  const retry = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);

  const create = useCallback(
    async (title: string): Promise<Outcome<ModelDetail>> =>
      outcomeOf(await createMutation({ spaceId, title }, { additionalTypenames: ['Model'] }), (d) => d.createModel),
    [createMutation, spaceId],
  );

  return { result, retry, create };
}
