import { type ExportDocument, documentBlocks, heading, list, table } from '../blocks';
import { editorDoc, sampleContent } from './tiptap-fixture';

/** A minutes-like export: the sample draft plus the sections a caller composes. */
export function sampleExport(): ExportDocument {
  return {
    title: 'Verbale della seduta n. 3',
    subtitle: 'Tavolo di co-progettazione “Città inclusiva”',
    meta: [
      { label: 'Data', value: '12 marzo 2025' },
      { label: 'Luogo', value: 'Sala consiliare, Municipio' },
    ],
    body: [
      ...documentBlocks(editorDoc(sampleContent)),
      heading(2, 'Presenze'),
      table(['Nome', 'Ente', 'Presente'], [['Maria Rossi', 'Comune', 'sì'], ['Łukasz Nowak', 'Associazione Ștefan', 'no']]),
      heading(2, 'Decisioni'),
      list(['Approvato il calendario', 'Rinviata la voce di bilancio'], true),
    ],
    footer: 'Condivisa — documento generato automaticamente',
  };
}
