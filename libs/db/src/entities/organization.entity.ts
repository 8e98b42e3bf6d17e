import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { AmbitoEntity } from './ambito.entity';

export type SectorValue = 'PA' | 'ETS' | 'OTHER';

@Entity({ name: 'organization' })
@Index('uq_organization_fiscal_code', ['fiscalCode'], { unique: true, where: '"fiscal_code" IS NOT NULL' })
@Index('idx_organization_sector', ['sector'])
export class OrganizationEntity {
  /** Seeded organisations keep the source's slug; new ones get a slug of their name plus a suffix. */
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'enum', enum: ['PA', 'ETS', 'OTHER'], enumName: 'organization_sector' })
  sector!: SectorValue;

  /** Free text as in the source ("Cooperativa sociale", "Ambito", "ASST"...). */
  @Column({ type: 'text' })
  type!: string;

  @Column({ name: 'fiscal_code', type: 'text', nullable: true })
  fiscalCode!: string | null;

  @Column({ name: 'runts_number', type: 'text', nullable: true })
  runtsNumber!: string | null;

  @Column({ name: 'ambito_id', type: 'text', nullable: true })
  ambitoId!: string | null;

  @ManyToOne(() => AmbitoEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'ambito_id' })
  ambito!: Relation<AmbitoEntity> | null;

  @Column({ name: 'parent_id', type: 'text', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'parent_id' })
  parent!: Relation<OrganizationEntity> | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  aliases!: string[];

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  /** Name and aliases folded for accent-insensitive search (see foldForSearch). */
  @Column({ name: 'search_text', type: 'text' })
  searchText!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
