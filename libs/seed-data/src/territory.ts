import territory from '../data/bergamo/territory.json';

/** A district of an ASST, as listed in the Prologo. */
export interface DistrettoSeed {
  id: string;
  number: number;
  name: string;
  ambiti: string[];
}

export interface AsstSeed {
  id: string;
  name: string;
  conferenzaDeiSindaci: { id: string; name: string };
  distretti: DistrettoSeed[];
}

export interface AmbitoSeed {
  id: string;
  name: string;
  aliases: string[];
  asstId: string;
  distrettoId: string;
  /** Municipalities exactly as printed in the source, in the source's order. */
  comuni: string[];
  comuniCount: number;
  /** Euros per year, as printed (two decimals). */
  fnpsQuotaPerYear: number;
  comuniSpellingNotes?: { asInSource: string; probableOfficialName: string }[];
}

export interface TerritoryTotalsSeed {
  assts: number;
  distretti: number;
  ambiti: number;
  comuni: number;
  fnpsQuotaSumComputed: number;
  fnpsTotalStatedInSource: number;
  fnpsNote: string;
  resourcesTriennio: number;
}

export interface TerritorySeed {
  province: string;
  assts: AsstSeed[];
  ambiti: AmbitoSeed[];
  totals: TerritoryTotalsSeed;
}

/** The Bergamo territory from the Prologo 2025-2027: 3 ASST, 9 distretti, 14 Ambiti, 242 comuni. */
export const bergamoTerritory: TerritorySeed = territory as TerritorySeed;
