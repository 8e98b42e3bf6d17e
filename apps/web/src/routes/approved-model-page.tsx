import { Alert, Badge } from 'design-react-kit';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import type { Crumb } from '../components/page-breadcrumb';
import { PublicActShell } from '../components/public-act-shell';
import { useDocumentTitle } from '../components/use-document-title';
import { FingerprintCheck } from '../features/meetings/fingerprint-check';
import '../features/meetings/meetings.css';
import { formatRomeDateTime } from '../features/meetings/rome-time';
import { ModelExportLinks } from '../features/models/model-export-links';
import type { PublishedModelVersionDetail } from '../features/models/model-types';
import { approvalDate, closedReviewOf, isPublished } from '../features/models/model-version-state';
import '../features/models/models.css';
import { PublishedVersionsList } from '../features/models/published-versions-list';
import { ReviewOpinion } from '../features/models/review-opinion';
import { usePublishedModelVersion, usePublishedModelVersions } from '../features/models/use-published-models';
import { it } from '../i18n/it';
import { modelsText } from '../i18n/models';

function crumbs(version: PublishedModelVersionDetail | null | undefined): Crumb[] {
  return [
    { label: it.nav.home, to: '/' },
    { label: modelsText.published.title, to: '/modelli-approvati' },
    { label: version ? `${version.modelTitle} – ${modelsText.published.version(version.number)}` : modelsText.titles.approved },
  ];
}

function ApprovedVersionView({ version }: { version: PublishedModelVersionDetail }) {
  const t = modelsText.approved;
  const [{ data: historyData }] = usePublishedModelVersions(version.spaceId);
  const sameModel = useMemo(
    () => (historyData?.publishedModelVersions ?? []).filter((v) => v.modelId === version.modelId).sort((a, b) => b.number - a.number),
    [historyData, version.modelId],
  );
  const others = sameModel.filter((v) => v.id !== version.id);
  const inForce = sameModel.find((v) => v.status === 'APPROVED' && v.id !== version.id);
  const review = closedReviewOf(version);
  const published = isPublished(version.status);

  return (
    <>
      <p className="text-uppercase small fw-semibold mb-1">{t.kicker}</p>
      <h1>{version.modelTitle}</h1>
      <p className="mb-3">
        {modelsText.published.version(version.number)}
        {version.status === 'SUPERSEDED' ? (
          <Badge color="secondary" className="ms-2">
            {modelsText.published.superseded}
          </Badge>
        ) : (
          published && (
            <Badge color="success" className="ms-2">
              {modelsText.published.current}
            </Badge>
          )
        )}
      </p>

      {version.status === 'SUPERSEDED' && (
        <Alert color="warning" fade={false} className="my-3">
          <p className="fw-semibold mb-1">{t.supersededTitle}</p>
          <p className="mb-0">
            {t.superseded}{' '}
            {inForce && <Link to={`/modelli-approvati/${encodeURIComponent(inForce.id)}`}>{t.readCurrent(inForce.number)}</Link>}
          </p>
        </Alert>
      )}
      {!published && (
        <Alert color="info" fade={false} className="my-3">
          {t.notApproved}
        </Alert>
      )}

      <dl className="row mb-2">
        <dt className="col-sm-3">{t.space}</dt>
        <dd className="col-sm-9">{version.spaceName}</dd>
        <dt className="col-sm-3">{t.version}</dt>
        <dd className="col-sm-9">{version.number}</dd>
        {published && (
          <>
            <dt className="col-sm-3">{t.approvedAt}</dt>
            <dd className="col-sm-9">
              <time dateTime={approvalDate(version)}>{formatRomeDateTime(approvalDate(version))}</time>
            </dd>
          </>
        )}
        {version.status === 'SUPERSEDED' && (
          <>
            <dt className="col-sm-3">{t.supersededAt}</dt>
            <dd className="col-sm-9">
              <time dateTime={version.statusChangedAt}>{formatRomeDateTime(version.statusChangedAt)}</time>
            </dd>
          </>
        )}
        <dt className="col-sm-3">{t.consolidatedAt}</dt>
        <dd className="col-sm-9">
          <time dateTime={version.createdAt}>{formatRomeDateTime(version.createdAt)}</time>
        </dd>
        <dt className="col-sm-3">{t.changelog}</dt>
        <dd className="col-sm-9 text-pre-line">{version.changelog}</dd>
        <dt className="col-sm-3">{t.sha}</dt>
        <dd className="col-sm-9">
          <code className="sha256" data-testid="sha256">
            {version.contentSha256}
          </code>
        </dd>
      </dl>
      <ModelExportLinks versionId={version.id} number={version.number} />
      <FingerprintCheck html={version.html} published={version.contentSha256} />

      {review && <ReviewOpinion review={review} headingId="parere-collegio-titolo" />}

      <article aria-label={t.textLabel} className="minutes-act mt-4 mb-5">
        {/*
         * `html` is the version's canonical HTML, rendered and escaped server-side by libs/render
         * (every piece of text escaped, only its own fixed tags and http(s)/mailto links): it is
         * inserted exactly as received, because its SHA-256 is the published fingerprint (any
         * client-side rewriting would break the check above).
         */}
        <div dangerouslySetInnerHTML={{ __html: version.html }} />
      </article>

      <section aria-labelledby="altre-versioni-titolo" className="mb-5">
        <h2 id="altre-versioni-titolo" className="h4">
          {t.historyTitle}
        </h2>
        {others.length === 0 ? <p className="text-secondary">{t.noHistory}</p> : <PublishedVersionsList versions={others} titled={false} />}
      </section>
    </>
  );
}

/**
 * /modelli-approvati/:versionId: an approved version of a model, public for public spaces (no
 * login): its text, the Collegio's opinion, its fingerprint with a check done in the browser, the
 * files, and the model's other approved versions.
 */
export function ApprovedModelPage() {
  const t = modelsText.approved;
  const { versionId = '' } = useParams();
  const [{ data, error, fetching }, reexecute] = usePublishedModelVersion(versionId);
  const version = data?.modelVersion;
  useDocumentTitle(version ? `${version.modelTitle} – ${modelsText.published.version(version.number)}` : modelsText.titles.approved);

  return (
    <PublicActShell
      act={version}
      data={data}
      error={error}
      fetching={fetching}
      onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      crumbs={crumbs}
      heading={modelsText.titles.approved}
      loginNeeded={t.loginNeeded}
      notFound={t.notFound}
      back={{ to: '/modelli-approvati', label: t.backToList }}
    >
      {(found) => <ApprovedVersionView version={found} />}
    </PublicActShell>
  );
}
