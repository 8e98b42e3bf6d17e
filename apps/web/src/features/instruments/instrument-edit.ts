import type { InstrumentDetail, InstrumentFamily, InstrumentPhase, UpdateInstrumentInput } from './instrument-types';

/** One item a line: blank lines and surrounding spaces do not count. */
export function linesToList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

export function listToLines(items: readonly string[]): string {
  return items.join('\n');
}

/** The fields the edit form offers, as the form holds them (lists as one item a line). */
export interface InstrumentEditDraft {
  summary: string;
  whenToUse: string;
  counterparts: string;
  resourceFlow: string;
  keySteps: string;
  constraints: string;
  family: InstrumentFamily;
  phases: InstrumentPhase[];
}

export function editDraftOf(instrument: InstrumentDetail): InstrumentEditDraft {
  return {
    summary: instrument.summary,
    whenToUse: instrument.whenToUse,
    counterparts: instrument.counterparts,
    resourceFlow: instrument.resourceFlow,
    keySteps: listToLines(instrument.keySteps),
    constraints: listToLines(instrument.constraints),
    family: instrument.family,
    phases: [...instrument.phases],
  };
}

const sameList = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((value, i) => value === b[i]);
const sameSet = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((value) => b.includes(value));

/**
 * Only what the editor changed, so the revision names just those fields. Texts are compared
 * trimmed, lists item by item, phases as a set (their order is the policy cycle's, not the editor's).
 */
export function instrumentEditInput(original: InstrumentDetail, draft: InstrumentEditDraft): UpdateInstrumentInput {
  const input: UpdateInstrumentInput = {};
  for (const field of ['summary', 'whenToUse', 'counterparts', 'resourceFlow'] as const) {
    const value = draft[field].trim();
    if (value !== original[field].trim()) input[field] = value;
  }
  for (const field of ['keySteps', 'constraints'] as const) {
    const items = linesToList(draft[field]);
    if (!sameList(items, original[field])) input[field] = items;
  }
  if (draft.family !== original.family) input.family = draft.family;
  if (!sameSet(draft.phases, original.phases)) input.phases = [...draft.phases];
  return input;
}

/**
 * "https://www.comune.it/delibera.pdf Delibera di avvio" a line: the address, then an optional
 * label. Lines that do not start with an address are returned apart, to be pointed out.
 */
export function parseLinkLines(text: string): { links: { url: string; label: string | null }[]; invalid: string[] } {
  const links: { url: string; label: string | null }[] = [];
  const invalid: string[] = [];
  for (const line of linesToList(text)) {
    const [url = '', ...rest] = line.split(/\s+/);
    if (/^https?:\/\/\S+$/i.test(url)) links.push({ url, label: rest.join(' ') || null });
    else invalid.push(line);
  }
  return { links, invalid };
}
