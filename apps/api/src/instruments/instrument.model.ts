import type { CaseLawDetail, LegalBasis } from '@condivisa/domain';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ContentDefinition, CounterpartKind, InstrumentAim, InstrumentFamily, InstrumentPhase, ResourceFlowKind } from './instrument-enums';

@ObjectType({ description: 'Gli attributi su cui ragiona la scelta guidata (lista vuota: non vincolato)' })
class InstrumentChoiceProfile {
  @Field(() => [CounterpartKind]) counterpartKinds!: CounterpartKind[];
  @Field(() => String, { description: 'La regola sulla controparte, in breve' }) counterpartRule!: string;
  @Field(() => [ResourceFlowKind], { description: 'Vuota: le risorse seguono lo strumento con cui si coinvolgono i partner' }) resourceFlows!: ResourceFlowKind[];
  @Field(() => [InstrumentAim]) aims!: InstrumentAim[];
  @Field(() => [ContentDefinition], { description: 'Vuota: la domanda non si applica (accordi tra PA)' }) contentDefinitions!: ContentDefinition[];
  @Field(() => Boolean) requiresMarketInterest!: boolean;
  @Field(() => Boolean) requiresWorkIntegration!: boolean;
  @Field(() => Boolean, { description: 'La legge lo limita alle sue aree' }) areaLimitedByLaw!: boolean;
}

@ObjectType({ description: 'Uno strumento della mappa dei rapporti tra PA ed ETS' })
export class Instrument {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => InstrumentFamily)
  family!: InstrumentFamily;

  @Field(() => [InstrumentPhase])
  phases!: InstrumentPhase[];

  @Field(() => String, { description: 'Chi può essere controparte, con le parole delle fonti' })
  counterparts!: string;

  @Field(() => Boolean)
  counterpartsUnverified!: boolean;

  @Field(() => String)
  resourceFlow!: string;

  @Field(() => Boolean)
  resourceFlowUnverified!: boolean;

  @Field(() => String)
  summary!: string;

  @Field(() => String)
  whenToUse!: string;

  @Field(() => [String])
  keySteps!: string[];

  @Field(() => [String])
  constraints!: string[];

  @Field(() => [String])
  caseLaw!: string[];

  @Field(() => [String])
  areas!: string[];

  @Field(() => Boolean, { description: 'Lo strumento nel suo insieme contiene dati non confermati' })
  unverified!: boolean;

  @Field(() => String, { nullable: true })
  unverifiedNote!: string | null;

  @Field(() => String, { nullable: true, description: 'Specificità lombarde' })
  regionalNote!: string | null;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => InstrumentChoiceProfile)
  profile!: InstrumentChoiceProfile;

  @Field(() => Int, { description: 'Numero della revisione corrente' })
  revision!: number;

  @Field(() => Date)
  updatedAt!: Date;

  legalBasis!: LegalBasis[];
  caseLawDetails!: CaseLawDetail[];
  sourceIds!: string[];
}
