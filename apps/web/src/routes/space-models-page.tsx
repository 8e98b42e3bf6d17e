import { useNavigate } from 'react-router';
import { toApiError } from '../app/graphql-errors';
import { ErrorState } from '../components/error-state';
import { LoadingState } from '../components/loading-state';
import { useDocumentTitle } from '../components/use-document-title';
import { ModelCreateForm } from '../features/models/model-create-form';
import { ModelsList } from '../features/models/models-list';
import { ReviewRuleSetting } from '../features/models/review-rule-setting';
import { useSpaceModels } from '../features/models/use-space-models';
import { isForbidden } from '../features/spaces/is-forbidden';
import { MembersOnlyNotice } from '../features/spaces/members-only-notice';
import { useSpaceOutlet } from '../features/spaces/space-outlet-context';
import { modelsText } from '../i18n/models';

/**
 * Modelli: the space's co-designed models with their status and versions (members), "Nuovo
 * modello" for its coordinators, and the rule by which the Collegio's reviews close.
 */
export function SpaceModelsPage() {
  const t = modelsText;
  const { space } = useSpaceOutlet();
  useDocumentTitle(`${t.tabs.models} · ${space.name}`);
  const navigate = useNavigate();
  const isMember = space.myRole !== null;
  const canCreate = space.myRole === 'COORDINATOR' && !space.archived;
  const { result, retry, create } = useSpaceModels(space.id, isMember);
  const models = result.data?.models;
  const forbidden = !isMember || (result.error !== undefined && isForbidden(result.error));

  return (
    <>
      <section aria-labelledby="modelli-titolo">
        <h2 id="modelli-titolo" className="h3">
          {t.list.title}
        </h2>
        {forbidden ? (
          <MembersOnlyNotice message={t.list.membersOnly} />
        ) : (
          <>
            <p>{t.list.intro}</p>
            {result.error && !result.fetching && !models ? (
              <ErrorState error={toApiError(result.error)} onRetry={retry} />
            ) : !models ? (
              <LoadingState />
            ) : (
              <ModelsList models={models} />
            )}
          </>
        )}
      </section>

      {!forbidden && canCreate && (
        <section aria-labelledby="nuovo-modello-titolo" className="mt-5">
          <h2 id="nuovo-modello-titolo" className="h4">
            {t.create.title}
          </h2>
          <p>{t.create.intro}</p>
          <ModelCreateForm
            onCreate={async (title) => {
              const outcome = await create(title);
              if (!outcome.ok) return outcome.error;
              navigate(`/modelli/${encodeURIComponent(outcome.value.id)}`);
              return null;
            }}
          />
        </section>
      )}

      {!forbidden && <ReviewRuleSetting spaceId={space.id} />}
    </>
  );
}
