import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ambito } from './ambito.model';
import { Distretto } from './distretto.model';
import { Territory } from './territory.model';
import { TerritoryService } from './territory.service';

@Resolver(() => Ambito)
export class AmbitoResolver {
  constructor(private readonly territory: TerritoryService) {}

  @Query(() => Territory, { name: 'territory', description: 'Totali del territorio e discrepanze della fonte' })
  territorySummary(): Promise<Territory> {
    return this.territory.territory();
  }

  @Query(() => [Ambito], { description: 'I 14 Ambiti, nell’ordine del documento' })
  ambiti(): Promise<Ambito[]> {
    return this.territory.ambiti();
  }

  @Query(() => Ambito, { nullable: true })
  ambito(@Args('id', { type: () => ID }) id: string): Promise<Ambito | null> {
    return this.territory.ambito(id);
  }

  @ResolveField(() => Distretto)
  distretto(@Parent() ambito: Ambito): Promise<Distretto> {
    return this.territory.distretto(ambito.distrettoId);
  }
}
