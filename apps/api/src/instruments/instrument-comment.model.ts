import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Una nota di un membro su uno strumento' })
export class InstrumentComment {
  @Field(() => ID) id!: string;
  @Field(() => ID) instrumentId!: string;
  @Field(() => String) body!: string;
  @Field(() => Date) createdAt!: Date;
  authorId!: string | null;
}
