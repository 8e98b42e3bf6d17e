import type { FieldProblem } from '../errors/app-error';
import {
  AIM_LABELS, CONTENT_LABELS, ContentDefinition, COUNTERPART_LABELS, CounterpartKind, InstrumentAim, RESOURCE_FLOW_LABELS,
  RESOURCE_FLOW_SHORT, ResourceFlowKind,
} from './choice-profile';
import { type Instrument, InstrumentFamily } from './instrument';
import { INSTRUMENT_AREAS } from './instrument-profiles';

/** The questions of the guided choice, in the order they are asked. */
export type GuidedQuestionId = 'counterpart' | 'aim' | 'money' | 'content' | 'market' | 'workIntegration' | 'area';

/** One possible answer to a question. */
export interface GuidedOption {
  id: string;
  label: string;
}

/** One question, as data: the web renders it, the API validates answers against it. */
export interface GuidedQuestion {
  id: GuidedQuestionId;
  text: string;
  help: string;
  options: GuidedOption[];
}

/** Answer to the yes/no questions (market interest, work integration). */
export type YesNo = 'YES' | 'NO';

/** The answers given so far; a missing answer excludes nothing. */
export interface GuidedAnswers {
  counterpart?: CounterpartKind;
  aim?: InstrumentAim;
  money?: ResourceFlowKind;
  content?: ContentDefinition;
  market?: YesNo;
  workIntegration?: YesNo;
  area?: string;
}

/** The verdict on one instrument. */
export enum SuggestionStatus {
  SUGGESTED = 'SUGGESTED',
  EXCLUDED = 'EXCLUDED',
}

/** An answer and what it did to one instrument, in Italian. */
export interface ChoiceReason {
  questionId: GuidedQuestionId;
  optionId: string;
  text: string;
}

/** The verdict on one instrument: suggested with the answers that led there, or excluded with the rules that excluded it. */
export interface InstrumentSuggestion<T extends Instrument = Instrument> {
  instrument: T;
  status: SuggestionStatus;
  /** Higher fits better; only meaningful among suggestions. */
  score: number;
  because: ChoiceReason[];
  excludedBecause: ChoiceReason[];
  /** What to check before using it: unanswered preconditions, known risks. */
  cautions: string[];
}

const options = <T extends string>(labels: Record<T, string>): GuidedOption[] =>
  (Object.keys(labels) as T[]).map((id) => ({ id, label: labels[id] }));

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const GUIDED_QUESTIONS: readonly GuidedQuestion[] = [
  {
    id: 'counterpart',
    text: 'Chi è la controparte?',
    help: "Con chi l'amministrazione vuole lavorare, o chi si è fatto avanti.",
    options: options(COUNTERPART_LABELS),
  },
  {
    id: 'aim',
    text: 'Qual è lo scopo?',
    help: 'Leggere i bisogni, progettare un intervento, farlo svolgere, sostenere un’iniziativa altrui…',
    options: options(AIM_LABELS),
  },
  {
    id: 'money',
    text: "C'è un prezzo, un rimborso delle spese o un contributo?",
    help: 'Come circolano le risorse tra l’amministrazione e la controparte.',
    options: options(RESOURCE_FLOW_LABELS),
  },
  {
    id: 'content',
    text: 'Chi definisce il contenuto del servizio o del progetto?',
    help: "La prova dei pratici: se l'amministrazione fissa il servizio e paga un prezzo, è un appalto qualunque sia il nome.",
    options: options(CONTENT_LABELS),
  },
  {
    id: 'market',
    text: "C'è un interesse di mercato?",
    help: 'Operatori economici interessati a competere per il servizio o ad assumersene il rischio di gestione.',
    options: [
      { id: 'YES', label: 'Sì: più operatori potrebbero offrirlo, o gestirlo a proprio rischio' },
      { id: 'NO', label: 'No: attività di interesse generale senza un mercato contendibile' },
    ],
  },
  {
    id: 'workIntegration',
    text: "L'obiettivo principale è l'inserimento lavorativo di persone svantaggiate o con disabilità?",
    help: 'Appalti riservati e convenzioni con cooperative di tipo B esistono solo per questo.',
    options: [
      { id: 'YES', label: 'Sì' },
      { id: 'NO', label: 'No' },
    ],
  },
  {
    id: 'area',
    text: 'In quale area di welfare?',
    help: 'Alcuni strumenti valgono per legge solo in certe aree.',
    options: INSTRUMENT_AREAS.map((a) => ({ id: a, label: capitalised(a) })),
  },
];

/**
 * Reads answers given as (question, option) pairs, as the web sends them. Unknown questions or
 * options and a question answered twice come back as problems, one per pair.
 */
export function readGuidedAnswers(pairs: { questionId: string; optionId: string }[]): { answers: GuidedAnswers; problems: FieldProblem[] } {
  const answers: Record<string, string> = {};
  const problems: FieldProblem[] = [];
  pairs.forEach(({ questionId, optionId }, i) => {
    const question = GUIDED_QUESTIONS.find((q) => q.id === questionId);
    if (!question) {
      problems.push({ field: `answers.${i}.questionId`, message: `Domanda sconosciuta: ${questionId}` });
    } else if (!question.options.some((o) => o.id === optionId)) {
      problems.push({ field: `answers.${i}.optionId`, message: `Risposta non prevista per «${question.text}»: ${optionId}` });
    } else if (questionId in answers) {
      problems.push({ field: `answers.${i}.questionId`, message: `Domanda con più di una risposta: ${questionId}` });
    } else {
      answers[questionId] = optionId;
    }
  });
  return { answers: answers as GuidedAnswers, problems };
}

const COUNTERPART_SHORT: Record<CounterpartKind, string> = {
  ODV: "un'ODV",
  APS: "un'APS",
  SOCIAL_ENTERPRISE: "una cooperativa sociale di tipo A o un'impresa sociale",
  COOP_B: 'una cooperativa sociale di tipo B',
  OTHER_ETS: 'un altro ente del Terzo settore',
  BUSINESS: 'un operatore economico non ETS',
  PUBLIC_BODY: "un'altra pubblica amministrazione",
  CITIZENS: 'cittadini o gruppi informali',
  PERSON: 'la persona destinataria',
};

const AIM_SHORT: Record<InstrumentAim, string> = {
  READ_NEEDS: 'leggere i bisogni e programmare',
  DESIGN: 'progettare insieme',
  RUN_SERVICE: 'far svolgere un servizio',
  SUPPORT_INITIATIVE: "sostenere un'iniziativa della controparte",
  USE_ASSET: 'affidare o curare un bene',
  INDIVIDUAL_PLAN: 'costruire un progetto personalizzato',
};

const CONTENT_SHORT: Record<ContentDefinition, string> = {
  PA_DEFINES: "lo definisce l'amministrazione",
  SHARED: 'si definisce insieme',
  PARTNER_PROPOSES: 'lo propone la controparte',
};

const SHARED_ADMINISTRATION = new Set([InstrumentFamily.COLLABORATIVE, InstrumentFamily.GRANT]);
const MARKET_LOGIC = new Set([InstrumentFamily.COMPETITIVE, InstrumentFamily.AUTHORIZATION]);

function orList(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} o ${items.at(-1)}`;
}

/** What one answer does to one instrument. */
type Verdict =
  | { kind: 'match'; text: string; weight: number }
  | { kind: 'exclude'; text: string }
  | { kind: 'neutral'; caution?: string };

/** Matching a narrow attribute (e.g. "only ODV and APS") says more than matching a broad one. */
const narrow = (size: number) => 1 + 1 / Math.max(size, 1);

function counterpartRule(i: Instrument, answer: CounterpartKind): Verdict {
  const { counterpartKinds, counterpartRule: rule } = i.profile;
  if (counterpartKinds.length === 0) return { kind: 'neutral' };
  const who = COUNTERPART_SHORT[answer];
  return counterpartKinds.includes(answer)
    ? { kind: 'match', text: `La controparte (${who}) è ammessa: ${rule}.`, weight: narrow(counterpartKinds.length) }
    : { kind: 'exclude', text: `La controparte (${who}) non è ammessa: ${rule}.` };
}

function aimRule(i: Instrument, answer: InstrumentAim): Verdict {
  const { aims } = i.profile;
  if (aims.length === 0) return { kind: 'neutral' };
  return aims.includes(answer)
    ? { kind: 'match', text: `Serve per ${AIM_SHORT[answer]}.`, weight: narrow(aims.length) }
    : { kind: 'exclude', text: `Serve per ${orList(aims.map((a) => AIM_SHORT[a]))}, non per ${AIM_SHORT[answer]}.` };
}

function moneyRule(i: Instrument, answer: ResourceFlowKind): Verdict {
  const flows = i.profile.resourceFlows;
  if (flows.length === 0) {
    return { kind: 'neutral', caution: 'Le risorse seguono lo strumento con cui si coinvolgono i partner: sceglierlo a parte.' };
  }
  if (flows.includes(answer)) {
    return { kind: 'match', text: `Prevede come risorse: ${RESOURCE_FLOW_SHORT[answer]}.`, weight: narrow(flows.length) };
  }
  let why = '';
  if (answer === ResourceFlowKind.PRICE && SHARED_ADMINISTRATION.has(i.family)) {
    why = ' Un corrispettivo rende il rapporto un appalto, qualunque sia il nome (Cons. Stato 4540/2024).';
  } else if (i.family === InstrumentFamily.COMPETITIVE && answer !== ResourceFlowKind.OPERATING_REVENUE) {
    why = " Senza corrispettivo non c'è un contratto pubblico: è il campo dell'amministrazione condivisa o dei contributi.";
  }
  return { kind: 'exclude', text: `Prevede come risorse: ${orList(flows.map((f) => RESOURCE_FLOW_SHORT[f]))}, non «${RESOURCE_FLOW_SHORT[answer]}».${why}` };
}

function contentRule(i: Instrument, answer: ContentDefinition): Verdict {
  const allowed = i.profile.contentDefinitions;
  if (allowed.length === 0) return { kind: 'neutral' };
  if (allowed.includes(answer)) {
    return { kind: 'match', text: `Il contenuto ${CONTENT_SHORT[answer]}, come lo strumento presuppone.`, weight: narrow(allowed.length) };
  }
  let text = `Lo strumento presuppone che il contenuto ${orList(allowed.map((c) => CONTENT_SHORT[c]))}, non che ${CONTENT_SHORT[answer]}.`;
  if (answer === ContentDefinition.PA_DEFINES && i.family === InstrumentFamily.COLLABORATIVE) {
    text = "Nell'amministrazione condivisa la controparte deve concorrere davvero al contenuto: se lo fissa l'amministrazione, il rapporto è un acquisto (Cons. Stato 4540/2024).";
  } else if (answer === ContentDefinition.PA_DEFINES && i.profile.resourceFlows.includes(ResourceFlowKind.CONTRIBUTION)) {
    text = "Il contributo sostiene un'attività di iniziativa del beneficiario: se l'amministrazione ne fissa il contenuto e la riceve come prestazione, è un appalto.";
  } else if (MARKET_LOGIC.has(i.family) && answer !== ContentDefinition.PA_DEFINES) {
    text = "Qui il contenuto lo fissa l'amministrazione (capitolato, requisiti di accreditamento); un contenuto costruito con la controparte porta all'amministrazione condivisa (art. 55 CTS).";
  }
  return { kind: 'exclude', text };
}

function marketRule(i: Instrument, answer: YesNo): Verdict {
  const requires = i.profile.requiresMarketInterest;
  if (answer === 'NO') {
    if (requires) return { kind: 'exclude', text: 'Presuppone operatori interessati a gestire a proprio rischio o più erogatori tra cui scegliere: senza mercato non funziona.' };
    if (i.family === InstrumentFamily.COLLABORATIVE) {
      return { kind: 'match', text: "Senza un mercato contendibile, l'amministrazione condivisa è la via naturale.", weight: 0.5 };
    }
    if (i.family === InstrumentFamily.COMPETITIVE) return { kind: 'neutral', caution: 'Senza operatori interessati la gara rischia di andare deserta.' };
    return { kind: 'neutral' };
  }
  if (requires) return { kind: 'match', text: "C'è l'interesse di mercato che lo strumento presuppone.", weight: 1 };
  if (i.family === InstrumentFamily.COMPETITIVE) return { kind: 'match', text: 'Con un mercato contendibile la via competitiva è quella ordinaria.', weight: 0.5 };
  if (i.family === InstrumentFamily.COLLABORATIVE) {
    return {
      kind: 'neutral',
      caution: "C'è interesse di mercato: motivare la scelta dell'amministrazione condivisa e la coerenza con la programmazione (TAR Abruzzo 368/2023).",
    };
  }
  return { kind: 'neutral' };
}

function workIntegrationRule(i: Instrument, answer: YesNo): Verdict {
  if (!i.profile.requiresWorkIntegration) return { kind: 'neutral' };
  return answer === 'YES'
    ? { kind: 'match', text: "È pensato per l'inserimento lavorativo di persone svantaggiate o con disabilità.", weight: 2 }
    : { kind: 'exclude', text: "È riservato a progetti di inserimento lavorativo di persone svantaggiate o con disabilità." };
}

function areaRule(i: Instrument, answer: string): Verdict {
  if (i.areas.includes(answer)) return { kind: 'match', text: `Si usa nell'area «${answer}».`, weight: narrow(i.areas.length) };
  if (i.profile.areaLimitedByLaw) return { kind: 'exclude', text: `La legge lo limita a: ${i.areas.join(', ')}; non all'area «${answer}».` };
  return { kind: 'neutral', caution: `Le fonti non ne riportano l'uso nell'area «${answer}».` };
}

/** Preconditions the person has not confirmed yet: a caution and a lower rank, never an exclusion. */
function unconfirmed(i: Instrument, answers: GuidedAnswers): string[] {
  const out: string[] = [];
  if (i.profile.requiresWorkIntegration && !answers.workIntegration) {
    out.push("Da verificare: è riservato all'inserimento lavorativo di persone svantaggiate o con disabilità.");
  }
  if (i.profile.requiresMarketInterest && !answers.market) {
    out.push('Da verificare: presuppone operatori interessati (rischio di gestione o scelta tra più erogatori).');
  }
  if (i.profile.areaLimitedByLaw && !answers.area) out.push(`Da verificare: la legge lo limita a ${i.areas.join(', ')}.`);
  return out;
}

/**
 * The guided choice: for every instrument of the catalogue, either suggested (with the answers
 * that led there) or excluded (with every rule that excluded it), in Italian. Suggestions come
 * first, best fit first; then exclusions, the nearest misses first. Unanswered questions
 * exclude nothing; catalogue order breaks ties.
 */
export function suggestInstruments<T extends Instrument>(catalogue: T[], answers: GuidedAnswers): InstrumentSuggestion<T>[] {
  const results = catalogue.map((instrument, position) => {
    const verdicts: [GuidedQuestionId, string, Verdict][] = [];
    if (answers.counterpart) verdicts.push(['counterpart', answers.counterpart, counterpartRule(instrument, answers.counterpart)]);
    if (answers.aim) verdicts.push(['aim', answers.aim, aimRule(instrument, answers.aim)]);
    if (answers.money) verdicts.push(['money', answers.money, moneyRule(instrument, answers.money)]);
    if (answers.content) verdicts.push(['content', answers.content, contentRule(instrument, answers.content)]);
    if (answers.market) verdicts.push(['market', answers.market, marketRule(instrument, answers.market)]);
    if (answers.workIntegration) verdicts.push(['workIntegration', answers.workIntegration, workIntegrationRule(instrument, answers.workIntegration)]);
    if (answers.area) verdicts.push(['area', answers.area, areaRule(instrument, answers.area)]);

    const because: ChoiceReason[] = [];
    const excludedBecause: ChoiceReason[] = [];
    const cautions: string[] = [];
    let score = 0;
    for (const [questionId, optionId, v] of verdicts) {
      if (v.kind === 'match') {
        because.push({ questionId, optionId, text: v.text });
        score += v.weight;
      } else if (v.kind === 'exclude') {
        excludedBecause.push({ questionId, optionId, text: v.text });
      } else if (v.caution) {
        cautions.push(v.caution);
      }
    }
    const open = unconfirmed(instrument, answers);
    score -= open.length;
    cautions.push(...open);
    if (instrument.unverified) cautions.push(`Dati da verificare: ${(instrument.unverifiedNote ?? 'non confermati nelle fonti consultate').replace(/\.$/, '')}.`);
    const status = excludedBecause.length > 0 ? SuggestionStatus.EXCLUDED : SuggestionStatus.SUGGESTED;
    return { suggestion: { instrument, status, score: Math.round(score * 100) / 100, because, excludedBecause, cautions }, position, open: open.length };
  });
  const rank = (r: (typeof results)[number]) => (r.suggestion.status === SuggestionStatus.SUGGESTED ? 0 : 1);
  results.sort((a, b) =>
    rank(a) - rank(b)
    || (rank(a) === 0 ? b.suggestion.score - a.suggestion.score : a.suggestion.excludedBecause.length - b.suggestion.excludedBecause.length)
    || a.open - b.open
    || a.position - b.position);
  return results.map((r) => r.suggestion);
}
