import { Module } from '@nestjs/common';
import { InstrumentsModule } from '../instruments/instruments.module';
import { TerritoryModule } from '../territory/territory.module';
import { OpenDataController } from './open-data.controller';
import { OpenDataService } from './open-data.service';

/** Public downloads (no login) of what the platform publishes as open data. */
@Module({ imports: [InstrumentsModule, TerritoryModule], controllers: [OpenDataController], providers: [OpenDataService] })
export class OpenDataModule {}
