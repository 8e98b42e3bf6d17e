import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { OrganizationEntity } from './organization.entity';
import { SpaceEntity } from './space.entity';
import { UserEntity } from './user.entity';

export type SpaceRoleValue = 'COORDINATOR' | 'MEMBER' | 'OBSERVER' | 'REVIEWER';

/** A person representing an organisation in a space, with a role. One membership per person and space. */
@Entity({ name: 'space_member' })
@Index('uq_space_member', ['spaceId', 'userId'], { unique: true })
@Index('idx_space_member_user', ['userId'])
export class SpaceMemberEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'space_id', type: 'text' })
  spaceId!: string;

  @ManyToOne(() => SpaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'space_id' })
  space!: Relation<SpaceEntity>;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user!: Relation<UserEntity>;

  @Column({ name: 'organization_id', type: 'text', nullable: true })
  organizationId!: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'organization_id' })
  organization!: Relation<OrganizationEntity> | null;

  @Column({ type: 'enum', enum: ['COORDINATOR', 'MEMBER', 'OBSERVER', 'REVIEWER'], enumName: 'space_role' })
  role!: SpaceRoleValue;

  @Column({ name: 'invited_by_id', type: 'uuid', nullable: true })
  invitedById!: string | null;

  @CreateDateColumn({ name: 'joined_at', type: 'timestamptz' })
  joinedAt!: Date;
}
