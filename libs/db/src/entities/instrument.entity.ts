import type { CaseLawDetail, ChoiceProfile, LegalBasis } from '@condivisa/domain';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export type InstrumentFamilyValue = 'COLLABORATIVE' | 'COMPETITIVE' | 'GRANT' | 'AGREEMENT' | 'AUTHORIZATION';

/**
 * A legal instrument of the map of PA–ETS relations. Structured lists live in jsonb; every edit
 * bumps `revision` and writes an instrument_revision row in the same transaction.
 */
@Entity({ name: 'instrument' })
export class InstrumentEntity {
  /** The slug of instruments.json ("co-progettazione"). */
  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'enum', enum: ['COLLABORATIVE', 'COMPETITIVE', 'GRANT', 'AGREEMENT', 'AUTHORIZATION'], enumName: 'instrument_family' })
  family!: InstrumentFamilyValue;

  /** PROGRAMMING, DESIGN, ASSIGNMENT, EXECUTION, EVALUATION, in cycle order. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  phases!: string[];

  @Column({ name: 'legal_basis', type: 'jsonb', default: () => "'[]'" })
  legalBasis!: LegalBasis[];

  @Column({ type: 'text' })
  counterparts!: string;

  @Column({ name: 'counterparts_unverified', type: 'boolean', default: false })
  counterpartsUnverified!: boolean;

  @Column({ name: 'resource_flow', type: 'text' })
  resourceFlow!: string;

  @Column({ name: 'resource_flow_unverified', type: 'boolean', default: false })
  resourceFlowUnverified!: boolean;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ name: 'when_to_use', type: 'text' })
  whenToUse!: string;

  @Column({ name: 'key_steps', type: 'jsonb', default: () => "'[]'" })
  keySteps!: string[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  constraints!: string[];

  @Column({ name: 'case_law', type: 'jsonb', default: () => "'[]'" })
  caseLaw!: string[];

  @Column({ name: 'case_law_details', type: 'jsonb', default: () => "'[]'" })
  caseLawDetails!: CaseLawDetail[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  areas!: string[];

  /** Sources beyond the legal basis ("references" in instruments.json). */
  @Column({ name: 'source_ids', type: 'text', array: true, default: () => "'{}'" })
  sourceIds!: string[];

  @Column({ type: 'boolean', default: false })
  unverified!: boolean;

  @Column({ name: 'unverified_note', type: 'text', nullable: true })
  unverifiedNote!: string | null;

  @Column({ name: 'regional_note', type: 'text', nullable: true })
  regionalNote!: string | null;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  /** What the guided choice reasons on (counterpart kinds, resource flows, aims…). */
  @Column({ type: 'jsonb' })
  profile!: ChoiceProfile;

  /** Order of the catalogue (instruments.json); new instruments go last. */
  @Column({ type: 'integer' })
  position!: number;

  /** Number of the latest revision. */
  @Column({ type: 'integer', default: 1 })
  revision!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
