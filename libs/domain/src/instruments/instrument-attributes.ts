import { AIM_LABELS, CONTENT_LABELS, COUNTERPART_NAMES, RESOURCE_FLOW_SHORT } from './choice-profile';
import {
  FAMILY_LABELS, type Instrument, type InstrumentContent, type InstrumentSnapshot, PHASE_LABELS, RELATION_KIND_LABELS,
  type RelationSnapshot,
} from './instrument';

/** One attribute of an instrument, ready to read: a label and its values as text (one value for a scalar). */
export interface InstrumentAttribute {
  field: string;
  label: string;
  /** Lists are compared item by item; scalars as a whole. */
  list: boolean;
  values: string[];
}

/** How to name what an instrument refers to by id; without them, ids are shown. */
export interface AttributeNames {
  instrument?: (id: string) => string | undefined;
  source?: (id: string) => string | undefined;
}

const UNVERIFIED = ' (da verificare)';

const scalar = (field: string, label: string, value: string | null | undefined): InstrumentAttribute => ({
  field, label, list: false, values: value?.trim() ? [value.trim()] : [],
});

const list = (field: string, label: string, values: string[]): InstrumentAttribute => ({ field, label, list: true, values });

function relationText(r: RelationSnapshot, names: AttributeNames): string {
  const other = names.instrument?.(r.toId) ?? r.toId;
  return `${RELATION_KIND_LABELS[r.kind]} «${other}»: ${r.note}${r.unverified ? UNVERIFIED : ''}`;
}

/**
 * Every attribute of an instrument (and of a revision's snapshot, relations included) in one
 * order with Italian labels: what the comparison view lines up and what revisions are compared on.
 */
export function instrumentAttributes(i: InstrumentContent & { relations?: RelationSnapshot[] }, names: AttributeNames = {}): InstrumentAttribute[] {
  const p = i.profile;
  const conditions = [
    p.requiresMarketInterest ? 'Presuppone un interesse di mercato (operatori o erogatori tra cui scegliere)' : null,
    p.requiresWorkIntegration ? "Solo per l'inserimento lavorativo di persone svantaggiate o con disabilità" : null,
    p.areaLimitedByLaw ? 'Limitato per legge alle sue aree' : null,
  ].filter((c): c is string => c !== null);
  const attributes = [
    scalar('name', 'Nome', i.name),
    scalar('family', 'Famiglia', FAMILY_LABELS[i.family] ?? i.family),
    list('phases', 'Fasi', i.phases.map((ph) => PHASE_LABELS[ph] ?? ph)),
    list('legalBasis', 'Base giuridica', i.legalBasis.map((b) => `${b.act}, ${b.article}${b.unverified ? UNVERIFIED : ''}`)),
    scalar('counterparts', 'Controparti ammesse', `${i.counterparts}${i.counterpartsUnverified ? UNVERIFIED : ''}`),
    list('counterpartKinds', 'Tipi di controparte', p.counterpartKinds.map((k) => COUNTERPART_NAMES[k] ?? k)),
    scalar('counterpartRule', 'Regola sulla controparte', p.counterpartRule),
    scalar('resourceFlow', 'Flusso di risorse', `${i.resourceFlow}${i.resourceFlowUnverified ? UNVERIFIED : ''}`),
    list('resourceFlows', 'Forme del flusso di risorse', p.resourceFlows.length
      ? p.resourceFlows.map((f) => RESOURCE_FLOW_SHORT[f] ?? f)
      : ['dipende dallo strumento con cui si coinvolgono i partner']),
    list('aims', 'Scopi', p.aims.map((a) => AIM_LABELS[a] ?? a)),
    list('contentDefinitions', 'Chi definisce il contenuto', p.contentDefinitions.map((c) => CONTENT_LABELS[c] ?? c)),
    list('conditions', 'Presupposti', conditions),
    scalar('summary', 'Sintesi', i.summary),
    scalar('whenToUse', 'Quando usarlo', i.whenToUse),
    list('keySteps', 'Passaggi chiave', i.keySteps),
    list('constraints', 'Vincoli', i.constraints),
    list('caseLaw', 'Giurisprudenza', i.caseLaw),
    list('caseLawDetails', 'Pronunce e principi', i.caseLawDetails.map((c) => `${c.ruling}: ${c.holding}`)),
    list('areas', 'Aree', i.areas),
    list('sourceIds', 'Fonti', i.sourceIds.map((id) => names.source?.(id) ?? id)),
    scalar('unverified', 'Dati da verificare', i.unverified ? `sì${i.unverifiedNote ? `: ${i.unverifiedNote}` : ''}` : 'no'),
    scalar('regionalNote', 'Nota sulla Lombardia', i.regionalNote),
    scalar('note', 'Nota', i.note),
  ];
  if (i.relations) attributes.push(list('relations', 'Relazioni con altri strumenti', i.relations.map((r) => relationText(r, names))));
  return attributes;
}

/** The editable content of an instrument (without its id). */
export function instrumentContent(i: Instrument | InstrumentContent): InstrumentContent {
  return {
    name: i.name, family: i.family, phases: [...i.phases], legalBasis: i.legalBasis.map((b) => ({ ...b })),
    counterparts: i.counterparts, counterpartsUnverified: i.counterpartsUnverified,
    resourceFlow: i.resourceFlow, resourceFlowUnverified: i.resourceFlowUnverified,
    summary: i.summary, whenToUse: i.whenToUse, keySteps: [...i.keySteps], constraints: [...i.constraints],
    caseLaw: [...i.caseLaw], caseLawDetails: i.caseLawDetails.map((c) => ({ ...c })), areas: [...i.areas],
    sourceIds: [...i.sourceIds], unverified: i.unverified, unverifiedNote: i.unverifiedNote,
    regionalNote: i.regionalNote, note: i.note, profile: structuredClone(i.profile),
  };
}

/** What a revision freezes: the content and the outgoing relations, in a stable order. */
export function instrumentSnapshot(i: Instrument | InstrumentContent, relations: RelationSnapshot[]): InstrumentSnapshot {
  const sorted = relations
    .map((r) => ({ toId: r.toId, kind: r.kind, note: r.note, ...(r.unverified ? { unverified: true } : {}) }))
    .sort((a, b) => a.kind.localeCompare(b.kind) || a.toId.localeCompare(b.toId));
  return { ...instrumentContent(i), relations: sorted };
}
