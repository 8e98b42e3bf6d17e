import { Alert, Badge } from 'design-react-kit';
import { Link, useParams } from 'react-router';
import { EmptyState } from '../components/empty-state';
import { PageBreadcrumb } from '../components/page-breadcrumb';
import { QueryState } from '../components/query-state';
import { useDocumentTitle } from '../components/use-document-title';
import { useAuth } from '../features/auth/use-auth';
import '../features/meetings/meetings.css';
import { formatRomeDate } from '../features/meetings/rome-time';
import { ConsolidateSection } from '../features/models/consolidate-section';
import { modelCrumbs } from '../features/models/model-crumbs';
import { ModelDraftSection } from '../features/models/model-draft-section';
import { ModelStatusBadge } from '../features/models/model-status-badge';
import type { ModelDetail } from '../features/models/model-types';
import { awaitingMyDecision } from '../features/models/model-version-state';
import '../features/models/models.css';
import { useModel, type ModelActions } from '../features/models/use-model';
import { useModelLive } from '../features/models/use-model-live';
import { VersionComparison } from '../features/models/version-comparison';
import { reviewPath, VersionTimeline } from '../features/models/version-timeline';
import { isForbidden } from '../features/spaces/is-forbidden';
import { MembersOnlyNotice } from '../features/spaces/members-only-notice';
import { it } from '../i18n/it';
import { modelsText } from '../i18n/models';

interface ModelViewProps {
  model: ModelDetail;
  me: { id: string; displayName: string };
  actions: ModelActions;
}

function ModelView({ model, me, actions }: ModelViewProps) {
  const t = modelsText.model;
  const awaiting = awaitingMyDecision(model);
  const approved = model.versions.find((v) => v.id === model.approvedVersionId);

  return (
    <>
      <h1>{model.title}</h1>
      <dl className="row mb-4">
        <dt className="col-sm-3">{t.status}</dt>
        <dd className="col-sm-9">
          <ModelStatusBadge status={model.status} />
        </dd>
        <dt className="col-sm-3">{t.inSpace}</dt>
        <dd className="col-sm-9">
          <Link to={`/spazi/${encodeURIComponent(model.space.id)}/modelli`}>{model.space.name}</Link>
        </dd>
        <dt className="col-sm-3">{t.rule}</dt>
        <dd className="col-sm-9">{modelsText.rule[model.space.reviewRule] ?? model.space.reviewRule}</dd>
        {approved && (
          <>
            <dt className="col-sm-3">{t.approvedVersion}</dt>
            <dd className="col-sm-9">
              <Link to={`/modelli-approvati/${encodeURIComponent(approved.id)}`}>{t.approvedLink(approved.number)}</Link>{' '}
              <Badge color="success">{modelsText.versionStatus['APPROVED']}</Badge>
            </dd>
          </>
        )}
      </dl>

      {awaiting && (
        <Alert color="info" fade={false} className="mb-5">
          <p className="fw-semibold mb-1">{t.awaitingTitle(awaiting.version.number)}</p>
          <p className="mb-2">{t.awaitingText(formatRomeDate(awaiting.review.dueDate))}</p>
          <Link to={reviewPath(model.id, awaiting.review.id)} className="btn btn-primary btn-sm">
            {t.awaitingLink(awaiting.version.number)}
          </Link>
        </Alert>
      )}

      <ModelDraftSection model={model} me={me} />
      {model.permissions.consolidate && !model.space.archived && <ConsolidateSection model={model} onConsolidate={actions.consolidate} />}
      <VersionTimeline model={model} actions={actions} />
      <VersionComparison versions={model.versions} />
    </>
  );
}

/** /modelli/:id: a model of a space, for its members, from the working draft to the approved versions. */
export function ModelPage() {
  const { id = '' } = useParams();
  const { me } = useAuth();
  const { result, refresh, actions } = useModel(id);
  const { data, error, fetching } = result;
  const model = data?.model;
  useDocumentTitle(model?.title ?? modelsText.titles.model);
  useModelLive(model?.spaceId, refresh);

  if (error && !model && isForbidden(error)) {
    return (
      <>
        <PageBreadcrumb items={modelCrumbs(null)} />
        <h1>{modelsText.titles.model}</h1>
        <MembersOnlyNotice message={modelsText.model.forbidden} />
      </>
    );
  }

  return (
    <>
      <PageBreadcrumb items={modelCrumbs(model)} />
      <QueryState data={data} error={error} fetching={fetching} onRetry={refresh} fallbackHeading={modelsText.titles.model}>
        {({ model: found }) =>
          !found ? (
            <>
              <h1>{it.notFound.title}</h1>
              <EmptyState message={modelsText.model.notFound}>
                <Link to="/tavoli">{it.spaces.backToSpaces}</Link>
              </EmptyState>
            </>
          ) : (
            me && <ModelView model={found} me={me} actions={actions} />
          )
        }
      </QueryState>
    </>
  );
}
