import {
  type ChoiceProfile, ContentDefinition as C, CounterpartKind as K, ETS_KINDS, InstrumentAim as A, ResourceFlowKind as F,
} from './choice-profile';

/** The welfare areas the catalogue uses, as written in instruments.json; experiences use the same words. */
export const INSTRUMENT_AREAS = [
  'inclusione sociale',
  'povertà',
  'minori e famiglie',
  'disabilità',
  'anziani',
  'non autosufficienza',
  'casa e abitare',
  'lavoro',
  'giovani',
  'salute mentale',
  'dipendenze',
  'immigrazione',
  'cultura e coesione sociale',
  'emergenza sanitaria',
] as const;

const ETS = [...ETS_KINDS];

function profile(p: Partial<ChoiceProfile> & Pick<ChoiceProfile, 'counterpartKinds' | 'counterpartRule' | 'aims'>): ChoiceProfile {
  return {
    resourceFlows: [],
    contentDefinitions: [],
    requiresMarketInterest: false,
    requiresWorkIntegration: false,
    areaLimitedByLaw: false,
    ...p,
  };
}

/**
 * The guided choice's view of each instrument of instruments.json, keyed by instrument id.
 * The JSON states counterparts and resource flows only in prose; this table turns that prose
 * (and instruments-notes.md) into the closed values the rules compare. It seeds the database;
 * editors may then change an instrument's profile like any other attribute.
 *
 * Deliberate readings, so a reviewer can disagree precisely:
 * - Social cooperatives count as ETS (they are imprese sociali by law, D.Lgs. 112/2017 art. 1 c. 4).
 * - The competitive instruments are open to operators that run a business: not to ODV/APS,
 *   whose activity rests on volunteers and whose commercial activity can only be secondary.
 * - Co-progettazione may be paid as contributions or as reimbursement of reported costs; never a price.
 * - Budget di salute, progetto di vita and cooperative di comunità carry no flow of their own:
 *   the flow follows the instrument used to engage the partners (empty list = not constrained).
 * - Agreements between administrations do not answer "who defines the content" (empty list).
 * - Accreditation and vouchers presuppose several providers to choose among (market interest);
 *   public providers are left out of accreditation on purpose, to keep "another PA" pointing
 *   at the agreements between administrations.
 */
export const INSTRUMENT_PROFILES: Readonly<Record<string, ChoiceProfile>> = {
  'co-programmazione': profile({
    counterpartKinds: ETS,
    counterpartRule: 'ETS di qualsiasi tipologia iscritti al RUNTS',
    resourceFlows: [F.NONE],
    aims: [A.READ_NEEDS],
    contentDefinitions: [C.SHARED, C.PARTNER_PROPOSES],
  }),
  'co-progettazione': profile({
    counterpartKinds: ETS,
    counterpartRule: 'solo ETS iscritti al RUNTS (gli altri soggetti al più come sostenitori)',
    resourceFlows: [F.CONTRIBUTION, F.COST_REIMBURSEMENT],
    aims: [A.DESIGN, A.RUN_SERVICE],
    contentDefinitions: [C.SHARED, C.PARTNER_PROPOSES],
  }),
  'accreditamento-co-progettazione': profile({
    counterpartKinds: ETS,
    counterpartRule: "ETS con i requisiti dell'avviso, iscritti in un elenco aperto",
    resourceFlows: [F.CONTRIBUTION, F.COST_REIMBURSEMENT],
    aims: [A.DESIGN, A.RUN_SERVICE],
    contentDefinitions: [C.SHARED],
  }),
  'convenzioni-odv-aps': profile({
    counterpartKinds: [K.ODV, K.APS],
    counterpartRule: 'solo ODV e APS iscritte al RUNTS da almeno sei mesi',
    resourceFlows: [F.COST_REIMBURSEMENT],
    aims: [A.RUN_SERVICE],
    contentDefinitions: [C.PA_DEFINES, C.SHARED],
  }),
  'trasporto-sanitario-emergenza-urgenza': profile({
    counterpartKinds: [K.ODV],
    counterpartRule: 'solo ODV iscritte al RUNTS da almeno sei mesi, aderenti a una rete associativa e accreditate',
    resourceFlows: [F.COST_REIMBURSEMENT],
    aims: [A.RUN_SERVICE],
    contentDefinitions: [C.PA_DEFINES],
    areaLimitedByLaw: true,
  }),
  'appalto-servizi-sociali': profile({
    counterpartKinds: [K.SOCIAL_ENTERPRISE, K.COOP_B, K.OTHER_ETS, K.BUSINESS],
    counterpartRule: "operatori economici (imprese, cooperative sociali, consorzi, ETS che svolgono attività d'impresa)",
    resourceFlows: [F.PRICE],
    aims: [A.RUN_SERVICE],
    contentDefinitions: [C.PA_DEFINES],
  }),
  'appalto-riservato-inserimento-lavorativo': profile({
    counterpartKinds: [K.COOP_B, K.OTHER_ETS, K.BUSINESS],
    counterpartRule: 'operatori economici e cooperative sociali con almeno il 30% di lavoratori con disabilità o svantaggiati',
    resourceFlows: [F.PRICE, F.OPERATING_REVENUE],
    aims: [A.RUN_SERVICE],
    contentDefinitions: [C.PA_DEFINES],
    requiresWorkIntegration: true,
  }),
  'convenzione-cooperative-sociali-tipo-b': profile({
    counterpartKinds: [K.COOP_B],
    counterpartRule: "solo cooperative sociali di tipo B iscritte all'albo regionale e loro consorzi",
    resourceFlows: [F.PRICE],
    aims: [A.RUN_SERVICE],
    contentDefinitions: [C.PA_DEFINES],
    requiresWorkIntegration: true,
  }),
  'partenariato-pubblico-privato-finanza-di-progetto': profile({
    counterpartKinds: [K.SOCIAL_ENTERPRISE, K.COOP_B, K.OTHER_ETS, K.BUSINESS],
    counterpartRule: 'operatori economici con capacità imprenditoriale e finanziaria, anche ETS',
    resourceFlows: [F.OPERATING_REVENUE],
    aims: [A.RUN_SERVICE, A.USE_ASSET],
    contentDefinitions: [C.PA_DEFINES, C.PARTNER_PROPOSES],
    requiresMarketInterest: true,
  }),
  'contributi-sovvenzioni': profile({
    counterpartKinds: [...ETS, K.CITIZENS],
    counterpartRule: "enti e associazioni secondo il regolamento dell'ente, anche non iscritti al RUNTS",
    resourceFlows: [F.CONTRIBUTION],
    aims: [A.SUPPORT_INITIATIVE],
    contentDefinitions: [C.PARTNER_PROPOSES],
  }),
  'sostegno-progetti-art-72-73-cts': profile({
    counterpartKinds: [K.ODV, K.APS, K.OTHER_ETS],
    counterpartRule: 'ODV, APS e fondazioni del Terzo settore iscritte al RUNTS',
    resourceFlows: [F.CONTRIBUTION],
    aims: [A.SUPPORT_INITIATIVE],
    contentDefinitions: [C.PARTNER_PROPOSES],
  }),
  'concessione-beni-immobili-ets': profile({
    counterpartKinds: ETS,
    counterpartRule: "ETS (in comodato esclusa l'impresa sociale; a canone agevolato per attività culturali e di riqualificazione)",
    resourceFlows: [F.NONE],
    aims: [A.USE_ASSET],
    contentDefinitions: [C.PARTNER_PROPOSES, C.SHARED],
  }),
  'accordi-tra-amministrazioni': profile({
    counterpartKinds: [K.PUBLIC_BODY],
    counterpartRule: 'solo amministrazioni pubbliche: gli ETS non sono parti',
    resourceFlows: [F.NONE, F.COST_REIMBURSEMENT],
    aims: [A.READ_NEEDS, A.RUN_SERVICE],
  }),
  'accordo-di-programma': profile({
    counterpartKinds: [K.PUBLIC_BODY],
    counterpartRule: 'amministrazioni pubbliche; i privati solo per adesione o se una norma lo prevede',
    resourceFlows: [F.NONE],
    aims: [A.READ_NEEDS, A.RUN_SERVICE],
  }),
  'accordo-di-programma-piano-di-zona': profile({
    counterpartKinds: [K.PUBLIC_BODY],
    counterpartRule: "Comuni dell'Ambito, ATS e ASST; il Terzo settore partecipa al percorso e può aderire",
    resourceFlows: [F.NONE],
    aims: [A.READ_NEEDS],
  }),
  'partecipazione-terzo-settore-piano-di-zona': profile({
    counterpartKinds: [...ETS, K.BUSINESS, K.CITIZENS],
    counterpartRule: 'ETS, sindacati, altri soggetti privati del sociale, rappresentanze di cittadini e utenti',
    resourceFlows: [F.NONE],
    aims: [A.READ_NEEDS],
    contentDefinitions: [C.SHARED],
  }),
  'accreditamento-unita-offerta': profile({
    counterpartKinds: [K.SOCIAL_ENTERPRISE, K.COOP_B, K.OTHER_ETS, K.BUSINESS],
    counterpartRule: 'gestori pubblici o privati, profit o non profit, con i requisiti',
    resourceFlows: [F.VOUCHER, F.PRICE],
    aims: [A.RUN_SERVICE],
    contentDefinitions: [C.PA_DEFINES],
    requiresMarketInterest: true,
  }),
  'titoli-sociali-voucher': profile({
    counterpartKinds: [K.PERSON, K.SOCIAL_ENTERPRISE, K.COOP_B, K.OTHER_ETS, K.BUSINESS],
    counterpartRule: 'la persona o la famiglia beneficiaria, che sceglie tra enti gestori accreditati',
    resourceFlows: [F.VOUCHER],
    aims: [A.RUN_SERVICE],
    contentDefinitions: [C.PA_DEFINES],
    requiresMarketInterest: true,
  }),
  'patti-di-collaborazione-beni-comuni': profile({
    counterpartKinds: [K.CITIZENS, ...ETS],
    counterpartRule: 'cittadini attivi singoli o associati, gruppi informali, ETS',
    resourceFlows: [F.NONE, F.COST_REIMBURSEMENT],
    aims: [A.USE_ASSET, A.SUPPORT_INITIATIVE],
    contentDefinitions: [C.SHARED, C.PARTNER_PROPOSES],
  }),
  'partenariato-speciale-beni-culturali': profile({
    counterpartKinds: [...ETS, K.BUSINESS],
    counterpartRule: 'soggetti privati, profit o non profit, ETS compresi',
    resourceFlows: [F.NONE],
    aims: [A.USE_ASSET, A.DESIGN],
    contentDefinitions: [C.SHARED, C.PARTNER_PROPOSES],
  }),
  'cooperative-di-comunita': profile({
    counterpartKinds: [K.SOCIAL_ENTERPRISE, K.COOP_B, K.BUSINESS, K.CITIZENS],
    counterpartRule: "cooperative di comunità iscritte all'albo (di produzione e lavoro, di utenza, sociali o miste)",
    aims: [A.DESIGN, A.RUN_SERVICE],
    contentDefinitions: [C.SHARED],
  }),
  'budget-di-salute': profile({
    counterpartKinds: [K.PERSON, K.PUBLIC_BODY, ...ETS],
    counterpartRule: "la persona e la famiglia, l'ASST e i servizi dell'Ambito, con ETS ed enti gestori come partner",
    aims: [A.INDIVIDUAL_PLAN],
    contentDefinitions: [C.SHARED],
  }),
  'progetto-di-vita-budget-di-progetto': profile({
    counterpartKinds: [K.PERSON, K.PUBLIC_BODY, ...ETS],
    counterpartRule: "la persona con disabilità e la famiglia, Comuni/Ambito e ASST, con ETS e associazioni",
    aims: [A.INDIVIDUAL_PLAN],
    contentDefinitions: [C.SHARED],
    areaLimitedByLaw: true,
  }),
};

/** The seed profile of an instrument; throws for an id the table does not know (caught by a test). */
export function seedProfile(instrumentId: string): ChoiceProfile {
  const found = INSTRUMENT_PROFILES[instrumentId];
  if (!found) throw new Error(`Nessun profilo per lo strumento ${instrumentId}: aggiungerlo a INSTRUMENT_PROFILES`);
  return structuredClone(found);
}
