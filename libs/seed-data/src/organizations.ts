import organizations from '../data/bergamo/organizations.json';

export interface OrganizationSeed {
  id: string;
  name: string;
  /** "PA", "ETS" or "other", as in the source data. */
  sector: string;
  type: string;
  aliases?: string[];
  parentId?: string;
  ambitoId?: string;
  notes?: string;
  status?: string;
}

/** The 69 organisations named in the Prologo and in the Dalmine sheet. */
export const bergamoOrganizations: OrganizationSeed[] = (organizations as { organizations: OrganizationSeed[] })
  .organizations;
