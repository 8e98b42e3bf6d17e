import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Organization } from '../organizations/organization.model';
import { User } from '../identity/user.model';

export enum RsvpResponse {
  YES = 'YES',
  NO = 'NO',
  MAYBE = 'MAYBE',
}
registerEnumType(RsvpResponse, { name: 'RsvpResponse', description: 'Sì, no, forse' });

export enum AttendanceStatus {
  PRESENT = 'PRESENT',
  ABSENT = 'ABSENT',
  REPRESENTED = 'REPRESENTED',
}
registerEnumType(AttendanceStatus, { name: 'AttendanceStatus', description: 'Presente, assente, rappresentato da qualcun altro' });

export enum ActionItemStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
}
registerEnumType(ActionItemStatus, { name: 'ActionItemStatus', description: 'Da fare, in corso, fatta' });

@ObjectType({ description: "Un punto dell'ordine del giorno" })
export class AgendaItem {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  position!: number;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  description!: string;

  @Field(() => Organization, { nullable: true, description: "L'ente che presenta il punto" })
  presenterOrganization!: Organization | null;

  @Field(() => [ID], { description: 'Documenti dello spazio collegati al punto' })
  documentIds!: string[];

  presenterOrganizationId!: string | null;
}

@ObjectType({ description: 'Un membro invitato e la sua risposta' })
export class MeetingInvitee {
  @Field(() => User)
  user!: User;

  @Field(() => Organization, { nullable: true })
  organization!: Organization | null;

  @Field(() => RsvpResponse, { nullable: true, description: 'null: non ha ancora risposto' })
  response!: RsvpResponse | null;
}

@ObjectType({ description: "La presenza di un ente all'incontro" })
export class AttendanceRecord {
  @Field(() => Organization)
  organization!: Organization;

  @Field(() => AttendanceStatus)
  status!: AttendanceStatus;

  @Field(() => String, { nullable: true })
  representedBy!: string | null;
}

@ObjectType({ description: "Una decisione presa nell'incontro" })
export class MeetingDecision {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  position!: number;

  @Field(() => String)
  text!: string;
}

@ObjectType({ description: 'Una decisione con il suo incontro, per la vista «Decisioni e azioni»' })
export class SpaceDecision {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  text!: string;

  @Field(() => ID)
  meetingId!: string;

  @Field(() => String)
  meetingTitle!: string;

  @Field(() => Date)
  meetingStartsAt!: Date;
}

@ObjectType({ description: "Un'azione decisa: cosa, quale ente, entro quando" })
export class ActionItem {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  meetingId!: string;

  @Field(() => ID)
  spaceId!: string;

  @Field(() => String)
  what!: string;

  @Field(() => Organization, { nullable: true })
  organization!: Organization | null;

  @Field(() => String, { description: 'Scadenza, AAAA-MM-GG' })
  dueDate!: string;

  @Field(() => ActionItemStatus)
  status!: ActionItemStatus;

  @Field(() => Date, { nullable: true })
  doneAt!: Date | null;

  @Field(() => Boolean, { description: 'Scaduta e non fatta' })
  overdue!: boolean;

  @Field(() => String, { description: "Titolo dell'incontro che l'ha decisa" })
  meetingTitle!: string;

  organizationId!: string | null;
}

@ObjectType({ description: 'Un verbale pubblicato: atto pubblico, non modificabile' })
export class MinutesPublication {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  meetingId!: string;

  @Field(() => ID)
  spaceId!: string;

  @Field(() => String)
  spaceName!: string;

  @Field(() => Int, { description: '1 per la prima pubblicazione, poi 2, 3… per le rettifiche' })
  number!: number;

  @Field(() => String)
  title!: string;

  @Field(() => Date)
  meetingStartsAt!: Date;

  @Field(() => String, { description: "L'atto in HTML canonico: l'impronta SHA-256 è calcolata su questo testo (UTF-8)" })
  html!: string;

  @Field(() => String, { description: 'SHA-256 esadecimale di html' })
  contentSha256!: string;

  @Field(() => Date)
  publishedAt!: Date;

  @Field(() => String, { description: 'Il nome di chi ha pubblicato (senza altri dati personali: la pagina è pubblica)' })
  publishedByName!: string;

  @Field(() => ID, { nullable: true, description: 'La pubblicazione che questa rettifica' })
  supersedesId!: string | null;

  @Field(() => ID, { nullable: true, description: 'La rettifica che sostituisce questa pubblicazione' })
  supersededById!: string | null;

  @Field(() => String, { nullable: true })
  correctionReason!: string | null;

  @Field(() => String, { nullable: true, description: 'Un estratto con le parole cercate evidenziate tra « »' })
  excerpt!: string | null;

  publishedById!: string;
}

@ObjectType({ description: 'Un incontro di uno spazio' })
export class Meeting {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  spaceId!: string;

  @Field(() => String)
  title!: string;

  @Field(() => Date)
  startsAt!: Date;

  @Field(() => Date)
  endsAt!: Date;

  @Field(() => String, { nullable: true })
  place!: string | null;

  @Field(() => String, { nullable: true })
  videoUrl!: string | null;

  @Field(() => Boolean)
  cancelled!: boolean;

  @Field(() => String, { nullable: true })
  cancelReason!: string | null;

  @Field(() => ID, { nullable: true, description: 'Il documento del verbale, scritto insieme in tempo reale' })
  minutesDocumentId!: string | null;

  @Field(() => [AgendaItem])
  agenda!: AgendaItem[];

  @Field(() => Date)
  createdAt!: Date;

  createdById!: string;
}

@ObjectType({ description: 'Cosa può fare chi guarda, su questo incontro' })
export class MeetingPermissions {
  @Field(() => Boolean)
  update!: boolean;

  @Field(() => Boolean)
  rsvp!: boolean;

  @Field(() => Boolean)
  recordAttendance!: boolean;

  @Field(() => Boolean, { description: 'Avviare il verbale, scrivere decisioni e azioni' })
  editMinutes!: boolean;

  @Field(() => Boolean)
  publish!: boolean;
}
