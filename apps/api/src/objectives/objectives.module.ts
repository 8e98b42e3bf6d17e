import { Module } from '@nestjs/common';
import { DocumentsModule } from '../documents/documents.module';
import { IdentityModule } from '../identity/identity.module';
import { SpacesModule } from '../spaces/spaces.module';
import { MonitoringResolver, ObjectiveMonitoringResolver, SemesterReportResolver } from './monitoring.resolver';
import { MonitoringService } from './monitoring.service';
import { ObjectivesResolver } from './objectives.resolver';
import { ReportsHttpController } from './reports-http.controller';
import { SemesterReportsService } from './semester-reports.service';

@Module({
  imports: [SpacesModule, DocumentsModule, IdentityModule],
  controllers: [ReportsHttpController],
  providers: [ObjectivesResolver, MonitoringService, SemesterReportsService, MonitoringResolver, ObjectiveMonitoringResolver, SemesterReportResolver],
})
export class ObjectivesModule {}
