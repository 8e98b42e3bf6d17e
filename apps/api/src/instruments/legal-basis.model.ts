import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('LegalBasis', { description: 'Una base giuridica: atto, articolo e la fonte dove leggerne il testo' })
export class LegalBasisEntry {
  @Field(() => String) act!: string;
  @Field(() => String) article!: string;
  @Field(() => ID) sourceId!: string;
  @Field(() => String, { nullable: true, description: 'Titolo della fonte' }) sourceTitle!: string | null;
  @Field(() => String, { nullable: true, description: 'Collegamento al testo' }) url!: string | null;
  @Field(() => Boolean, { description: 'Dato non confermato nelle fonti consultate' }) unverified!: boolean;
}
