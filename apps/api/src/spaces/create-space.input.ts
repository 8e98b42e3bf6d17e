import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { SpaceKind, SpaceScope, SpaceVisibility } from './space-enums';

@InputType()
export class CreateSpaceInput {
  @Field(() => SpaceKind)
  @IsEnum(SpaceKind)
  kind!: SpaceKind;

  @Field(() => String)
  @IsString()
  @Length(3, 200, { message: 'Il nome deve avere da 3 a 200 caratteri' })
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10_000, { message: 'La descrizione non può superare 10.000 caratteri' })
  description?: string | null;

  @Field(() => SpaceScope)
  @IsEnum(SpaceScope)
  scope!: SpaceScope;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  ambitoId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Lo spazio padre (es. il tavolo di un gruppo di lavoro)' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  parentId?: string | null;

  @Field(() => SpaceVisibility, { nullable: true })
  @IsOptional()
  @IsEnum(SpaceVisibility)
  visibility?: SpaceVisibility;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(12)
  @IsString({ each: true })
  objectiveIds?: string[];
}
