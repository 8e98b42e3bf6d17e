import { meetingsText } from '../../i18n/meetings';

/** PDF and DOCX of a published act, rendered by the API from the frozen content. */
export function MinutesExportLinks({ publicationId, number }: { publicationId: string; number: number }) {
  const t = meetingsText.exports;
  const base = `/export/minutes/${encodeURIComponent(publicationId)}`;
  return (
    <div role="group" aria-label={t.label} className="d-flex flex-wrap gap-2">
      <a href={`${base}.pdf`} download className="btn btn-outline-primary btn-sm" aria-label={t.pdfOf(number)}>
        {t.pdf}
      </a>
      <a href={`${base}.docx`} download className="btn btn-outline-primary btn-sm" aria-label={t.docxOf(number)}>
        {t.docx}
      </a>
    </div>
  );
}
