import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ambito, Asst, Distretto, Territory } from './territory.models';
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

@Resolver(() => Distretto)
export class DistrettoResolver {
  constructor(private readonly territory: TerritoryService) {}

  @ResolveField(() => Asst)
  asst(@Parent() distretto: Distretto): Promise<Asst> {
    return this.territory.asst(distretto.asstId);
  }
}

@Resolver(() => Asst)
export class AsstResolver {
  constructor(private readonly territory: TerritoryService) {}

  @Query(() => [Asst])
  assts(): Promise<Asst[]> {
    return this.territory.assts();
  }

  @ResolveField(() => [Distretto])
  distretti(@Parent() asst: Asst): Promise<Distretto[]> {
    return this.territory.distrettiOf(asst.id);
  }
}
