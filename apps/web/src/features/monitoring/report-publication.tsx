import { monitoringText } from '../../i18n/monitoring';
import { FingerprintCheck } from '../meetings/fingerprint-check';
import { formatRomeDateTime } from '../meetings/rome-time';
import type { SemesterReportPublication } from './monitoring-types';

/** The frozen report: when and by whom, its SHA-256 with the browser's check, and the text itself. */
export function ReportPublication({ publication }: { publication: SemesterReportPublication }) {
  const t = monitoringText.report;
  return (
    <div data-testid="rapporto-pubblicato">
      <p className="mb-1">{t.publishedOn(formatRomeDateTime(publication.publishedAt), publication.publishedByName)}</p>
      <p className="mb-2">
        {t.sha}:{' '}
        <code className="sha256" data-testid="sha256">
          {publication.contentSha256}
        </code>
      </p>
      <FingerprintCheck html={publication.html} published={publication.contentSha256} />
      <article aria-label={t.textLabel} className="minutes-act mt-3">
        {/*
         * `html` is the report's canonical HTML, rendered by the API with every piece of text
         * escaped: it is inserted exactly as received, because its SHA-256 is the published
         * fingerprint (any client-side rewriting would break the check above).
         */}
        <div dangerouslySetInnerHTML={{ __html: publication.html }} />
      </article>
    </div>
  );
}
