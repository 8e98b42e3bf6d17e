import { useCallback } from 'react';
import { useQuery } from 'urql';
import { ModelVersionDiffQuery, ModelVersionTextQuery } from './model-documents';

/** The text of one version (immutable: asked once). */
export function useModelVersionText(id: string | undefined) {
  const [result, reexecute] = useQuery({ query: ModelVersionTextQuery, variables: { id: id ?? '' }, pause: !id });
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  return { result, refresh };
}

/**
 * The comparison of two versions, or of a version with the working draft (`to` null), once asked
 * for (`pair` null: nothing to compare yet). The draft changes as people write: `refresh` asks again.
 */
export function useModelDiff(pair: { from: string; to: string | null } | null) {
  const [result, reexecute] = useQuery({
    query: ModelVersionDiffQuery,
    variables: { fromVersionId: pair?.from ?? '', toVersionId: pair?.to ?? null },
    pause: !pair,
    requestPolicy: 'network-only',
  });
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  return { result, refresh };
}
