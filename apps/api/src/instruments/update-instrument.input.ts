import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsOptional, IsString, Length, MaxLength, ValidateNested,
} from 'class-validator';
import { ContentDefinition, CounterpartKind, InstrumentAim, InstrumentFamily, InstrumentPhase, ResourceFlowKind } from './instrument-enums';

const ITEM = 1000;
const PROSE = 5000;

@InputType()
class LegalBasisInput {
  @Field(() => String)
  @IsString()
  @Length(2, ITEM)
  act!: string;

  @Field(() => String)
  @IsString()
  @Length(1, ITEM)
  article!: string;

  @Field(() => ID)
  @IsString()
  @MaxLength(200)
  sourceId!: string;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  unverified?: boolean;
}

@InputType()
class CaseLawDetailInput {
  @Field(() => String)
  @IsString()
  @Length(2, ITEM)
  ruling!: string;

  @Field(() => String)
  @IsString()
  @Length(2, PROSE)
  holding!: string;

  @Field(() => ID)
  @IsString()
  @MaxLength(200)
  sourceId!: string;
}

@InputType({ description: 'Gli attributi della scelta guidata; solo quelli indicati cambiano' })
class InstrumentChoiceProfileInput {
  @Field(() => [CounterpartKind], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsEnum(CounterpartKind, { each: true })
  counterpartKinds?: CounterpartKind[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(3, ITEM)
  counterpartRule?: string;

  @Field(() => [ResourceFlowKind], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsEnum(ResourceFlowKind, { each: true })
  resourceFlows?: ResourceFlowKind[];

  @Field(() => [InstrumentAim], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsEnum(InstrumentAim, { each: true })
  aims?: InstrumentAim[];

  @Field(() => [ContentDefinition], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsEnum(ContentDefinition, { each: true })
  contentDefinitions?: ContentDefinition[];

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  requiresMarketInterest?: boolean;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  requiresWorkIntegration?: boolean;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  areaLimitedByLaw?: boolean;
}

/** Every field optional: only what is given changes. Lists replace the whole list. */
@InputType({ description: 'Solo i campi indicati cambiano; una lista indicata sostituisce quella precedente' })
export class UpdateInstrumentInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(3, 300, { message: 'Il nome deve avere da 3 a 300 caratteri' })
  name?: string;

  @Field(() => InstrumentFamily, { nullable: true })
  @IsOptional()
  @IsEnum(InstrumentFamily)
  family?: InstrumentFamily;

  @Field(() => [InstrumentPhase], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @IsEnum(InstrumentPhase, { each: true })
  phases?: InstrumentPhase[];

  @Field(() => [LegalBasisInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(40)
  @ValidateNested({ each: true })
  @Type(() => LegalBasisInput)
  legalBasis?: LegalBasisInput[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(PROSE)
  counterparts?: string;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  counterpartsUnverified?: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(PROSE)
  resourceFlow?: string;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  resourceFlowUnverified?: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(PROSE)
  summary?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(PROSE)
  whenToUse?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(40)
  @IsString({ each: true })
  @MaxLength(ITEM, { each: true })
  keySteps?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(40)
  @IsString({ each: true })
  @MaxLength(ITEM, { each: true })
  constraints?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(40)
  @IsString({ each: true })
  @MaxLength(ITEM, { each: true })
  caseLaw?: string[];

  @Field(() => [CaseLawDetailInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(40)
  @ValidateNested({ each: true })
  @Type(() => CaseLawDetailInput)
  caseLawDetails?: CaseLawDetailInput[];

  @Field(() => [String], { nullable: true, description: 'Aree di welfare (il vocabolario del catalogo)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  areas?: string[];

  @Field(() => [ID], { nullable: true, description: 'Fonti oltre alla base giuridica' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(80)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  sourceIds?: string[];

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  unverified?: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(PROSE)
  unverifiedNote?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(PROSE)
  regionalNote?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(PROSE)
  note?: string | null;

  @Field(() => InstrumentChoiceProfileInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => InstrumentChoiceProfileInput)
  profile?: InstrumentChoiceProfileInput;
}
