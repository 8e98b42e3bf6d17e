import type { FieldProblem } from '../errors/app-error';
import { ContentDefinition, CounterpartKind, InstrumentAim, ResourceFlowKind } from './choice-profile';
import { type InstrumentContent, InstrumentFamily, InstrumentPhase } from './instrument';
import { INSTRUMENT_AREAS } from './instrument-profiles';

/** First year an experience may be recorded for. */
export const EXPERIENCE_YEAR_MIN = 2000;
/** Last year an experience may be recorded for. */
export const EXPERIENCE_YEAR_MAX = 2100;

/** An absolute http(s) link with a host; anything else (javascript:, data:, relative) is refused. */
export function isWebLink(url: string): boolean {
  try {
    const parsed = new URL(url.trim());
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname.length > 0;
  } catch {
    return false;
  }
}

/** Whether an area belongs to the catalogue's vocabulary. */
export function isInstrumentArea(area: string): boolean {
  return (INSTRUMENT_AREAS as readonly string[]).includes(area);
}

/** What a member records about the use of an instrument in the territory. */
export interface ExperienceDraft {
  ambitoId?: string | null;
  spaceId?: string | null;
  area: string;
  year: number;
  description: string;
  partners: string[];
  outcome?: string | null;
  links: { url: string; label?: string | null }[];
}

/** Rules on an experience that need no database: where, when, which area, links. */
export function experienceProblems(d: ExperienceDraft): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!d.ambitoId && !d.spaceId) problems.push({ field: 'ambitoId', message: "Indica l'Ambito o lo spazio in cui lo strumento è stato usato" });
  if (!Number.isInteger(d.year) || d.year < EXPERIENCE_YEAR_MIN || d.year > EXPERIENCE_YEAR_MAX) {
    problems.push({ field: 'year', message: `L'anno deve essere tra ${EXPERIENCE_YEAR_MIN} e ${EXPERIENCE_YEAR_MAX}` });
  }
  if (!isInstrumentArea(d.area)) problems.push({ field: 'area', message: `Area sconosciuta: usa una di ${INSTRUMENT_AREAS.join(', ')}` });
  if (d.description.trim().length < 3) problems.push({ field: 'description', message: 'Descrivi in breve che cosa è stato fatto' });
  const partners = d.partners.map((p) => p.trim().toLowerCase());
  if (partners.some((p) => p.length < 2)) problems.push({ field: 'partners', message: 'Ogni partner deve avere un nome di almeno 2 caratteri' });
  if (new Set(partners).size !== partners.length) problems.push({ field: 'partners', message: 'Partner ripetuto' });
  d.links.forEach((link, i) => {
    if (!isWebLink(link.url)) problems.push({ field: `links.${i}.url`, message: 'Solo collegamenti http:// o https://' });
  });
  return problems;
}

const LIMITS = { name: 300, prose: 5000, item: 1000, items: 40 };

function textProblem(field: string, value: string, min: number, max: number): FieldProblem | null {
  const length = value.trim().length;
  if (length < min) return { field, message: min <= 1 ? 'Campo obbligatorio' : `Almeno ${min} caratteri` };
  if (length > max) return { field, message: `Al massimo ${max} caratteri` };
  return null;
}

function listProblems(field: string, values: string[]): FieldProblem[] {
  const out: FieldProblem[] = [];
  if (values.length > LIMITS.items) out.push({ field, message: `Al massimo ${LIMITS.items} voci` });
  values.forEach((v, i) => {
    const p = textProblem(`${field}.${i}`, v, 1, LIMITS.item);
    if (p) out.push(p);
  });
  return out;
}

function enumProblems<T extends string>(field: string, values: string[], allowed: Record<string, T>): FieldProblem[] {
  const known = Object.values(allowed) as string[];
  const unknown = values.filter((v) => !known.includes(v));
  return unknown.length ? [{ field, message: `Valori sconosciuti: ${unknown.join(', ')}` }] : [];
}

/**
 * Rules on an instrument's content as an editor leaves it: required prose, closed vocabularies,
 * and every legal basis, ruling and reference pointing at a known source.
 */
export function instrumentContentProblems(c: InstrumentContent, sourceIds: ReadonlySet<string>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const push = (p: FieldProblem | null) => p && problems.push(p);
  push(textProblem('name', c.name, 3, LIMITS.name));
  push(textProblem('counterparts', c.counterparts, 3, LIMITS.prose));
  push(textProblem('resourceFlow', c.resourceFlow, 3, LIMITS.prose));
  push(textProblem('summary', c.summary, 10, LIMITS.prose));
  push(textProblem('whenToUse', c.whenToUse, 10, LIMITS.prose));
  for (const field of ['unverifiedNote', 'regionalNote', 'note'] as const) {
    const value = c[field];
    if (value) push(textProblem(field, value, 1, LIMITS.prose));
  }
  if (!Object.values(InstrumentFamily).includes(c.family)) problems.push({ field: 'family', message: `Famiglia sconosciuta: ${c.family}` });
  if (c.phases.length === 0) problems.push({ field: 'phases', message: 'Indica almeno una fase' });
  problems.push(...enumProblems('phases', c.phases, InstrumentPhase));
  if (c.legalBasis.length === 0) problems.push({ field: 'legalBasis', message: 'Indica almeno una base giuridica' });
  c.legalBasis.forEach((b, i) => {
    push(textProblem(`legalBasis.${i}.act`, b.act, 2, LIMITS.item));
    push(textProblem(`legalBasis.${i}.article`, b.article, 1, LIMITS.item));
    if (!sourceIds.has(b.sourceId)) problems.push({ field: `legalBasis.${i}.sourceId`, message: `Fonte inesistente: ${b.sourceId}` });
  });
  c.caseLawDetails.forEach((d, i) => {
    push(textProblem(`caseLawDetails.${i}.ruling`, d.ruling, 2, LIMITS.item));
    push(textProblem(`caseLawDetails.${i}.holding`, d.holding, 2, LIMITS.prose));
    if (!sourceIds.has(d.sourceId)) problems.push({ field: `caseLawDetails.${i}.sourceId`, message: `Fonte inesistente: ${d.sourceId}` });
  });
  const unknownSources = c.sourceIds.filter((id) => !sourceIds.has(id));
  if (unknownSources.length) problems.push({ field: 'sourceIds', message: `Fonti inesistenti: ${unknownSources.join(', ')}` });
  problems.push(...listProblems('keySteps', c.keySteps), ...listProblems('constraints', c.constraints), ...listProblems('caseLaw', c.caseLaw));
  const unknownAreas = c.areas.filter((a) => !isInstrumentArea(a));
  if (unknownAreas.length) problems.push({ field: 'areas', message: `Aree sconosciute: ${unknownAreas.join(', ')}` });
  const p = c.profile;
  problems.push(
    ...enumProblems('profile.counterpartKinds', p.counterpartKinds, CounterpartKind),
    ...enumProblems('profile.resourceFlows', p.resourceFlows, ResourceFlowKind),
    ...enumProblems('profile.aims', p.aims, InstrumentAim),
    ...enumProblems('profile.contentDefinitions', p.contentDefinitions, ContentDefinition),
  );
  if (p.counterpartKinds.length === 0) problems.push({ field: 'profile.counterpartKinds', message: 'Indica almeno un tipo di controparte' });
  if (p.aims.length === 0) problems.push({ field: 'profile.aims', message: 'Indica almeno uno scopo' });
  push(textProblem('profile.counterpartRule', p.counterpartRule, 3, LIMITS.item));
  if (p.areaLimitedByLaw && c.areas.length === 0) problems.push({ field: 'areas', message: 'Uno strumento limitato per legge a certe aree deve indicarle' });
  return problems;
}
