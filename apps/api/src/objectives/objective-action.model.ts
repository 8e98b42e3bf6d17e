import type { ObjectiveActionEntity } from '@condivisa/db';
import { ACTION_STATUSES } from '@condivisa/domain';
import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export const ActionStatus = Object.fromEntries(ACTION_STATUSES.map((s) => [s, s])) as { [K in (typeof ACTION_STATUSES)[number]]: K };
export type ActionStatus = keyof typeof ActionStatus;
registerEnumType(ActionStatus, { name: 'ActionStatus', description: 'Non avviata, in corso, conclusa, a rischio, abbandonata' });

export const EvidenceKind = { MINUTES: 'MINUTES', MODEL_VERSION: 'MODEL_VERSION', DOCUMENT: 'DOCUMENT', LINK: 'LINK' } as const;
export type EvidenceKind = keyof typeof EvidenceKind;
registerEnumType(EvidenceKind, { name: 'EvidenceKind', description: 'Verbale pubblicato, versione di modello approvata, documento, collegamento' });

@ObjectType({ description: "Ciò che documenta lo stato di un'azione" })
export class ActionEvidence {
  @Field(() => ID)
  id!: string;

  @Field(() => EvidenceKind)
  kind!: EvidenceKind;

  @Field(() => ID, { nullable: true })
  refId!: string | null;

  @Field(() => String, { nullable: true, description: 'Dove si legge: pagina pubblica del verbale o del modello, documento, collegamento' })
  url!: string | null;

  @Field(() => String)
  label!: string;

  @Field(() => Date)
  addedAt!: Date;
}

@ObjectType({ description: "Un'azione di un obiettivo, per un anno o per il triennio (o una fase di un percorso di uno spazio)" })
export class ObjectiveAction {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true })
  objectiveId!: string | null;

  @Field(() => ID, { nullable: true, description: 'Lo spazio, per le fasi di un percorso avviato da un modello (es. Piano di Zona)' })
  spaceId!: string | null;

  @Field(() => Int, { nullable: true, description: 'Anno; null per le azioni del triennio' })
  year!: number | null;

  @Field(() => [Int])
  years!: number[];

  @Field(() => String)
  text!: string;

  @Field(() => String, { nullable: true })
  setting!: string | null;

  @Field(() => ActionStatus)
  status!: ActionStatus;

  @Field(() => String, { nullable: true })
  statusJustification!: string | null;

  @Field(() => String, { nullable: true })
  ownerBody!: string | null;

  @Field(() => Date, { nullable: true })
  statusChangedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Scadenza (AAAA-MM-GG), per le fasi di un percorso' })
  dueDate!: string | null;

  @Field(() => [String], { description: 'Le evidenze che la chiudono (fasi di un percorso)' })
  evidenceRequired!: string[];
}

export function toAction(e: ObjectiveActionEntity): ObjectiveAction {
  return {
    id: e.id, objectiveId: e.objectiveId, spaceId: e.spaceId, year: e.year, years: e.years, text: e.text, setting: e.setting,
    status: e.status as ActionStatus, statusJustification: e.statusJustification, ownerBody: e.ownerBody, statusChangedAt: e.statusChangedAt,
    dueDate: e.dueDate, evidenceRequired: e.evidenceRequired,
  };
}
