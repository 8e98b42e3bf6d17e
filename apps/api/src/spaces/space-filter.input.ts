import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { SpaceKind } from './space-enums';

@InputType({ description: 'Filtri sulla lista degli spazi; si combinano in AND' })
export class SpaceFilter {
  @Field(() => SpaceKind, { nullable: true })
  @IsOptional()
  @IsEnum(SpaceKind)
  kind?: SpaceKind;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  objectiveId?: string;

  @Field(() => Boolean, { nullable: true, description: 'Solo gli spazi di cui sono membro' })
  @IsOptional()
  @IsBoolean()
  mine?: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  includeArchived?: boolean;
}
