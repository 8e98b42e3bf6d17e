import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('CaseLawDetail', { description: 'Una pronuncia, il principio affermato e dove leggerla' })
export class CaseLawEntry {
  @Field(() => String) ruling!: string;
  @Field(() => String) holding!: string;
  @Field(() => ID) sourceId!: string;
  @Field(() => String, { nullable: true }) url!: string | null;
}
