import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Una versione salvata di un documento' })
export class DocumentVersion {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  documentId!: string;

  @Field(() => Int)
  number!: number;

  @Field(() => String)
  name!: string;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => String, { description: 'Il testo della versione, un blocco per riga' })
  text!: string;

  createdById!: string;
  contributorIds!: string[];
  /** The frozen Yjs state, for rendering the formatted text on demand. */
  state!: Buffer;
}
