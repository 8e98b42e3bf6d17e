import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { LoadingState } from '../../components/loading-state';
import { modelsText } from '../../i18n/models';
import type { ModelDetail } from './model-types';

// The live editor (TipTap, Yjs) is most of the code of the page: downloaded with this section only.
const DocumentWorkspace = lazy(async () => ({ default: (await import('../documents/document-workspace')).DocumentWorkspace }));

/**
 * The working draft: the model's live document, written together by the space's members (read-only
 * for observers and reviewers), the same editor as any draft of the space.
 */
export function ModelDraftSection({ model, me }: { model: ModelDetail; me: { id: string; displayName: string } }) {
  const t = modelsText.draft;
  return (
    <section aria-labelledby="bozza-modello-titolo" className="mb-5">
      <h2 id="bozza-modello-titolo" className="h4">
        {t.title}
      </h2>
      <p>{t.intro}</p>
      <p>
        <Link to={`/documenti/${encodeURIComponent(model.documentId)}`}>{t.openAsDocument}</Link>
      </p>
      <Suspense fallback={<LoadingState />}>
        <DocumentWorkspace
          key={model.documentId}
          documentId={model.documentId}
          me={me}
          canEdit={model.permissions.edit}
          isMember={model.space.myRole !== null}
          archived={model.space.archived}
        />
      </Suspense>
    </section>
  );
}
