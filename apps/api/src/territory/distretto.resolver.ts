import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Asst } from './asst.model';
import { Distretto } from './distretto.model';
import { TerritoryService } from './territory.service';

@Resolver(() => Distretto)
export class DistrettoResolver {
  constructor(private readonly territory: TerritoryService) {}

  @ResolveField(() => Asst)
  asst(@Parent() distretto: Distretto): Promise<Asst> {
    return this.territory.asst(distretto.asstId);
  }
}
