import type { DocumentEntity, SpaceEntity, UserEntity } from '@condivisa/db';
import { type Block, documentBlocks, type ExportDocument, renderDocx, renderPdf } from '@condivisa/render';
import type * as Y from 'yjs';

export type ExportFormat = 'docx' | 'pdf';

export const EXPORT_CONTENT_TYPE: Record<ExportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

const KIND_LABEL: Record<string, string> = { PROPOSAL: 'Proposta', MINUTES: 'Verbale', MODEL: 'Modello', NOTE: 'Appunti' };

/** A date and time as people in Bergamo read it, whatever the server's time zone. */
export function romeDateTime(date: Date): string {
  return new Intl.DateTimeFormat('it-IT', { timeZone: 'Europe/Rome', dateStyle: 'long', timeStyle: 'short' }).format(date);
}

/** What a draft's export shows: title, space, kind, last change, the text, and when it was exported. */
export function draftExport(
  document: DocumentEntity, space: SpaceEntity, doc: Y.Doc, lastEditor: UserEntity | null, exportedAt: Date,
): ExportDocument {
  const body: Block[] = documentBlocks(doc);
  return {
    title: document.title,
    subtitle: `${KIND_LABEL[document.kind] ?? document.kind} · ${space.name}`,
    meta: [
      { label: 'Spazio', value: space.name },
      { label: 'Ultima modifica', value: document.lastEditedAt ? `${romeDateTime(document.lastEditedAt)}${lastEditor ? `, ${lastEditor.displayName}` : ''}` : 'nessuna' },
      { label: 'Stato', value: document.archivedAt ? 'archiviata' : 'bozza in lavorazione' },
    ],
    body,
    footer: `Condivisa · bozza esportata il ${romeDateTime(exportedAt)} · non è un atto pubblicato`,
  };
}

export function renderExport(format: ExportFormat, content: ExportDocument, exportedAt: Date): Promise<Buffer> {
  return format === 'docx' ? renderDocx(content) : renderPdf(content, { date: exportedAt });
}
