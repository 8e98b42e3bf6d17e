import { Field, ID, InputType } from '@nestjs/graphql';
import { Sector } from '@condivisa/domain';
import { IsEnum, IsOptional, IsString, Length, MaxLength } from 'class-validator';

@InputType()
export class CreateOrganizationInput {
  @Field(() => String)
  @IsString()
  @Length(2, 300, { message: 'Il nome deve avere da 2 a 300 caratteri' })
  name!: string;

  @Field(() => Sector)
  @IsEnum(Sector)
  sector!: Sector;

  @Field(() => String)
  @IsString()
  @Length(2, 200, { message: 'Il tipo deve avere da 2 a 200 caratteri' })
  type!: string;

  @Field(() => String, { nullable: true, description: 'Codice fiscale: 11 cifre (con cifra di controllo) o 16 caratteri' })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  fiscalCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Numero di repertorio RUNTS (solo ETS)' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  runtsNumber?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  ambitoId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  parentId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  notes?: string | null;
}
