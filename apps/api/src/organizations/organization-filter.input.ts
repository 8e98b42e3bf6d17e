import { Field, ID, InputType } from '@nestjs/graphql';
import { Sector } from '@condivisa/domain';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';

@InputType({ description: 'Filtri sulla lista degli enti; si combinano in AND' })
export class OrganizationFilter {
  @Field(() => Sector, { nullable: true })
  @IsOptional()
  @IsEnum(Sector)
  sector?: Sector;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  type?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  ambitoId?: string;

  @Field(() => String, { nullable: true, description: 'Testo libero su nome e sigle; ignora accenti e maiuscole' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;
}
