import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType()
class InstrumentFacetCount {
  @Field(() => String) value!: string;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: 'Per ogni valore di ogni filtro, quanti strumenti darebbe con gli altri filtri applicati' })
export class InstrumentFacets {
  @Field(() => [InstrumentFacetCount]) families!: InstrumentFacetCount[];
  @Field(() => [InstrumentFacetCount]) phases!: InstrumentFacetCount[];
  @Field(() => [InstrumentFacetCount]) counterpartKinds!: InstrumentFacetCount[];
  @Field(() => [InstrumentFacetCount]) areas!: InstrumentFacetCount[];
}
