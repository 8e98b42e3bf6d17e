import { Field, ObjectType } from '@nestjs/graphql';
import { ItemChange } from './instrument-enums';
import { InstrumentRevision } from './instrument-revision.model';

@ObjectType({ description: 'Una voce di lista nel confronto tra revisioni' })
class InstrumentListItemChange {
  @Field(() => ItemChange) change!: ItemChange;
  @Field(() => String) text!: string;
}

@ObjectType({ description: 'Un campo cambiato: prima/dopo per i campi semplici, voce per voce per le liste' })
class InstrumentFieldChange {
  @Field(() => String) field!: string;
  @Field(() => String) label!: string;
  @Field(() => Boolean) list!: boolean;
  @Field(() => String, { nullable: true }) before!: string | null;
  @Field(() => String, { nullable: true }) after!: string | null;
  @Field(() => [InstrumentListItemChange]) items!: InstrumentListItemChange[];
}

@ObjectType({ description: 'Il confronto tra due revisioni dello stesso strumento' })
export class InstrumentRevisionDiff {
  @Field(() => InstrumentRevision) from!: InstrumentRevision;
  @Field(() => InstrumentRevision) to!: InstrumentRevision;
  @Field(() => [InstrumentFieldChange]) changes!: InstrumentFieldChange[];
}
