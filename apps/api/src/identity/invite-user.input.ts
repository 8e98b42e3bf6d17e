import { Field, ID, InputType } from '@nestjs/graphql';
import { PlatformRole } from '@condivisa/domain';
import { Transform } from 'class-transformer';
import { IsEmail, IsEnum, IsOptional, IsString, Length, MaxLength } from 'class-validator';

@InputType()
export class InviteUserInput {
  @Field(() => String)
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsEmail({}, { message: 'Indirizzo e-mail non valido' })
  @MaxLength(254)
  email!: string;

  @Field(() => String)
  @IsString()
  @Length(2, 120, { message: 'Il nome deve avere da 2 a 120 caratteri' })
  displayName!: string;

  @Field(() => ID)
  @IsString()
  @Length(1, 200)
  organizationId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  position?: string | null;

  @Field(() => PlatformRole, { nullable: true, defaultValue: PlatformRole.USER })
  @IsOptional()
  @IsEnum(PlatformRole)
  platformRole?: PlatformRole;
}
