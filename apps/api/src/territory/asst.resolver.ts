import { Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Asst } from './asst.model';
import { Distretto } from './distretto.model';
import { TerritoryService } from './territory.service';

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
