/** Role of a person in one space. Keys equal values: GraphQL exposes the keys. */
export enum SpaceRole {
  COORDINATOR = 'COORDINATOR',
  MEMBER = 'MEMBER',
  OBSERVER = 'OBSERVER',
  /** A member of the Collegio dei Sindaci reviewing consolidated models. */
  REVIEWER = 'REVIEWER',
}

export enum SpaceKind {
  TAVOLO = 'TAVOLO',
  GRUPPO_DI_LAVORO = 'GRUPPO_DI_LAVORO',
  CABINA_DI_REGIA = 'CABINA_DI_REGIA',
  COORDINAMENTO = 'COORDINAMENTO',
  LABORATORIO = 'LABORATORIO',
  ORGANISMO = 'ORGANISMO',
}

export enum SpaceScope {
  PROVINCIALE = 'PROVINCIALE',
  ASST = 'ASST',
  DISTRETTO = 'DISTRETTO',
  AMBITO = 'AMBITO',
}

export enum SpaceVisibility {
  /** Only members see the space's content. */
  MEMBERS = 'MEMBERS',
  /** What the space publishes (minutes, approved models) is public. */
  PUBLIC = 'PUBLIC',
}

/** The seed data spells kinds in kebab case ("gruppo-di-lavoro"). */
export function parseSpaceKind(raw: string): SpaceKind {
  const key = raw.toUpperCase().replace(/-/g, '_') as keyof typeof SpaceKind;
  const kind = SpaceKind[key];
  if (!kind) throw new Error(`Tipo di spazio sconosciuto: ${raw}`);
  return kind;
}

export function parseSpaceScope(raw: string): SpaceScope {
  const key = raw.toUpperCase() as keyof typeof SpaceScope;
  const scope = SpaceScope[key];
  if (!scope) throw new Error(`Ambito territoriale sconosciuto: ${raw}`);
  return scope;
}
