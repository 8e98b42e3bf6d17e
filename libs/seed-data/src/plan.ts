import objectives from '../data/bergamo/objectives.json';
import tables from '../data/bergamo/tables.json';
import governance from '../data/bergamo/governance.json';

export interface ObjectiveActionSeed {
  year: number | null;
  years?: number[];
  text: string;
  setting?: string;
}

export interface ObjectiveSeed {
  id: string;
  /** "integrazione-sociosanitaria" or "sociale". */
  track: string;
  number: number;
  title: string;
  description: string;
  goals: string[];
  actions: ObjectiveActionSeed[];
  tools?: string[];
  monitoring?: string[];
  evaluation?: string[];
  governance?: { bodies?: string[] };
}

export interface TableSeed {
  id: string;
  name: string;
  /** "tavolo", "gruppo-di-lavoro", "cabina-di-regia", "coordinamento", "laboratorio", "organismo". */
  kind: string;
  objectiveIds: string[];
  /** "provinciale", "asst", "distretto", "ambito". */
  scope: string;
  ambitoId?: string;
  parentId?: string;
  purpose?: string;
  mandate?: string;
  outputs?: string[];
  memberOrgIds?: string[];
}

export interface GovernanceBodySeed {
  id: string;
  name: string;
  functions?: string[];
  composition?: string;
}

/** The 12 objectives of the Prologo with their 84 actions. */
export const bergamoObjectives: ObjectiveSeed[] = (objectives as unknown as { objectives: ObjectiveSeed[] }).objectives;

/** The 50 collegial bodies the Prologo names (tavoli, working groups, coordinations...). */
export const bergamoTables: TableSeed[] = (tables as unknown as { tables: TableSeed[] }).tables;

/** Governance bodies (Collegio dei Sindaci, Conferenze...). */
export const bergamoGovernance: GovernanceBodySeed[] = (governance as unknown as { bodies: GovernanceBodySeed[] }).bodies;
