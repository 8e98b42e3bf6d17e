import type { ActionItemEntity, AgendaItemEntity, MeetingEntity, MinutesPublicationEntity } from '@condivisa/db';
import { romeDay } from '@condivisa/domain';
import { UseGuards } from '@nestjs/common';
import { Args, ArgsType, Field, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsInt, IsOptional, IsString, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Ctx } from '../common/current-user.decorator';
import type { RequestContext } from '../common/request-context';
import { SignedInGuard } from '../common/signed-in.guard';
import { toUser } from '../identity/user.mapper';
import { toOrganization } from '../organizations/organization.mapper';
import { toSpace } from '../spaces/space.mapper';
import { Space } from '../spaces/space.model';
import { ActionItemInput, AttendanceInput, CreateMeetingInput, MeetingDetailsInput } from './meeting.inputs';
import {
  ActionItem, ActionItemStatus, AgendaItem, AttendanceRecord, AttendanceStatus, Meeting, MeetingDecision, MeetingInvitee, MeetingPermissions,
  MinutesPublication, RsvpResponse, SpaceDecision,
} from './meeting.model';
import { MeetingsService } from './meetings.service';
import { MinutesPublicationService, type PublicationSearchHit } from './minutes-publication.service';

@ArgsType()
class UpdateMeetingArgs {
  @Field(() => ID)
  @IsString()
  @Length(1, 64)
  id!: string;

  @Field(() => MeetingDetailsInput)
  @ValidateNested()
  @Type(() => MeetingDetailsInput)
  input!: MeetingDetailsInput;
}

@ArgsType()
class CancelMeetingArgs {
  @Field(() => ID)
  @IsString()
  @Length(1, 64)
  id!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  reason?: string | null;
}

@ArgsType()
class RsvpArgs {
  @Field(() => ID)
  @IsString()
  @Length(1, 64)
  meetingId!: string;

  @Field(() => RsvpResponse)
  @IsEnum(RsvpResponse)
  response!: RsvpResponse;
}

@ArgsType()
class AttendanceArgs {
  @Field(() => ID)
  @IsString()
  @Length(1, 64)
  meetingId!: string;

  @Field(() => [AttendanceInput])
  @IsArray()
  @ArrayMaxSize(300)
  @ValidateNested({ each: true })
  @Type(() => AttendanceInput)
  entries!: AttendanceInput[];
}

@ArgsType()
class DecisionsArgs {
  @Field(() => ID)
  @IsString()
  @Length(1, 64)
  meetingId!: string;

  @Field(() => [String])
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(2000, { each: true, message: 'Ogni decisione può avere al massimo 2.000 caratteri' })
  texts!: string[];
}

@ArgsType()
class AddActionItemArgs {
  @Field(() => ID)
  @IsString()
  @Length(1, 64)
  meetingId!: string;

  @Field(() => ActionItemInput)
  @ValidateNested()
  @Type(() => ActionItemInput)
  input!: ActionItemInput;
}

@ArgsType()
class ActionItemStatusArgs {
  @Field(() => ID)
  @IsString()
  @Length(1, 64)
  id!: string;

  @Field(() => ActionItemStatus)
  @IsEnum(ActionItemStatus)
  status!: ActionItemStatus;
}

@ArgsType()
class SpaceActionItemsArgs {
  @Field(() => ID)
  @IsString()
  @Length(1, 200)
  spaceId!: string;

  @Field(() => Boolean, { defaultValue: false, description: 'Solo quelle da fare o in corso' })
  @IsBoolean()
  openOnly!: boolean;
}

@ArgsType()
class CorrectionArgs {
  @Field(() => ID)
  @IsString()
  @Length(1, 64)
  publicationId!: string;

  @Field(() => String)
  @IsString()
  @Length(5, 1000, { message: 'Spiega il motivo della rettifica in 5–1.000 caratteri' })
  reason!: string;
}

@ArgsType()
class PublishedMinutesArgs {
  @Field(() => String, { nullable: true, description: 'Parole da cercare (ricerca in italiano: «abitativa» trova «abitative»)' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  spaceId?: string | null;

  @Field(() => Int, { defaultValue: 50 })
  @IsInt()
  @Min(1)
  @Max(200)
  limit!: number;
}

export function toMeeting(e: MeetingEntity): Meeting {
  return {
    id: e.id, spaceId: e.spaceId, title: e.title, startsAt: e.startsAt, endsAt: e.endsAt, place: e.place, videoUrl: e.videoUrl,
    cancelled: e.cancelledAt !== null, cancelReason: e.cancelReason, minutesDocumentId: e.minutesDocumentId, createdAt: e.createdAt,
    createdById: e.createdById, agenda: [],
  };
}

function toAgendaItem(e: AgendaItemEntity): AgendaItem {
  return { id: e.id, position: e.position, title: e.title, description: e.description, presenterOrganizationId: e.presenterOrganizationId, presenterOrganization: null, documentIds: e.documentIds };
}

export function toActionItem(e: ActionItemEntity, meetingTitle: string): ActionItem {
  return {
    id: e.id, meetingId: e.meetingId, spaceId: e.spaceId, what: e.what, organizationId: e.organizationId,
    organization: e.organization ? toOrganization(e.organization) : null, dueDate: e.dueDate, status: e.status as ActionItemStatus,
    doneAt: e.doneAt, overdue: e.status !== 'DONE' && e.dueDate < romeDay(new Date()), meetingTitle,
  };
}

export function toPublication(hit: PublicationSearchHit): MinutesPublication {
  const p: MinutesPublicationEntity = hit.publication;
  const facts = (p.content as { facts?: { startsAt?: string } }).facts;
  return {
    id: p.id, meetingId: p.meetingId, spaceId: p.spaceId, spaceName: hit.spaceName, number: p.number, title: p.title,
    meetingStartsAt: new Date(facts?.startsAt ?? p.publishedAt), html: p.html, contentSha256: p.contentSha256, publishedAt: p.publishedAt,
    publishedById: p.publishedById, publishedByName: '', supersedesId: p.supersedesId, supersededById: hit.supersededById,
    correctionReason: p.correctionReason, excerpt: hit.excerpt,
  };
}

@Resolver(() => Meeting)
export class MeetingsResolver {
  constructor(
    private readonly meetingsService: MeetingsService,
    private readonly publicationService: MinutesPublicationService,
  ) {}

  @Query(() => [Meeting], { description: 'Gli incontri di uno spazio, dal più recente (membri)' })
  async meetings(@Args('spaceId', { type: () => ID }) spaceId: string, @Ctx() ctx: RequestContext): Promise<Meeting[]> {
    return (await this.meetingsService.list(ctx.user, spaceId, ctx.loaders)).map(toMeeting);
  }

  @Query(() => Meeting, { nullable: true })
  async meeting(@Args('id', { type: () => ID }) id: string, @Ctx() ctx: RequestContext): Promise<Meeting | null> {
    const meeting = await this.meetingsService.get(ctx.user, id, ctx.loaders);
    return meeting ? toMeeting(meeting) : null;
  }

  @Query(() => [ActionItem], { description: 'Le azioni decise negli incontri dello spazio, per scadenza' })
  async spaceActionItems(@Args() args: SpaceActionItemsArgs, @Ctx() ctx: RequestContext): Promise<ActionItem[]> {
    return (await this.meetingsService.spaceActionItems(ctx.user, args.spaceId, args.openOnly, ctx.loaders)).map((a) => toActionItem(a, a.meeting.title));
  }

  @Query(() => [SpaceDecision], { description: 'Le decisioni degli incontri dello spazio, dal più recente' })
  async spaceDecisions(@Args('spaceId', { type: () => ID }) spaceId: string, @Ctx() ctx: RequestContext): Promise<SpaceDecision[]> {
    return (await this.meetingsService.spaceDecisions(ctx.user, spaceId, ctx.loaders)).map((d) => ({
      id: d.id, text: d.text, meetingId: d.meetingId, meetingTitle: d.meeting.title, meetingStartsAt: d.meeting.startsAt,
    }));
  }

  @Query(() => [MinutesPublication], { description: 'Verbali pubblicati leggibili da chi guarda (gli spazi pubblici senza accesso), con ricerca' })
  async publishedMinutes(@Args() args: PublishedMinutesArgs, @Ctx() ctx: RequestContext): Promise<MinutesPublication[]> {
    return (await this.publicationService.search(ctx.user, args)).map(toPublication);
  }

  @Query(() => MinutesPublication, { nullable: true })
  async minutesPublication(@Args('id', { type: () => ID }) id: string, @Ctx() ctx: RequestContext): Promise<MinutesPublication | null> {
    const hit = await this.publicationService.get(ctx.user, id, ctx.loaders);
    return hit ? toPublication(hit) : null;
  }

  @Mutation(() => Meeting, { description: 'Convoca un incontro (coordinatori); i membri ricevono notifica ed e-mail' })
  @UseGuards(SignedInGuard)
  async createMeeting(@Args('input') input: CreateMeetingInput, @Ctx() ctx: RequestContext): Promise<Meeting> {
    return toMeeting(await this.meetingsService.create(ctx.user!, input, ctx.loaders));
  }

  @Mutation(() => Meeting, { description: "Modifica data, luogo e ordine del giorno (sostituisce l'ordine del giorno)" })
  @UseGuards(SignedInGuard)
  async updateMeeting(@Args() args: UpdateMeetingArgs, @Ctx() ctx: RequestContext): Promise<Meeting> {
    return toMeeting(await this.meetingsService.update(ctx.user!, args.id, args.input, ctx.loaders));
  }

  @Mutation(() => Meeting)
  @UseGuards(SignedInGuard)
  async cancelMeeting(@Args() args: CancelMeetingArgs, @Ctx() ctx: RequestContext): Promise<Meeting> {
    return toMeeting(await this.meetingsService.cancel(ctx.user!, args.id, args.reason ?? '', ctx.loaders));
  }

  @Mutation(() => Meeting, { description: "Risponde all'invito" })
  @UseGuards(SignedInGuard)
  async rsvp(@Args() args: RsvpArgs, @Ctx() ctx: RequestContext): Promise<Meeting> {
    return toMeeting(await this.meetingsService.rsvp(ctx.user!, args.meetingId, args.response, ctx.loaders));
  }

  @Mutation(() => Meeting, { description: 'Registra le presenze per ente (sostituisce quelle registrate)' })
  @UseGuards(SignedInGuard)
  async recordAttendance(@Args() args: AttendanceArgs, @Ctx() ctx: RequestContext): Promise<Meeting> {
    return toMeeting(await this.meetingsService.recordAttendance(ctx.user!, args.meetingId, args.entries, ctx.loaders));
  }

  @Mutation(() => Meeting, { description: "Crea il verbale dal modello con l'ordine del giorno (una volta sola)" })
  @UseGuards(SignedInGuard)
  async startMinutes(@Args('meetingId', { type: () => ID }) meetingId: string, @Ctx() ctx: RequestContext): Promise<Meeting> {
    return toMeeting(await this.meetingsService.startMinutes(ctx.user!, meetingId, ctx.loaders));
  }

  @Mutation(() => Meeting, { description: 'Le decisioni del verbale, in ordine (sostituisce quelle registrate)' })
  @UseGuards(SignedInGuard)
  async setMeetingDecisions(@Args() args: DecisionsArgs, @Ctx() ctx: RequestContext): Promise<Meeting> {
    return toMeeting(await this.meetingsService.setDecisions(ctx.user!, args.meetingId, args.texts, ctx.loaders));
  }

  @Mutation(() => ActionItem)
  @UseGuards(SignedInGuard)
  async addActionItem(@Args() args: AddActionItemArgs, @Ctx() ctx: RequestContext): Promise<ActionItem> {
    const item = await this.meetingsService.addActionItem(ctx.user!, args.meetingId, args.input, ctx.loaders);
    return toActionItem(item, (await this.meetingsService.require(ctx.user, item.meetingId, ctx.loaders)).title);
  }

  @Mutation(() => Meeting)
  @UseGuards(SignedInGuard)
  async removeActionItem(@Args('id', { type: () => ID }) id: string, @Ctx() ctx: RequestContext): Promise<Meeting> {
    return toMeeting(await this.meetingsService.removeActionItem(ctx.user!, id, ctx.loaders));
  }

  @Mutation(() => ActionItem, { description: "Aggiorna lo stato di un'azione (anche dopo la pubblicazione del verbale)" })
  @UseGuards(SignedInGuard)
  async updateActionItemStatus(@Args() args: ActionItemStatusArgs, @Ctx() ctx: RequestContext): Promise<ActionItem> {
    const item = await this.meetingsService.updateActionItemStatus(ctx.user!, args.id, args.status, ctx.loaders);
    return toActionItem(item, (await this.meetingsService.require(ctx.user, item.meetingId, ctx.loaders)).title);
  }

  @Mutation(() => MinutesPublication, { description: 'Pubblica il verbale: atto pubblico, immutabile, con impronta SHA-256 (coordinatori)' })
  @UseGuards(SignedInGuard)
  async publishMinutes(@Args('meetingId', { type: () => ID }) meetingId: string, @Ctx() ctx: RequestContext): Promise<MinutesPublication> {
    const saved = await this.publicationService.publish(ctx.user!, meetingId, ctx.loaders);
    return toPublication((await this.publicationService.get(ctx.user, saved.id, ctx.loaders))!);
  }

  @Mutation(() => Meeting, { description: 'Avvia una rettifica: un nuovo testo del verbale, a partire da quello pubblicato' })
  @UseGuards(SignedInGuard)
  async startMinutesCorrection(@Args('publicationId', { type: () => ID }) publicationId: string, @Ctx() ctx: RequestContext): Promise<Meeting> {
    return toMeeting(await this.publicationService.startCorrection(ctx.user!, publicationId, ctx.loaders));
  }

  @Mutation(() => MinutesPublication, { description: 'Pubblica la rettifica: un nuovo atto che sostituisce il precedente (entrambi restano)' })
  @UseGuards(SignedInGuard)
  async publishMinutesCorrection(@Args() args: CorrectionArgs, @Ctx() ctx: RequestContext): Promise<MinutesPublication> {
    const saved = await this.publicationService.publishCorrection(ctx.user!, args.publicationId, args.reason, ctx.loaders);
    return toPublication((await this.publicationService.get(ctx.user, saved.id, ctx.loaders))!);
  }

  @Mutation(() => String, { description: "Un indirizzo personale e segreto per abbonarsi al calendario dello spazio (sostituisce il precedente)" })
  @UseGuards(SignedInGuard)
  async createCalendarFeed(@Args('spaceId', { type: () => ID }) spaceId: string, @Ctx() ctx: RequestContext): Promise<string> {
    const origin = ctx.req ? `${ctx.req.protocol}://${ctx.req.get('host')}` : '';
    return this.meetingsService.createCalendarFeed(ctx.user!, spaceId, ctx.loaders, origin);
  }

  @ResolveField(() => Space)
  async space(@Parent() meeting: Meeting, @Ctx() ctx: RequestContext): Promise<Space> {
    return toSpace((await ctx.loaders.space.load(meeting.spaceId))!);
  }

  @ResolveField(() => [AgendaItem])
  async agenda(@Parent() meeting: Meeting, @Ctx() ctx: RequestContext): Promise<AgendaItem[]> {
    const items = await this.meetingsService.agenda(meeting.id);
    return Promise.all(items.map(async (item) => {
      const organization = item.presenterOrganizationId ? await ctx.loaders.organization.load(item.presenterOrganizationId) : null;
      return { ...toAgendaItem(item), presenterOrganization: organization ? toOrganization(organization) : null };
    }));
  }

  @ResolveField(() => [MeetingInvitee], { description: 'I membri dello spazio (tutti invitati) e le loro risposte' })
  async invitees(@Parent() meeting: Meeting): Promise<MeetingInvitee[]> {
    return (await this.meetingsService.invitees(meeting.id, meeting.spaceId)).map(({ member, response }) => ({
      user: toUser(member.user), organization: member.organization ? toOrganization(member.organization) : null, response,
    }));
  }

  @ResolveField(() => RsvpResponse, { nullable: true, description: 'La risposta di chi guarda' })
  async myRsvp(@Parent() meeting: Meeting, @Ctx() ctx: RequestContext): Promise<RsvpResponse | null> {
    if (!ctx.user) return null;
    return (await this.meetingsService.invitees(meeting.id, meeting.spaceId)).find((i) => i.member.userId === ctx.user!.id)?.response ?? null;
  }

  @ResolveField(() => [AttendanceRecord])
  async attendance(@Parent() meeting: Meeting): Promise<AttendanceRecord[]> {
    return (await this.meetingsService.attendance(meeting.id)).map((a) => ({
      organization: toOrganization(a.organization), status: a.status as AttendanceStatus, representedBy: a.representedBy,
    }));
  }

  @ResolveField(() => [MeetingDecision])
  async decisions(@Parent() meeting: Meeting): Promise<MeetingDecision[]> {
    return (await this.meetingsService.decisions(meeting.id)).map((d) => ({ id: d.id, position: d.position, text: d.text }));
  }

  @ResolveField(() => [ActionItem])
  async actionItems(@Parent() meeting: Meeting): Promise<ActionItem[]> {
    return (await this.meetingsService.meetingActionItems(meeting.id)).map((a) => toActionItem(a, meeting.title));
  }

  @ResolveField(() => [MinutesPublication], { description: 'Le pubblicazioni del verbale: la prima, poi le rettifiche' })
  async publications(@Parent() meeting: Meeting, @Ctx() ctx: RequestContext): Promise<MinutesPublication[]> {
    const rows = await this.publicationService.ofMeeting(meeting.id);
    const spaceName = (await ctx.loaders.space.load(meeting.spaceId))!.name;
    return rows.map((p) => toPublication({ publication: p, excerpt: null, spaceName, supersededById: rows.find((n) => n.supersedesId === p.id)?.id ?? null }));
  }

  @ResolveField(() => MeetingPermissions)
  async permissions(@Parent() meeting: Meeting, @Ctx() ctx: RequestContext): Promise<MeetingPermissions> {
    const entity = { spaceId: meeting.spaceId } as MeetingEntity;
    const [update, rsvp, recordAttendance, editMinutes, publish] = await Promise.all(
      (['meeting.update', 'meeting.rsvp', 'meeting.recordAttendance', 'minutes.edit', 'minutes.publish'] as const).map((a) => this.meetingsService.may(ctx.user, a, entity, ctx.loaders)),
    );
    return { update: update!, rsvp: rsvp!, recordAttendance: recordAttendance!, editMinutes: editMinutes!, publish: publish! };
  }
}

@Resolver(() => MinutesPublication)
export class MinutesPublicationResolver {
  @ResolveField(() => String)
  async publishedByName(@Parent() publication: MinutesPublication, @Ctx() ctx: RequestContext): Promise<string> {
    return (await ctx.loaders.user.load(publication.publishedById))?.displayName ?? '';
  }
}
