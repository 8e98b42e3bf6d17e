/**
 * The kinds of counterpart a public body may deal with. ETS kinds first (ODV, APS, social
 * enterprises incl. type-A cooperatives, type-B cooperatives, other ETS), then the others.
 */
export enum CounterpartKind {
  ODV = 'ODV',
  APS = 'APS',
  SOCIAL_ENTERPRISE = 'SOCIAL_ENTERPRISE',
  COOP_B = 'COOP_B',
  OTHER_ETS = 'OTHER_ETS',
  BUSINESS = 'BUSINESS',
  PUBLIC_BODY = 'PUBLIC_BODY',
  CITIZENS = 'CITIZENS',
  PERSON = 'PERSON',
}

/** Every kind of Ente del Terzo Settore (social cooperatives are imprese sociali by law). */
export const ETS_KINDS: readonly CounterpartKind[] = [
  CounterpartKind.ODV, CounterpartKind.APS, CounterpartKind.SOCIAL_ENTERPRISE, CounterpartKind.COOP_B, CounterpartKind.OTHER_ETS,
];

/** The counterpart kinds as the guided choice asks about them. */
export const COUNTERPART_LABELS: Record<CounterpartKind, string> = {
  ODV: "Un'organizzazione di volontariato (ODV)",
  APS: "Un'associazione di promozione sociale (APS)",
  SOCIAL_ENTERPRISE: "Una cooperativa sociale di tipo A o un'altra impresa sociale",
  COOP_B: 'Una cooperativa sociale di tipo B (inserimento lavorativo)',
  OTHER_ETS: 'Un altro ente del Terzo settore (fondazione, rete associativa, ente filantropico…)',
  BUSINESS: 'Un operatore economico qualsiasi, anche non ETS',
  PUBLIC_BODY: "Un'altra pubblica amministrazione",
  CITIZENS: 'Cittadini attivi o gruppi informali',
  PERSON: 'La persona destinataria e la sua famiglia',
};

/** Short names of the counterpart kinds, for facets, lists and comparisons. */
export const COUNTERPART_NAMES: Record<CounterpartKind, string> = {
  ODV: 'ODV',
  APS: 'APS',
  SOCIAL_ENTERPRISE: 'Cooperativa sociale di tipo A o impresa sociale',
  COOP_B: 'Cooperativa sociale di tipo B',
  OTHER_ETS: 'Altro ente del Terzo settore',
  BUSINESS: 'Operatore economico non ETS',
  PUBLIC_BODY: 'Pubblica amministrazione',
  CITIZENS: 'Cittadini e gruppi informali',
  PERSON: 'Persona destinataria e famiglia',
};

/** How money (or its absence) moves between the public body and the counterpart. */
export enum ResourceFlowKind {
  PRICE = 'PRICE',
  COST_REIMBURSEMENT = 'COST_REIMBURSEMENT',
  CONTRIBUTION = 'CONTRIBUTION',
  VOUCHER = 'VOUCHER',
  OPERATING_REVENUE = 'OPERATING_REVENUE',
  NONE = 'NONE',
}

/** The resource flows as the guided choice asks about them. */
export const RESOURCE_FLOW_LABELS: Record<ResourceFlowKind, string> = {
  PRICE: "L'amministrazione paga un prezzo (corrispettivo) per il servizio",
  COST_REIMBURSEMENT: 'Solo il rimborso delle spese effettivamente sostenute e documentate',
  CONTRIBUTION: "Un contributo a un progetto, a fronte di costi rendicontati e con risorse proprie dell'ente",
  VOUCHER: 'La persona riceve un titolo (voucher, tariffa) e sceglie tra erogatori accreditati',
  OPERATING_REVENUE: 'Il gestore si ripaga con tariffe o rette e si assume il rischio operativo',
  NONE: "Nessun pagamento: al più l'uso di beni o spazi o supporti non monetari",
};

/** Short forms for lists and reasons. */
export const RESOURCE_FLOW_SHORT: Record<ResourceFlowKind, string> = {
  PRICE: 'corrispettivo',
  COST_REIMBURSEMENT: 'rimborso delle spese effettive',
  CONTRIBUTION: 'contributo a fronte di costi rendicontati',
  VOUCHER: 'titolo d’acquisto o tariffa per prestazione',
  OPERATING_REVENUE: 'ricavi di gestione con rischio operativo',
  NONE: 'nessun flusso economico',
};

/** What the public body wants to achieve. */
export enum InstrumentAim {
  READ_NEEDS = 'READ_NEEDS',
  DESIGN = 'DESIGN',
  RUN_SERVICE = 'RUN_SERVICE',
  SUPPORT_INITIATIVE = 'SUPPORT_INITIATIVE',
  USE_ASSET = 'USE_ASSET',
  INDIVIDUAL_PLAN = 'INDIVIDUAL_PLAN',
}

/** The aims as the guided choice asks about them. */
export const AIM_LABELS: Record<InstrumentAim, string> = {
  READ_NEEDS: 'Leggere i bisogni e definire priorità e risorse (programmazione)',
  DESIGN: 'Progettare insieme un intervento o un servizio',
  RUN_SERVICE: 'Far svolgere un servizio o un’attività',
  SUPPORT_INITIATIVE: "Sostenere un'iniziativa che l'ente avvia da sé",
  USE_ASSET: 'Affidare o curare un bene (immobile, spazio, bene culturale o comune)',
  INDIVIDUAL_PLAN: 'Costruire un progetto personalizzato per una persona',
};

/** Who defines the content of the service: the test practitioners apply (with "is anyone paid a price?"). */
export enum ContentDefinition {
  PA_DEFINES = 'PA_DEFINES',
  SHARED = 'SHARED',
  PARTNER_PROPOSES = 'PARTNER_PROPOSES',
}

/** Who defines the content, as the guided choice asks about it. */
export const CONTENT_LABELS: Record<ContentDefinition, string> = {
  PA_DEFINES: "L'amministrazione lo ha già definito (capitolato, standard)",
  SHARED: "Si definisce insieme e la controparte vi porta idee e risorse proprie",
  PARTNER_PROPOSES: 'Lo propone la controparte, di sua iniziativa',
};

/**
 * The attributes of an instrument that the guided choice reasons on. instruments.json carries
 * them only as prose, so they are derived once (see INSTRUMENT_PROFILES) and then edited with
 * the instrument. An empty list means "not constrained by this instrument".
 */
export interface ChoiceProfile {
  counterpartKinds: CounterpartKind[];
  /** The eligibility rule in a few words, quoted when a counterpart is refused. */
  counterpartRule: string;
  /** Empty: the flow follows the instrument used to engage the partners. */
  resourceFlows: ResourceFlowKind[];
  aims: InstrumentAim[];
  /** Empty: the question does not apply (agreements between administrations). */
  contentDefinitions: ContentDefinition[];
  /** Needs operators willing to compete or bear operating risk. */
  requiresMarketInterest: boolean;
  /** Reserved to the work integration of disadvantaged or disabled people. */
  requiresWorkIntegration: boolean;
  /** The law confines it to its areas (e.g. emergency transport), not just practice. */
  areaLimitedByLaw: boolean;
}
