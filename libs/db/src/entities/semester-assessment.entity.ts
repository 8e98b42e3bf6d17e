import { CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn, Column, type Relation } from 'typeorm';
import { DocumentEntity } from './document.entity';

/** The live NOTE document in which an objective's coordinators write their assessment of a semester. */
@Entity({ name: 'semester_assessment' })
export class SemesterAssessmentEntity {
  @PrimaryColumn({ name: 'objective_id', type: 'text' })
  objectiveId!: string;

  @PrimaryColumn({ type: 'text' })
  semester!: string;

  @Column({ name: 'document_id', type: 'uuid', unique: true })
  documentId!: string;

  @ManyToOne(() => DocumentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'document_id' })
  document!: Relation<DocumentEntity>;

  @Column({ name: 'created_by_id', type: 'uuid' })
  createdById!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
