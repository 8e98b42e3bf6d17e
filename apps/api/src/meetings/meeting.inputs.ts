import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsDate, IsEnum, IsOptional, IsString, IsUrl, IsUUID, Length, MaxLength, ValidateNested } from 'class-validator';
import { ActionItemStatus, AttendanceStatus } from './meeting.model';

@InputType()
export class AgendaItemInput {
  @Field(() => String)
  @IsString()
  @Length(2, 200, { message: 'Ogni punto all’ordine del giorno deve avere un titolo da 2 a 200 caratteri' })
  title!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: 'La descrizione di un punto può avere al massimo 2.000 caratteri' })
  description?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  presenterOrganizationId?: string | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true, message: 'Documento collegato non valido' })
  documentIds?: string[] | null;
}

@InputType()
export class MeetingDetailsInput {
  @Field(() => String)
  @IsString()
  @Length(2, 200, { message: 'Il titolo deve avere da 2 a 200 caratteri' })
  title!: string;

  @Field(() => Date, { description: 'Inizio (ISO 8601 con fuso; l’interfaccia usa Europe/Rome)' })
  @Type(() => Date)
  @IsDate({ message: "Indica una data e un'ora di inizio valide" })
  startsAt!: Date;

  @Field(() => Date)
  @Type(() => Date)
  @IsDate({ message: "Indica una data e un'ora di fine valide" })
  endsAt!: Date;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(300, { message: 'Il luogo può avere al massimo 300 caratteri' })
  place?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true }, { message: 'Il collegamento video deve essere un indirizzo http(s) valido' })
  @MaxLength(500)
  videoUrl?: string | null;

  @Field(() => [AgendaItemInput])
  @IsArray()
  @ArrayMaxSize(30, { message: 'Al massimo 30 punti all’ordine del giorno' })
  @ValidateNested({ each: true })
  @Type(() => AgendaItemInput)
  agenda!: AgendaItemInput[];
}

@InputType()
export class CreateMeetingInput extends MeetingDetailsInput {
  @Field(() => ID)
  @IsString()
  @Length(1, 200)
  spaceId!: string;
}

@InputType()
export class AttendanceInput {
  @Field(() => ID)
  @IsString()
  @Length(1, 200)
  organizationId!: string;

  @Field(() => AttendanceStatus)
  @IsEnum(AttendanceStatus)
  status!: AttendanceStatus;

  @Field(() => String, { nullable: true, description: 'Per REPRESENTED: chi ha rappresentato l’ente' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  representedBy?: string | null;
}

@InputType()
export class ActionItemInput {
  @Field(() => String)
  @IsString()
  @Length(2, 500, { message: "Descrivi l'azione in 2–500 caratteri" })
  what!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  organizationId?: string | null;

  @Field(() => String, { description: 'AAAA-MM-GG' })
  @IsString()
  @Length(10, 10, { message: 'Indica una scadenza valida (AAAA-MM-GG)' })
  dueDate!: string;
}

export { ActionItemStatus };
