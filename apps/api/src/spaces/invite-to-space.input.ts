import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, IsEnum, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { SpaceRole } from './space-enums';

@InputType({ description: 'Una persona già registrata (userId) oppure una nuova (email + displayName)' })
export class InviteToSpaceInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(200)
  spaceId!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Persona non valida' })
  userId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsEmail({}, { message: 'Indirizzo e-mail non valido' })
  @MaxLength(254)
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(2, 120, { message: 'Il nome deve avere da 2 a 120 caratteri' })
  displayName?: string | null;

  @Field(() => ID, { description: "L'ente che la persona rappresenta nello spazio" })
  @IsString()
  @MaxLength(200)
  organizationId!: string;

  @Field(() => SpaceRole)
  @IsEnum(SpaceRole)
  role!: SpaceRole;
}
