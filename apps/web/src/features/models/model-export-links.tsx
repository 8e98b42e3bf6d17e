import { modelsText } from '../../i18n/models';

/** PDF and DOCX of a version, rendered by the API from the frozen text, with its status and hash. */
export function ModelExportLinks({ versionId, number }: { versionId: string; number: number }) {
  const t = modelsText.exports;
  const base = `/export/model-versions/${encodeURIComponent(versionId)}`;
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
