import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { InstrumentRelationKind } from './instrument-enums';

@InputType({ description: 'Una relazione «da → a» tra due strumenti' })
export class CreateInstrumentRelationInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(200)
  fromId!: string;

  @Field(() => ID)
  @IsString()
  @MaxLength(200)
  toId!: string;

  @Field(() => InstrumentRelationKind)
  @IsEnum(InstrumentRelationKind)
  kind!: InstrumentRelationKind;

  @Field(() => String, { description: 'Perché i due strumenti stanno in questa relazione' })
  @IsString()
  @Length(3, 2000, { message: 'La nota deve avere da 3 a 2000 caratteri' })
  note!: string;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  unverified?: boolean;
}
