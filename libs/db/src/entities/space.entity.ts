import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { AmbitoEntity } from './ambito.entity';

export type SpaceKindValue = 'TAVOLO' | 'GRUPPO_DI_LAVORO' | 'CABINA_DI_REGIA' | 'COORDINAMENTO' | 'LABORATORIO' | 'ORGANISMO';
export type SpaceScopeValue = 'PROVINCIALE' | 'ASST' | 'DISTRETTO' | 'AMBITO';
export type SpaceVisibilityValue = 'MEMBERS' | 'PUBLIC';

/** A collegial body: tavolo, working group, steering room, coordination, laboratory, organismo. */
@Entity({ name: 'space' })
@Index('idx_space_parent', ['parentId'])
export class SpaceEntity {
  /** Seeded bodies keep the source's slug; new ones get a slug of their name plus a suffix. */
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({
    type: 'enum',
    enum: ['TAVOLO', 'GRUPPO_DI_LAVORO', 'CABINA_DI_REGIA', 'COORDINAMENTO', 'LABORATORIO', 'ORGANISMO'],
    enumName: 'space_kind',
  })
  kind!: SpaceKindValue;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'enum', enum: ['PROVINCIALE', 'ASST', 'DISTRETTO', 'AMBITO'], enumName: 'space_scope' })
  scope!: SpaceScopeValue;

  @Column({ name: 'ambito_id', type: 'text', nullable: true })
  ambitoId!: string | null;

  @ManyToOne(() => AmbitoEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'ambito_id' })
  ambito!: Relation<AmbitoEntity> | null;

  @Column({ name: 'parent_id', type: 'text', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => SpaceEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'parent_id' })
  parent!: Relation<SpaceEntity> | null;

  /** How reviews of this space's models close (see libs/domain review-rule.ts). */
  @Column({ name: 'review_rule', type: 'enum', enum: ['MAJORITY', 'UNANIMITY', 'FIRST_UNFAVOURABLE_CLOSES'], enumName: 'space_review_rule', default: 'MAJORITY' })
  reviewRule!: 'MAJORITY' | 'UNANIMITY' | 'FIRST_UNFAVOURABLE_CLOSES';

  @Column({ type: 'enum', enum: ['MEMBERS', 'PUBLIC'], enumName: 'space_visibility', default: 'MEMBERS' })
  visibility!: SpaceVisibilityValue;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;

  @Column({ name: 'search_text', type: 'text' })
  searchText!: string;

  @Column({ name: 'created_by_id', type: 'uuid', nullable: true })
  createdById!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
