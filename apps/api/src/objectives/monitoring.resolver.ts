import type { ActionEvidenceEntity, SemesterReportPublicationEntity, UserEntity } from '@condivisa/db';
import { bergamoPlanTemplates } from '@condivisa/seed-data';
import { UseGuards } from '@nestjs/common';
import { Args, ArgsType, Field, Float, ID, InputType, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsInt, IsNumber, IsOptional, IsString, Length, MaxLength, ValidateNested } from 'class-validator';
import { Ctx } from '../common/current-user.decorator';
import type { RequestContext } from '../common/request-context';
import { SignedInGuard } from '../common/signed-in.guard';
import { ActionEvidence, ActionStatus, EvidenceKind, ObjectiveAction, toAction } from './objective-action.model';
import { Objective } from './objective.model';
import { ComputedIndicator, Indicator, IndicatorDirection, IndicatorUnit, PlanTemplateInfo, ProvincialReport, SemesterReport, SemesterReportPublication } from './monitoring.model';
import { SemesterReportsService } from './semester-reports.service';
import { type IndicatorReading, MonitoringService } from './monitoring.service';
import { toObjective } from './objectives.resolver';

@InputType()
class ActionFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @Length(1, 200) objectiveId?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @Length(1, 200) spaceId?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() year?: number | null;
  @Field(() => ActionStatus, { nullable: true }) @IsOptional() @IsEnum(ActionStatus) status?: ActionStatus | null;
}

@ArgsType()
class ActionStatusArgs {
  @Field(() => ID) @IsString() @Length(1, 64) actionId!: string;
  @Field(() => ActionStatus) @IsEnum(ActionStatus) status!: ActionStatus;
  @Field(() => String, { nullable: true, description: 'Obbligatoria per «a rischio» e «abbandonata»' }) @IsOptional() @IsString() @MaxLength(2000) justification?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(300) ownerBody?: string | null;
}

@ArgsType()
class EvidenceArgs {
  @Field(() => ID) @IsString() @Length(1, 64) actionId!: string;
  @Field(() => EvidenceKind) @IsEnum(EvidenceKind) kind!: EvidenceKind;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() @MaxLength(64) refId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(1000) url?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(300) label?: string | null;
}

@InputType()
class TargetInput {
  @Field(() => Int) @IsInt() year!: number;
  @Field(() => Float) @IsNumber({ allowNaN: false, allowInfinity: false }) value!: number;
}

@InputType()
class IndicatorInput {
  @Field(() => String) @IsString() @Length(3, 300, { message: 'Il nome dell’indicatore deve avere da 3 a 300 caratteri' }) name!: string;
  @Field(() => IndicatorUnit) @IsEnum(IndicatorUnit) unit!: IndicatorUnit;
  @Field(() => IndicatorDirection, { defaultValue: 'HIGHER_IS_BETTER' }) @IsEnum(IndicatorDirection) direction!: IndicatorDirection;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }) baselineValue?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(10, 10) baselineDate?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(500) dataSource?: string | null;
  @Field(() => ComputedIndicator, { nullable: true }) @IsOptional() @IsEnum(ComputedIndicator) computed?: ComputedIndicator | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() isPublic?: boolean | null;
  @Field(() => [TargetInput]) @IsArray() @ArrayMaxSize(3) @ValidateNested({ each: true }) @Type(() => TargetInput) targets!: TargetInput[];
}

@ArgsType()
class DefineIndicatorArgs {
  @Field(() => ID) @IsString() @Length(1, 200) objectiveId!: string;
  @Field(() => IndicatorInput) @ValidateNested() @Type(() => IndicatorInput) input!: IndicatorInput;
}

@ArgsType()
class RecordValueArgs {
  @Field(() => ID) @IsString() @Length(1, 64) indicatorId!: string;
  @Field(() => String, { description: 'Da 2025-H1 a 2027-H2' }) @IsString() @MaxLength(10) semester!: string;
  @Field(() => Float) @IsNumber({ allowNaN: false, allowInfinity: false }) value!: number;
  @Field(() => String, { defaultValue: '' }) @IsString() @MaxLength(2000) note!: string;
}

@ArgsType()
class ReportArgs {
  @Field(() => ID) @IsString() @Length(1, 200) objectiveId!: string;
  @Field(() => String) @IsString() @MaxLength(10) semester!: string;
}

@ArgsType()
class TemplateArgs {
  @Field(() => ID) @IsString() @Length(1, 200) spaceId!: string;
  @Field(() => ID) @IsString() @Length(1, 200) templateId!: string;
  @Field(() => String, { nullable: true, description: 'Scadenza di approvazione (AAAA-MM-GG); di norma il 31 dicembre dell’anno in corso' })
  @IsOptional() @IsString() @Length(10, 10) approvalDeadline?: string | null;
}

async function toIndicator(r: IndicatorReading, ctx: RequestContext): Promise<Indicator> {
  const e = r.indicator;
  const latest = new Map<string, string>();
  for (const v of r.history) latest.set(v.semester, v.id);
  return {
    id: e.id, objectiveId: e.objectiveId, spaceId: e.spaceId, name: e.name, unit: e.unit as IndicatorUnit, direction: e.direction as IndicatorDirection,
    baselineValue: e.baselineValue, baselineDate: e.baselineDate, dataSource: e.dataSource, computed: e.computed as ComputedIndicator | null, isPublic: e.isPublic,
    targets: r.targets.map((t) => ({ year: t.year, value: t.value })),
    bySemester: r.bySemester,
    history: await Promise.all(r.history.map(async (v) => ({
      id: v.id, semester: v.semester, value: v.value, note: v.note, enteredAt: v.enteredAt, current: latest.get(v.semester) === v.id,
      enteredByName: ctx.user ? ((await ctx.loaders.user.load(v.enteredById)) as UserEntity | null)?.displayName ?? null : null,
    }))),
  };
}

function toEvidence(e: ActionEvidenceEntity): ActionEvidence {
  return { id: e.id, kind: e.kind as EvidenceKind, refId: e.refId, url: e.url, label: e.label, addedAt: e.addedAt };
}

async function toReport(r: Awaited<ReturnType<MonitoringService['semesterReport']>>, ctx: RequestContext): Promise<SemesterReport> {
  return {
    objective: toObjective(r.objective), semester: r.semester, year: r.year, actionsByStatus: r.byStatus, actions: r.actions.map(toAction),
    evidence: r.evidence.map(toEvidence),
    indicators: await Promise.all(r.indicators.map(async (i) => ({ indicator: await toIndicator(i, ctx), target: i.target, current: i.current, progress: i.progress }))),
  };
}

async function toPublication(p: SemesterReportPublicationEntity, ctx: RequestContext): Promise<SemesterReportPublication> {
  return {
    id: p.id, objectiveId: p.objectiveId, semester: p.semester, html: p.html, contentSha256: p.contentSha256, publishedAt: p.publishedAt,
    publishedByName: ((await ctx.loaders.user.load(p.publishedById)) as UserEntity | null)?.displayName ?? '',
  };
}

/** Monitoring of the plan. Reads are public (the plan is a public document); writes need coordinators of the objective. */
@Resolver(() => ObjectiveAction)
export class MonitoringResolver {
  constructor(
    private readonly monitoring: MonitoringService,
    private readonly reports: SemesterReportsService,
  ) {}

  @Query(() => [ObjectiveAction], { description: 'Le azioni del piano (o dei percorsi degli spazi), filtrate' })
  async actions(@Args('filter', { type: () => ActionFilter, nullable: true }) filter: ActionFilter | null): Promise<ObjectiveAction[]> {
    return (await this.monitoring.actions(filter ?? {})).map(toAction);
  }

  @Query(() => [Indicator], { description: "Gli indicatori di un obiettivo (quelli non pubblici solo per chi lo coordina)" })
  async indicators(@Args('objectiveId', { type: () => ID }) objectiveId: string, @Ctx() ctx: RequestContext): Promise<Indicator[]> {
    return Promise.all((await this.monitoring.indicatorsOf({ objectiveId }, ctx.user)).map((r) => toIndicator(r, ctx)));
  }

  @Query(() => [Indicator], { description: 'Gli indicatori del percorso di uno spazio (es. Piano di Zona)' })
  async spaceIndicators(@Args('spaceId', { type: () => ID }) spaceId: string, @Ctx() ctx: RequestContext): Promise<Indicator[]> {
    return Promise.all((await this.monitoring.indicatorsOf({ spaceId }, ctx.user)).map((r) => toIndicator(r, ctx)));
  }

  @Query(() => SemesterReport, { description: 'Il rapporto semestrale di un obiettivo' })
  async semesterReport(@Args() args: ReportArgs, @Ctx() ctx: RequestContext): Promise<SemesterReport> {
    return toReport(await this.monitoring.semesterReport(args.objectiveId, args.semester, ctx.user), ctx);
  }

  @Query(() => ProvincialReport, { description: 'La sintesi provinciale di un semestre: il rapporto di ogni obiettivo' })
  async provincialReport(@Args('semester', { type: () => String }) semester: string, @Ctx() ctx: RequestContext): Promise<ProvincialReport> {
    const reports = await this.reports.provincial(semester, ctx.user);
    return { semester, objectives: await Promise.all(reports.map((r) => toReport(r, ctx))) };
  }

  @Mutation(() => SemesterReport, { description: 'Avvia la valutazione del semestre: un documento scritto insieme dai coordinatori' })
  @UseGuards(SignedInGuard)
  async startSemesterAssessment(@Args() args: ReportArgs, @Ctx() ctx: RequestContext): Promise<SemesterReport> {
    await this.reports.startAssessment(ctx.user!, args.objectiveId, args.semester);
    return toReport(await this.monitoring.semesterReport(args.objectiveId, args.semester, ctx.user), ctx);
  }

  @Mutation(() => SemesterReportPublication, { description: 'Pubblica il rapporto con la valutazione: HTML canonico e impronta SHA-256, non modificabile' })
  @UseGuards(SignedInGuard)
  async publishSemesterReport(@Args() args: ReportArgs, @Ctx() ctx: RequestContext): Promise<SemesterReportPublication> {
    return toPublication(await this.reports.publish(ctx.user!, args.objectiveId, args.semester), ctx);
  }

  @Query(() => [PlanTemplateInfo], { description: 'I modelli di percorso disponibili' })
  planTemplates(): PlanTemplateInfo[] {
    return bergamoPlanTemplates.map((t) => ({ id: t.id, name: t.name, anchor: t.anchor, phases: t.phases.map((p) => p.name) }));
  }

  @Mutation(() => ObjectiveAction, { description: "Aggiorna lo stato di un'azione (motivazione obbligatoria se a rischio o abbandonata)" })
  @UseGuards(SignedInGuard)
  async updateActionStatus(@Args() args: ActionStatusArgs, @Ctx() ctx: RequestContext): Promise<ObjectiveAction> {
    return toAction(await this.monitoring.updateActionStatus(ctx.user!, args.actionId, args, ctx.loaders));
  }

  @Mutation(() => ActionEvidence, { description: "Collega un'evidenza a un'azione: verbale pubblicato, versione approvata, documento o collegamento" })
  @UseGuards(SignedInGuard)
  async addActionEvidence(@Args() args: EvidenceArgs, @Ctx() ctx: RequestContext): Promise<ActionEvidence> {
    return toEvidence(await this.monitoring.addEvidence(ctx.user!, args.actionId, args, ctx.loaders));
  }

  @Mutation(() => Indicator, { description: 'Definisce un indicatore di un obiettivo (coordinatori degli spazi dell’obiettivo)' })
  @UseGuards(SignedInGuard)
  async defineIndicator(@Args() args: DefineIndicatorArgs, @Ctx() ctx: RequestContext): Promise<Indicator> {
    const saved = await this.monitoring.defineIndicator(ctx.user!, { objectiveId: args.objectiveId, spaceId: null }, args.input, ctx.loaders);
    return toIndicator((await this.monitoring.readings([saved]))[0]!, ctx);
  }

  @Mutation(() => Indicator, { description: 'Inserisce il valore di un semestre (un secondo valore per lo stesso semestre è una rettifica)' })
  @UseGuards(SignedInGuard)
  async recordIndicatorValue(@Args() args: RecordValueArgs, @Ctx() ctx: RequestContext): Promise<Indicator> {
    return toIndicator(await this.monitoring.recordValue(ctx.user!, args.indicatorId, args.semester, args.value, args.note, ctx.loaders), ctx);
  }

  @Mutation(() => [ObjectiveAction], { description: 'Avvia in uno spazio un percorso (fasi con scadenze e indicatori), es. la redazione del Piano di Zona' })
  @UseGuards(SignedInGuard)
  async startPlanTemplate(@Args() args: TemplateArgs, @Ctx() ctx: RequestContext): Promise<ObjectiveAction[]> {
    return (await this.monitoring.startTemplate(ctx.user!, args.spaceId, args.templateId, args.approvalDeadline ?? null, ctx.loaders)).map(toAction);
  }

  @ResolveField(() => [ActionEvidence])
  async evidence(@Parent() action: ObjectiveAction): Promise<ActionEvidence[]> {
    return (await this.monitoring.evidenceOf([action.id])).map(toEvidence);
  }
}

@Resolver(() => Objective)
export class ObjectiveMonitoringResolver {
  constructor(private readonly monitoring: MonitoringService) {}

  @ResolveField(() => [Indicator])
  async indicators(@Parent() objective: Objective, @Ctx() ctx: RequestContext): Promise<Indicator[]> {
    return Promise.all((await this.monitoring.indicatorsOf({ objectiveId: objective.id }, ctx.user)).map((r) => toIndicator(r, ctx)));
  }

  @ResolveField(() => Boolean, { description: 'Chi guarda coordina uno spazio dell’obiettivo (e può aggiornarne il monitoraggio)' })
  canMonitor(@Parent() objective: Objective, @Ctx() ctx: RequestContext): Promise<boolean> {
    return this.monitoring.mayMonitorObjective(ctx.user, objective.id);
  }
}

@Resolver(() => SemesterReport)
export class SemesterReportResolver {
  constructor(private readonly reports: SemesterReportsService) {}

  @ResolveField(() => ID, { nullable: true, description: 'Il documento (NOTE) con la valutazione dei coordinatori, una volta avviata' })
  async assessmentDocumentId(@Parent() report: SemesterReport): Promise<string | null> {
    return (await this.reports.assessment(report.objective.id, report.semester))?.documentId ?? null;
  }

  @ResolveField(() => SemesterReportPublication, { nullable: true })
  async publication(@Parent() report: SemesterReport, @Ctx() ctx: RequestContext): Promise<SemesterReportPublication | null> {
    const p = await this.reports.publication(report.objective.id, report.semester);
    return p ? toPublication(p, ctx) : null;
  }
}
