import { Field, ID, ObjectType } from '@nestjs/graphql';
import { User } from '../identity/user.model';

@ObjectType({ description: 'Un messaggio di una discussione' })
export class DocumentComment {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  body!: string;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => User, { nullable: true })
  author!: User | null;

  authorId!: string;
}

@ObjectType({ description: 'Una discussione su un passaggio di un documento' })
export class CommentThread {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  documentId!: string;

  @Field(() => String, { description: "Inizio del passaggio: posizione relativa Yjs (Y.encodeRelativePosition), in base64" })
  anchorStart!: string;

  @Field(() => String, { description: 'Fine del passaggio, come anchorStart' })
  anchorEnd!: string;

  @Field(() => String, { description: 'Il testo del passaggio quando la discussione è stata aperta' })
  quote!: string;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Boolean)
  resolved!: boolean;

  @Field(() => Date, { nullable: true })
  resolvedAt!: Date | null;

  @Field(() => User, { nullable: true })
  resolvedBy!: User | null;

  @Field(() => User, { nullable: true })
  createdBy!: User | null;

  @Field(() => [DocumentComment], { description: 'I messaggi, dal primo' })
  comments!: DocumentComment[];

  @Field(() => Boolean, { description: 'Chi guarda può chiudere o riaprire la discussione' })
  canResolve!: boolean;

  createdById!: string;
  resolvedById!: string | null;
}

@ObjectType({ description: 'Una discussione di un documento è cambiata (nuova, risposta, chiusa, riaperta)' })
export class CommentThreadChange {
  @Field(() => ID)
  documentId!: string;

  @Field(() => ID)
  threadId!: string;
}
