import { it } from '../../i18n/it';

/**
 * "Scarica DOCX" and "Scarica PDF": the API renders the current text of the document (for those
 * who may read it). Plain links, so the browser's own download handles the file.
 */
export function DocumentExportLinks({ documentId }: { documentId: string }) {
  const t = it.documents;
  const base = `/export/documents/${encodeURIComponent(documentId)}`;
  return (
    <div role="group" aria-label={t.exportLabel} className="d-flex flex-wrap gap-2 mb-4">
      <a href={`${base}.docx`} download className="btn btn-outline-primary btn-sm">
        {t.downloadDocx}
      </a>
      <a href={`${base}.pdf`} download className="btn btn-outline-primary btn-sm">
        {t.downloadPdf}
      </a>
    </div>
  );
}
