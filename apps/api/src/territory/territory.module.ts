import { Module } from '@nestjs/common';
import { AmbitoResolver, AsstResolver, DistrettoResolver } from './territory.resolver';
import { TerritoryService } from './territory.service';

@Module({ providers: [TerritoryService, AmbitoResolver, DistrettoResolver, AsstResolver], exports: [TerritoryService] })
export class TerritoryModule {}
