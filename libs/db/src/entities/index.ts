import { AmbitoEntity, AsstEntity, ComuneEntity, DistrettoEntity, ProvinceEntity } from './territory.entities';
import { OrganizationEntity } from './organization.entity';
import { OrganizationMembershipEntity, SessionEntity, UserEntity, UserTokenEntity } from './identity.entities';
import { AuditEventEntity, OutboxEmailEntity } from './platform.entities';

export * from './territory.entities';
export * from './organization.entity';
export * from './identity.entities';
export * from './platform.entities';

/** Every entity of the schema, for the data source. */
export const ENTITIES = [
  ProvinceEntity, AsstEntity, DistrettoEntity, AmbitoEntity, ComuneEntity, OrganizationEntity,
  UserEntity, OrganizationMembershipEntity, SessionEntity, UserTokenEntity, OutboxEmailEntity, AuditEventEntity,
];
