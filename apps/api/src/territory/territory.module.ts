import { Module } from '@nestjs/common';
import { AmbitoResolver } from './ambito.resolver';
import { AsstResolver } from './asst.resolver';
import { DistrettoResolver } from './distretto.resolver';
import { TerritoryService } from './territory.service';

@Module({ providers: [TerritoryService, AmbitoResolver, DistrettoResolver, AsstResolver], exports: [TerritoryService] })
export class TerritoryModule {}
