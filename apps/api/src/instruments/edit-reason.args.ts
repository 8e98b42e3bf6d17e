import { ArgsType, Field } from '@nestjs/graphql';
import { IsString, Length } from 'class-validator';

/** Every change to the instrument map says why: the reason is kept with the revision. */
@ArgsType()
export class EditReasonArgs {
  @Field(() => String, { description: 'Perché si fa la modifica (resta nella revisione)' })
  @IsString()
  @Length(3, 500, { message: 'Il motivo deve avere da 3 a 500 caratteri' })
  reason!: string;
}
