import { Module } from '@nestjs/common';
import { TerritoryModule } from '../territory/territory.module';
import { OrganizationsResolver } from './organizations.resolver';
import { OrganizationsService } from './organizations.service';

@Module({ imports: [TerritoryModule], providers: [OrganizationsService, OrganizationsResolver], exports: [OrganizationsService] })
export class OrganizationsModule {}
