import type { DocumentEntity } from '@condivisa/db';
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum DocumentKind {
  PROPOSAL = 'PROPOSAL',
  MINUTES = 'MINUTES',
  MODEL = 'MODEL',
  NOTE = 'NOTE',
}
registerEnumType(DocumentKind, { name: 'DocumentKind', description: 'Proposta, verbale, modello o nota' });

@ObjectType({ description: 'Un documento scritto insieme, in tempo reale' })
export class SpaceDocument {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  spaceId!: string;

  @Field(() => DocumentKind)
  kind!: DocumentKind;

  @Field(() => String)
  title!: string;

  @Field(() => Boolean)
  archived!: boolean;

  @Field(() => Boolean, { description: 'Il testo è un atto pubblicato (verbale): sola lettura per tutti' })
  frozen!: boolean;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  lastEditedAt!: Date | null;

  lastEditedById!: string | null;
  /** The row it came from, for fields resolved later (no second read per document). */
  entity!: DocumentEntity;
}
