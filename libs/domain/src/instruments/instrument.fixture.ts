import { type Instrument, InstrumentFamily, InstrumentPhase } from './instrument';
import { INSTRUMENT_AREAS, seedProfile } from './instrument-profiles';

/**
 * A hand-made instrument for specs: the real guided-choice profile of `id`, the given family and
 * areas, and placeholder prose. Specs outside the domain use the real catalogue instead.
 */
export function fixtureInstrument(id: string, family: InstrumentFamily, overrides: Partial<Instrument> = {}): Instrument {
  return {
    id,
    name: id,
    family,
    phases: [InstrumentPhase.ASSIGNMENT],
    legalBasis: [{ act: 'D.Lgs. 117/2017', article: 'art. 55', sourceId: 'src-cts' }],
    counterparts: 'Testo sulle controparti',
    counterpartsUnverified: false,
    resourceFlow: 'Testo sul flusso di risorse',
    resourceFlowUnverified: false,
    summary: 'Una sintesi di prova',
    whenToUse: 'Quando serve, in prova',
    keySteps: [],
    constraints: [],
    caseLaw: [],
    caseLawDetails: [],
    areas: [...INSTRUMENT_AREAS.filter((a) => a !== 'emergenza sanitaria')],
    sourceIds: [],
    unverified: false,
    unverifiedNote: null,
    regionalNote: null,
    note: null,
    profile: seedProfile(id),
    ...overrides,
  };
}

const { COLLABORATIVE, COMPETITIVE, GRANT, AGREEMENT, AUTHORIZATION } = InstrumentFamily;

/** A small catalogue with one or more instruments of every family, in the order of instruments.json. */
export function fixtureCatalogue(): Instrument[] {
  return [
    fixtureInstrument('co-programmazione', COLLABORATIVE, { phases: [InstrumentPhase.PROGRAMMING] }),
    fixtureInstrument('co-progettazione', COLLABORATIVE),
    fixtureInstrument('convenzioni-odv-aps', COLLABORATIVE, { areas: ['anziani', 'disabilità', 'inclusione sociale', 'minori e famiglie', 'cultura e coesione sociale'] }),
    fixtureInstrument('trasporto-sanitario-emergenza-urgenza', COLLABORATIVE, { areas: ['emergenza sanitaria'] }),
    fixtureInstrument('appalto-servizi-sociali', COMPETITIVE),
    fixtureInstrument('appalto-riservato-inserimento-lavorativo', COMPETITIVE, { areas: ['lavoro', 'disabilità', 'inclusione sociale', 'dipendenze'] }),
    fixtureInstrument('convenzione-cooperative-sociali-tipo-b', COMPETITIVE, { areas: ['lavoro', 'inclusione sociale', 'disabilità', 'dipendenze'] }),
    fixtureInstrument('contributi-sovvenzioni', GRANT),
    fixtureInstrument('accordi-tra-amministrazioni', AGREEMENT),
    fixtureInstrument('partecipazione-terzo-settore-piano-di-zona', COLLABORATIVE),
    fixtureInstrument('accreditamento-unita-offerta', AUTHORIZATION, { unverified: true, unverifiedNote: 'articolo da verificare' }),
    fixtureInstrument('titoli-sociali-voucher', AUTHORIZATION),
    fixtureInstrument('budget-di-salute', COLLABORATIVE, { areas: ['salute mentale', 'dipendenze', 'disabilità', 'casa e abitare', 'lavoro'] }),
  ];
}
