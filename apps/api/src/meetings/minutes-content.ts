import { meetingWhen } from '@condivisa/domain';
import { type Block, blocksText, documentBlocks, EDITOR_FIELD, heading, list, paragraph, renderHtml, table, text } from '@condivisa/render';
import { createHash } from 'node:crypto';
import * as Y from 'yjs';

const STATUS_LABEL: Record<string, string> = { PRESENT: 'presente', ABSENT: 'assente', REPRESENTED: 'rappresentato' };
const ACTION_STATUS_LABEL: Record<string, string> = { OPEN: 'da fare', IN_PROGRESS: 'in corso', DONE: 'fatta' };

export interface MinutesFacts {
  spaceName: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  place: string | null;
  videoUrl: string | null;
  agenda: { title: string; description: string; presenter: string | null }[];
  attendance: { organization: string; status: string; representedBy: string | null }[];
  decisions: string[];
  actionItems: { what: string; organization: string | null; dueDate: string; status: string }[];
  /** Set on a correction: what it corrects and why. */
  correction?: { number: number; reason: string; supersededPublishedAt: string };
}

const WORK_HEADING = 'Svolgimento dell’incontro';

/**
 * The text the minutes document starts from: who was there (when the attendance is already
 * recorded), then one heading per agenda point with an empty paragraph to write in. Decisions and
 * actions are structured data, added at publication. Written as TipTap's Collaboration extension
 * shapes the Y.Doc.
 */
export function writeMinutesTemplate(
  doc: Y.Doc,
  agenda: { title: string; description: string }[],
  attendance: { organization: string; status: string; representedBy: string | null }[] = [],
): void {
  const element = (name: string, children: (Y.XmlElement | Y.XmlText)[], attrs: Record<string, number> = {}) => {
    const el = new Y.XmlElement(name);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v as never);
    el.insert(0, children);
    return el;
  };
  const nodes: Y.XmlElement[] = [];
  if (attendance.length > 0) {
    const line = (a: (typeof attendance)[number]) =>
      `${a.organization}: ${a.status === 'REPRESENTED' && a.representedBy ? `rappresentato da ${a.representedBy}` : STATUS_LABEL[a.status] ?? a.status}`;
    nodes.push(element('heading', [new Y.XmlText('Presenti')], { level: 2 }));
    nodes.push(element('bulletList', attendance.map((a) => element('listItem', [element('paragraph', [new Y.XmlText(line(a))])]))));
  }
  nodes.push(element('heading', [new Y.XmlText(WORK_HEADING)], { level: 2 }));
  agenda.forEach((item, i) => {
    nodes.push(element('heading', [new Y.XmlText(`${i + 1}. ${item.title}`)], { level: 3 }));
    nodes.push(element('paragraph', []));
  });
  if (agenda.length === 0) nodes.push(element('paragraph', []));
  const fragment = doc.getXmlFragment(EDITOR_FIELD);
  fragment.insert(fragment.length, nodes);
}

/**
 * Whether the minutes have any written text beyond the template: the attendance list the template
 * starts with does not count, nor do headings.
 */
export function hasWrittenText(doc: Y.Doc): boolean {
  const blocks = documentBlocks(doc);
  const work = blocks.findIndex((b) => b.type === 'heading' && blocksText([b]) === WORK_HEADING);
  return blocks.slice(work + 1).some((block) => block.type !== 'heading' && blocksText([block]).trim().length > 0);
}

/** The whole act as blocks: header, attendance, agenda, the co-written text, decisions, actions. */
export function minutesBlocks(facts: MinutesFacts, body: Block[]): Block[] {
  const meta: Block[] = [
    paragraph(text('Spazio: ', { bold: true }), facts.spaceName),
    paragraph(text('Data: ', { bold: true }), meetingWhen(facts.startsAt, facts.endsAt)),
  ];
  if (facts.place) meta.push(paragraph(text('Luogo: ', { bold: true }), facts.place));
  if (facts.videoUrl) meta.push(paragraph(text('Collegamento: ', { bold: true }), facts.videoUrl));
  const blocks: Block[] = [heading(1, `Verbale – ${facts.title}`), ...meta];
  if (facts.correction) {
    blocks.push(paragraph(
      text('Rettifica: ', { bold: true }),
      `questo atto sostituisce la pubblicazione n. ${facts.correction.number} del ${facts.correction.supersededPublishedAt}. Motivo: ${facts.correction.reason}`,
    ));
  }
  blocks.push(heading(2, 'Presenze'));
  blocks.push(facts.attendance.length
    ? table(['Ente', 'Presenza'], facts.attendance.map((a) => [a.organization, a.status === 'REPRESENTED' && a.representedBy ? `rappresentato da ${a.representedBy}` : STATUS_LABEL[a.status] ?? a.status]))
    : paragraph('Presenze non registrate.'));
  blocks.push(heading(2, 'Ordine del giorno'));
  blocks.push(facts.agenda.length
    ? list(facts.agenda.map((a) => `${a.title}${a.presenter ? ` (presenta: ${a.presenter})` : ''}${a.description ? ` – ${a.description}` : ''}`), true)
    : paragraph('Nessun punto.'));
  blocks.push(heading(2, 'Verbale'), ...body);
  blocks.push(heading(2, 'Decisioni'));
  blocks.push(facts.decisions.length ? list(facts.decisions, true) : paragraph('Nessuna decisione registrata.'));
  blocks.push(heading(2, 'Azioni'));
  blocks.push(facts.actionItems.length
    ? table(['Azione', 'Ente', 'Scadenza', 'Stato'], facts.actionItems.map((a) => [a.what, a.organization ?? '—', a.dueDate, ACTION_STATUS_LABEL[a.status] ?? a.status]))
    : paragraph('Nessuna azione registrata.'));
  return blocks;
}

export function sha256Hex(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex');
}

/** Canonical HTML, its hash and its plain text, from the minutes document and the facts. */
export function renderMinutes(facts: MinutesFacts, doc: Y.Doc): { blocks: Block[]; html: string; sha256: string; text: string } {
  const blocks = minutesBlocks(facts, documentBlocks(doc));
  const html = renderHtml(blocks);
  return { blocks, html, sha256: sha256Hex(html), text: blocksText(blocks) };
}
