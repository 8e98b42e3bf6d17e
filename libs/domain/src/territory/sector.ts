/** The three families of organisations the Prologo names. Keys equal values: GraphQL exposes the keys. */
export enum Sector {
  PA = 'PA',
  ETS = 'ETS',
  OTHER = 'OTHER',
}

/** The seed data writes "other" in lower case; everything else uses the enum. */
export function parseSector(raw: string): Sector {
  const upper = raw.toUpperCase();
  if (upper === 'PA') return Sector.PA;
  if (upper === 'ETS') return Sector.ETS;
  if (upper === 'OTHER') return Sector.OTHER;
  throw new Error(`Settore sconosciuto: ${raw}`);
}
