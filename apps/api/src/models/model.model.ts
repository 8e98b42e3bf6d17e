import { MODEL_STATUSES, REVIEW_DECISIONS, REVIEW_RULES, VERSION_STATUSES } from '@condivisa/domain';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const ModelStatus = enumOf(MODEL_STATUSES);
export type ModelStatus = keyof typeof ModelStatus;
registerEnumType(ModelStatus, { name: 'ModelStatus', description: 'In stesura, in revisione, modifiche richieste, approvato' });

export const ModelVersionStatus = enumOf(VERSION_STATUSES);
export type ModelVersionStatus = keyof typeof ModelVersionStatus;
registerEnumType(ModelVersionStatus, { name: 'ModelVersionStatus' });

export const ReviewDecisionKind = enumOf(REVIEW_DECISIONS);
export type ReviewDecisionKind = keyof typeof ReviewDecisionKind;
registerEnumType(ReviewDecisionKind, { name: 'ReviewDecisionKind', description: 'Favorevole, favorevole con osservazioni, modifiche richieste, contrario' });

export const ReviewRuleKind = enumOf(REVIEW_RULES);
export type ReviewRuleKind = keyof typeof ReviewRuleKind;
registerEnumType(ReviewRuleKind, { name: 'ReviewRule', description: 'Come si chiude la revisione di un modello in questo spazio' });

export const ReviewOutcomeKind = enumOf(['APPROVED', 'CHANGES_REQUESTED', 'REJECTED'] as const);
export type ReviewOutcomeKind = keyof typeof ReviewOutcomeKind;
registerEnumType(ReviewOutcomeKind, { name: 'ReviewOutcome' });

@ObjectType({ description: 'Il parere di un revisore' })
export class ReviewDecisionEntry {
  @Field(() => String)
  reviewerName!: string;

  @Field(() => ReviewDecisionKind)
  decision!: ReviewDecisionKind;

  @Field(() => String)
  motivation!: string;

  @Field(() => Date)
  decidedAt!: Date;
}

@ObjectType({ description: 'Un revisore e se ha già espresso il parere' })
export class ReviewerStatus {
  @Field(() => String)
  name!: string;

  @Field(() => Boolean)
  decided!: boolean;
}

@ObjectType({ description: 'Un’osservazione in revisione: su un passaggio o generale' })
export class ReviewComment {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  authorName!: string;

  @Field(() => String, { nullable: true })
  passage!: string | null;

  @Field(() => String)
  body!: string;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType({ description: 'Una revisione di una versione da parte dei revisori dello spazio (il Collegio)' })
export class ModelReview {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  versionId!: string;

  @Field(() => String, { description: 'Scadenza, AAAA-MM-GG' })
  dueDate!: string;

  @Field(() => ReviewRuleKind)
  rule!: ReviewRuleKind;

  @Field(() => Date)
  openedAt!: Date;

  @Field(() => Date, { nullable: true })
  closedAt!: Date | null;

  @Field(() => ReviewOutcomeKind, { nullable: true })
  outcome!: ReviewOutcomeKind | null;

  @Field(() => Date, { nullable: true })
  withdrawnAt!: Date | null;

  @Field(() => [ReviewDecisionEntry])
  decisions!: ReviewDecisionEntry[];

  @Field(() => [ReviewComment])
  comments!: ReviewComment[];

  @Field(() => [ReviewerStatus], { description: 'I revisori attuali dello spazio' })
  reviewers!: ReviewerStatus[];

  @Field(() => ReviewDecisionKind, { nullable: true, description: 'Il parere di chi guarda, se revisore' })
  myDecision!: ReviewDecisionKind | null;

  @Field(() => Boolean, { description: 'Chi guarda può esprimere o cambiare il parere ora' })
  canDecide!: boolean;
}

@ObjectType({ description: 'Una versione consolidata di un modello: immutabile' })
export class ModelVersion {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  modelId!: string;

  @Field(() => String)
  modelTitle!: string;

  @Field(() => ID)
  spaceId!: string;

  @Field(() => String)
  spaceName!: string;

  @Field(() => Int)
  number!: number;

  @Field(() => String)
  changelog!: string;

  @Field(() => String, { description: 'Il testo in HTML canonico (l’impronta SHA-256 è calcolata su questo, UTF-8)' })
  html!: string;

  @Field(() => String)
  contentSha256!: string;

  @Field(() => [String], { description: 'Chi ha scritto dalla versione precedente' })
  contributorNames!: string[];

  @Field(() => String)
  createdByName!: string;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => ModelVersionStatus)
  status!: ModelVersionStatus;

  @Field(() => Date)
  statusChangedAt!: Date;

  @Field(() => [ModelReview], { description: 'Le revisioni della versione, dalla più recente' })
  reviews!: ModelReview[];

  contributorIds!: string[];
  createdById!: string;
}

@ObjectType({ description: 'Cosa può fare chi guarda con questo modello' })
export class ModelPermissions {
  @Field(() => Boolean, { description: 'Scrivere la bozza di lavoro' })
  edit!: boolean;

  @Field(() => Boolean)
  consolidate!: boolean;

  @Field(() => Boolean)
  submit!: boolean;

  @Field(() => Boolean)
  review!: boolean;
}

@ObjectType('Model', { description: 'Un modello co-progettato da uno spazio' })
export class DesignModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  spaceId!: string;

  @Field(() => String)
  title!: string;

  @Field(() => ModelStatus)
  status!: ModelStatus;

  @Field(() => ID, { description: 'La bozza di lavoro (documento MODEL, in tempo reale)' })
  documentId!: string;

  @Field(() => ID, { nullable: true })
  approvedVersionId!: string | null;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType()
export class WordChangeEntry {
  @Field(() => String, { description: 'same, added o removed' })
  kind!: string;

  @Field(() => String)
  text!: string;
}

@ObjectType({ description: 'Un blocco confrontato (paragrafo, titolo, punto di elenco, cella di tabella)' })
export class BlockChangeEntry {
  @Field(() => String, { description: 'same, added, removed, changed o moved' })
  kind!: string;

  @Field(() => String, { nullable: true })
  beforePlace!: string | null;

  @Field(() => String, { nullable: true })
  afterPlace!: string | null;

  @Field(() => String, { nullable: true })
  beforeText!: string | null;

  @Field(() => String, { nullable: true })
  afterText!: string | null;

  @Field(() => [WordChangeEntry], { description: 'Per i blocchi modificati: le parole cambiate' })
  words!: WordChangeEntry[];
}

@ObjectType()
export class DiffCounts {
  @Field(() => Int) added!: number;
  @Field(() => Int) removed!: number;
  @Field(() => Int) changed!: number;
  @Field(() => Int) moved!: number;
}

@ObjectType({ description: 'Il confronto tra due versioni, o tra una versione e la bozza attuale' })
export class ModelVersionDiff {
  @Field(() => ModelVersion)
  from!: ModelVersion;

  @Field(() => ModelVersion, { nullable: true, description: 'null: la bozza di lavoro attuale' })
  to!: ModelVersion | null;

  @Field(() => DiffCounts)
  summary!: DiffCounts;

  @Field(() => [BlockChangeEntry])
  changes!: BlockChangeEntry[];
}
