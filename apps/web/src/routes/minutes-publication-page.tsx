import { Alert, Badge } from 'design-react-kit';
import { Link, useParams } from 'react-router';
import type { Crumb } from '../components/page-breadcrumb';
import { PublicActShell } from '../components/public-act-shell';
import { useDocumentTitle } from '../components/use-document-title';
import { FingerprintCheck } from '../features/meetings/fingerprint-check';
import type { MinutesPublicationDetail } from '../features/meetings/meeting-types';
import '../features/meetings/meetings.css';
import { MinutesExportLinks } from '../features/meetings/minutes-export-links';
import { formatRomeDate, formatRomeDateTime } from '../features/meetings/rome-time';
import { useMinutesPublication } from '../features/meetings/use-published-minutes';
import { it } from '../i18n/it';
import { meetingsText } from '../i18n/meetings';

function crumbs(publication: MinutesPublicationDetail | null | undefined): Crumb[] {
  return [
    { label: it.nav.home, to: '/' },
    { label: meetingsText.published.title, to: '/verbali' },
    { label: publication?.title ?? meetingsText.titles.publication },
  ];
}

function PublicationView({ publication }: { publication: MinutesPublicationDetail }) {
  const t = meetingsText.act;
  return (
    <>
      <p className="text-uppercase small fw-semibold mb-1">{t.kicker}</p>
      <h1>{publication.title}</h1>
      {publication.supersedesId && (
        <Badge color="primary" className="mb-3">
          {meetingsText.published.correction}
        </Badge>
      )}

      {publication.supersededById && (
        <Alert color="warning" fade={false} className="my-3">
          <p className="fw-semibold mb-1">{t.supersededTitle}</p>
          <p className="mb-0">
            <Link to={`/verbali/${encodeURIComponent(publication.supersededById)}`}>{t.superseded(publication.number + 1)}</Link>
          </p>
        </Alert>
      )}
      {publication.supersedesId && (
        <Alert color="info" fade={false} className="my-3">
          <p className="fw-semibold mb-1">{t.correctionTitle}</p>
          {publication.correctionReason && <p className="mb-1">{t.correctionReason(publication.correctionReason)}</p>}
          <p className="mb-0">
            {t.correctionOf} <Link to={`/verbali/${encodeURIComponent(publication.supersedesId)}`}>{t.correctionLink}</Link>
          </p>
        </Alert>
      )}

      <dl className="row mb-2">
        <dt className="col-sm-3">{t.space}</dt>
        <dd className="col-sm-9">{publication.spaceName}</dd>
        <dt className="col-sm-3">{t.meetingDate}</dt>
        <dd className="col-sm-9">
          <time dateTime={publication.meetingStartsAt}>{formatRomeDate(publication.meetingStartsAt)}</time>
        </dd>
        <dt className="col-sm-3">{t.number}</dt>
        <dd className="col-sm-9">{publication.number}</dd>
        <dt className="col-sm-3">{t.publishedAt}</dt>
        <dd className="col-sm-9">
          <time dateTime={publication.publishedAt}>{formatRomeDateTime(publication.publishedAt)}</time>
        </dd>
        {publication.publishedByName && (
          <>
            <dt className="col-sm-3">{t.publishedBy}</dt>
            <dd className="col-sm-9">{publication.publishedByName}</dd>
          </>
        )}
        <dt className="col-sm-3">{t.sha}</dt>
        <dd className="col-sm-9">
          <code className="sha256" data-testid="sha256">
            {publication.contentSha256}
          </code>
        </dd>
      </dl>
      <MinutesExportLinks publicationId={publication.id} number={publication.number} />
      <FingerprintCheck html={publication.html} published={publication.contentSha256} />

      <article aria-label={t.textLabel} className="minutes-act mt-4">
        {/*
         * `html` is the act's canonical HTML, produced server-side by libs/render with every piece
         * of text escaped and only its own fixed tags: it is inserted exactly as received, because
         * its SHA-256 is the published fingerprint (any client-side rewriting would break it).
         */}
        <div dangerouslySetInnerHTML={{ __html: publication.html }} />
      </article>
    </>
  );
}

/**
 * /verbali/:id: a published act, public for public spaces (no login). Its text, its fingerprint
 * with a check done in the browser, the files, and the links between an act and its corrections.
 */
export function MinutesPublicationPage() {
  const t = meetingsText.act;
  const { id = '' } = useParams();
  const [{ data, error, fetching }, reexecute] = useMinutesPublication(id);
  const publication = data?.minutesPublication;
  useDocumentTitle(publication?.title ?? meetingsText.titles.publication);

  return (
    <PublicActShell
      act={publication}
      data={data}
      error={error}
      fetching={fetching}
      onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      crumbs={crumbs}
      heading={meetingsText.titles.publication}
      loginNeeded={t.loginNeeded}
      notFound={t.notFound}
      back={{ to: '/verbali', label: t.backToList }}
    >
      {(found) => <PublicationView publication={found} />}
    </PublicActShell>
  );
}
