import { INDICATOR_UNITS } from '@condivisa/domain';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Objective } from './objective.model';
import { ActionEvidence, ObjectiveAction } from './objective-action.model';

export const IndicatorUnit = Object.fromEntries(INDICATOR_UNITS.map((u) => [u, u])) as { [K in (typeof INDICATOR_UNITS)[number]]: K };
export type IndicatorUnit = keyof typeof IndicatorUnit;
registerEnumType(IndicatorUnit, { name: 'IndicatorUnit', description: 'Numero (intero), percentuale, euro, valore' });

export const IndicatorDirection = { HIGHER_IS_BETTER: 'HIGHER_IS_BETTER', LOWER_IS_BETTER: 'LOWER_IS_BETTER' } as const;
export type IndicatorDirection = keyof typeof IndicatorDirection;
registerEnumType(IndicatorDirection, { name: 'IndicatorDirection' });

export const ComputedIndicator = { MEETINGS_HELD: 'MEETINGS_HELD', MINUTES_PUBLISHED: 'MINUTES_PUBLISHED', MODEL_VERSIONS_APPROVED: 'MODEL_VERSIONS_APPROVED', EXPERIENCES_RECORDED: 'EXPERIENCES_RECORDED' } as const;
export type ComputedIndicator = keyof typeof ComputedIndicator;
registerEnumType(ComputedIndicator, { name: 'ComputedIndicator', description: 'Calcolato dalla piattaforma sugli spazi dell’obiettivo' });

@ObjectType()
export class IndicatorTarget {
  @Field(() => Int) year!: number;
  @Field(() => Float) value!: number;
}

@ObjectType({ description: 'Un valore semestrale inserito (le rettifiche restano nella storia)' })
export class IndicatorValueEntry {
  @Field(() => ID) id!: string;
  @Field(() => String) semester!: string;
  @Field(() => Float) value!: number;
  @Field(() => String) note!: string;
  @Field(() => String, { nullable: true, description: 'Chi l’ha inserito (solo per chi è collegato)' }) enteredByName!: string | null;
  @Field(() => Date) enteredAt!: Date;
  @Field(() => Boolean, { description: 'È il valore che conta per il semestre (l’ultimo inserito)' }) current!: boolean;
}

@ObjectType({ description: 'Il valore che conta per un semestre: l’ultimo inserito, o quello calcolato' })
export class IndicatorSemesterValue {
  @Field(() => String) semester!: string;
  @Field(() => Float, { nullable: true }) value!: number | null;
}

@ObjectType({ description: 'Un indicatore: valore di partenza, obiettivi annuali, valori semestrali' })
export class Indicator {
  @Field(() => ID) id!: string;
  @Field(() => ID, { nullable: true }) objectiveId!: string | null;
  @Field(() => ID, { nullable: true }) spaceId!: string | null;
  @Field(() => String) name!: string;
  @Field(() => IndicatorUnit) unit!: IndicatorUnit;
  @Field(() => IndicatorDirection) direction!: IndicatorDirection;
  @Field(() => Float, { nullable: true }) baselineValue!: number | null;
  @Field(() => String, { nullable: true }) baselineDate!: string | null;
  @Field(() => String) dataSource!: string;
  @Field(() => ComputedIndicator, { nullable: true }) computed!: ComputedIndicator | null;
  @Field(() => Boolean) isPublic!: boolean;
  @Field(() => [IndicatorTarget]) targets!: IndicatorTarget[];
  @Field(() => [IndicatorSemesterValue]) bySemester!: IndicatorSemesterValue[];
  @Field(() => [IndicatorValueEntry], { description: 'Tutti i valori inseriti, dal primo' }) history!: IndicatorValueEntry[];
}

@ObjectType()
export class ActionStatusCount {
  @Field(() => String) status!: string;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: 'Un indicatore nel rapporto semestrale' })
export class ReportIndicator {
  @Field(() => Indicator) indicator!: Indicator;
  @Field(() => Float, { nullable: true, description: 'Obiettivo per l’anno del semestre' }) target!: number | null;
  @Field(() => Float, { nullable: true, description: 'Valore del semestre' }) current!: number | null;
  @Field(() => Float, { nullable: true, description: 'Avanzamento dal valore di partenza verso l’obiettivo, 0–1' }) progress!: number | null;
}

@ObjectType({ description: 'Il rapporto semestrale di un obiettivo' })
export class SemesterReport {
  @Field(() => Objective) objective!: Objective;
  @Field(() => String) semester!: string;
  @Field(() => Int) year!: number;
  @Field(() => [ActionStatusCount]) actionsByStatus!: ActionStatusCount[];
  @Field(() => [ObjectiveAction]) actions!: ObjectiveAction[];
  @Field(() => [ReportIndicator]) indicators!: ReportIndicator[];
  @Field(() => [ActionEvidence]) evidence!: ActionEvidence[];
}

@ObjectType({ description: 'Un rapporto semestrale pubblicato: come i verbali, non cambia più' })
export class SemesterReportPublication {
  @Field(() => ID) id!: string;
  @Field(() => ID) objectiveId!: string;
  @Field(() => String) semester!: string;
  @Field(() => String, { description: 'HTML canonico: l’impronta SHA-256 è calcolata su questo testo (UTF-8)' }) html!: string;
  @Field(() => String) contentSha256!: string;
  @Field(() => Date) publishedAt!: Date;
  @Field(() => String) publishedByName!: string;
}

@ObjectType({ description: 'La sintesi provinciale di un semestre' })
export class ProvincialReport {
  @Field(() => String) semester!: string;
  @Field(() => [SemesterReport]) objectives!: SemesterReport[];
}

@ObjectType({ description: 'Un modello di percorso che uno spazio può avviare (es. la redazione del Piano di Zona)' })
export class PlanTemplateInfo {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String) anchor!: string;
  @Field(() => [String]) phases!: string[];
}
