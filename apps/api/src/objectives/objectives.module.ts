import { Module } from '@nestjs/common';
import { SpacesModule } from '../spaces/spaces.module';
import { MonitoringResolver, ObjectiveMonitoringResolver } from './monitoring.resolver';
import { MonitoringService } from './monitoring.service';
import { ObjectivesResolver } from './objectives.resolver';

@Module({ imports: [SpacesModule], providers: [ObjectivesResolver, MonitoringService, MonitoringResolver, ObjectiveMonitoringResolver] })
export class ObjectivesModule {}
