import { Module } from '@nestjs/common';
import { SpacesModule } from '../spaces/spaces.module';
import { TerritoryModule } from '../territory/territory.module';
import { InstrumentChoiceResolver } from './instrument-choice.resolver';
import { InstrumentCommentsResolver } from './instrument-comments.resolver';
import { InstrumentCommentsService } from './instrument-comments.service';
import { InstrumentExperiencesResolver } from './instrument-experiences.resolver';
import { InstrumentExperiencesService } from './instrument-experiences.service';
import { InstrumentLinksResolver } from './instrument-links.resolver';
import { InstrumentRelationsResolver } from './instrument-relations.resolver';
import { InstrumentRevisionsResolver } from './instrument-revisions.resolver';
import { InstrumentsResolver } from './instruments.resolver';
import { InstrumentsService } from './instruments.service';

@Module({
  imports: [SpacesModule, TerritoryModule],
  providers: [
    InstrumentsService, InstrumentExperiencesService, InstrumentCommentsService,
    InstrumentsResolver, InstrumentRelationsResolver, InstrumentLinksResolver, InstrumentRevisionsResolver, InstrumentChoiceResolver,
    InstrumentExperiencesResolver, InstrumentCommentsResolver,
  ],
  exports: [InstrumentsService, InstrumentExperiencesService],
})
export class InstrumentsModule {}
