import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { CounterpartKind, InstrumentFamily, InstrumentPhase } from './instrument-enums';

@InputType({ description: 'Filtri sul catalogo: i valori dello stesso filtro sono alternativi (OR), i filtri si combinano in AND' })
export class InstrumentFilter {
  @Field(() => [InstrumentFamily], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsEnum(InstrumentFamily, { each: true })
  families?: InstrumentFamily[];

  @Field(() => [InstrumentPhase], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsEnum(InstrumentPhase, { each: true })
  phases?: InstrumentPhase[];

  @Field(() => [CounterpartKind], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsEnum(CounterpartKind, { each: true })
  counterpartKinds?: CounterpartKind[];

  @Field(() => [String], { nullable: true, description: 'Aree di welfare (es. "casa e abitare")' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  areas?: string[];

  @Field(() => String, { nullable: true, description: 'Testo libero; ignora accenti e maiuscole' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;
}
