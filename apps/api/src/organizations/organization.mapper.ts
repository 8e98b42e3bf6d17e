import type { OrganizationEntity } from '@condivisa/db';
import { Sector } from '@condivisa/domain';
import type { Organization } from './organization.model';

export function toOrganization(e: OrganizationEntity): Organization {
  return {
    id: e.id,
    name: e.name,
    sector: e.sector as Sector,
    type: e.type,
    fiscalCode: e.fiscalCode,
    runtsNumber: e.runtsNumber,
    aliases: e.aliases,
    notes: e.notes,
    ambitoId: e.ambitoId,
    parentId: e.parentId,
  };
}
