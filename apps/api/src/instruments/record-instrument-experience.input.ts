import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, IsArray, IsInt, IsOptional, IsString, Length, Max, MaxLength, Min, ValidateNested,
} from 'class-validator';
import { EXPERIENCE_YEAR_MAX, EXPERIENCE_YEAR_MIN } from '@condivisa/domain';

@InputType()
class ExperienceLinkInput {
  @Field(() => String, { description: 'Solo http:// o https://' })
  @IsString()
  @MaxLength(2000)
  url!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  label?: string | null;
}

@InputType({ description: "Uno strumento usato da un Ambito (o da uno spazio) per un'area in un anno" })
export class RecordInstrumentExperienceInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(200)
  instrumentId!: string;

  @Field(() => ID, { nullable: true, description: "L'Ambito; serve questo o lo spazio" })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  ambitoId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Lo spazio (tavolo, gruppo di lavoro…); serve questo o l’Ambito' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  spaceId?: string | null;

  @Field(() => String, { description: 'Area di welfare, dal vocabolario del catalogo (es. "casa e abitare")' })
  @IsString()
  @MaxLength(100)
  area!: string;

  @Field(() => Int)
  @IsInt({ message: "L'anno deve essere un numero intero" })
  @Min(EXPERIENCE_YEAR_MIN, { message: `L'anno deve essere tra ${EXPERIENCE_YEAR_MIN} e ${EXPERIENCE_YEAR_MAX}` })
  @Max(EXPERIENCE_YEAR_MAX, { message: `L'anno deve essere tra ${EXPERIENCE_YEAR_MIN} e ${EXPERIENCE_YEAR_MAX}` })
  year!: number;

  @Field(() => String, { description: 'Che cosa è stato fatto' })
  @IsString()
  @Length(3, 2000, { message: 'La descrizione deve avere da 3 a 2000 caratteri' })
  description!: string;

  @Field(() => [String], { nullable: true, description: 'Enti partner' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  partners?: string[];

  @Field(() => String, { nullable: true, description: 'Esito, anche parziale' })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  outcome?: string | null;

  @Field(() => [ExperienceLinkInput], { nullable: true, description: 'Documenti o verbali pubblicati' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => ExperienceLinkInput)
  links?: ExperienceLinkInput[];
}
