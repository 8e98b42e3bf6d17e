export type Sector = 'PA' | 'ETS' | 'OTHER';

export const SECTORS: readonly Sector[] = ['PA', 'ETS', 'OTHER'];

export function isSector(value: string | null | undefined): value is Sector {
  return value === 'PA' || value === 'ETS' || value === 'OTHER';
}

export interface AmbitoRef {
  id: string;
  name: string;
}

export interface OrganizationRef {
  id: string;
  name: string;
}

export interface OrganizationSummary {
  id: string;
  name: string;
  sector: Sector;
  type: string;
  ambito: AmbitoRef | null;
}

export interface OrganizationDetail extends OrganizationSummary {
  fiscalCode: string | null;
  runtsNumber: string | null;
  parent: OrganizationRef | null;
  aliases: string[];
  notes: string | null;
}

export interface OrganizationFilter {
  sector?: Sector;
  type?: string;
  ambitoId?: string;
  search?: string;
}

export interface CreateOrganizationInput {
  name: string;
  sector: Sector;
  type: string;
  fiscalCode?: string | null;
  runtsNumber?: string | null;
  ambitoId?: string | null;
  parentId?: string | null;
  notes?: string | null;
}

export type UpdateOrganizationInput = Partial<CreateOrganizationInput>;
