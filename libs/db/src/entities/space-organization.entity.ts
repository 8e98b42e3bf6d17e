import { Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { OrganizationEntity } from './organization.entity';
import { SpaceEntity } from './space.entity';

/** An organisation the source documents name as a member of a body (no people attached). */
@Entity({ name: 'space_organization' })
export class SpaceOrganizationEntity {
  @PrimaryColumn({ name: 'space_id', type: 'text' })
  spaceId!: string;

  @PrimaryColumn({ name: 'organization_id', type: 'text' })
  organizationId!: string;

  @ManyToOne(() => SpaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'space_id' })
  space!: Relation<SpaceEntity>;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization!: Relation<OrganizationEntity>;
}
