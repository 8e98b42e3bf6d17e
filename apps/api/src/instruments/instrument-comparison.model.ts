import { Field, ObjectType } from '@nestjs/graphql';
import { Instrument } from './instrument.model';

@ObjectType({ description: 'Una riga del confronto: un attributo e i valori di ciascuno strumento' })
class InstrumentComparisonRow {
  @Field(() => String) field!: string;
  @Field(() => String) label!: string;
  @Field(() => Boolean) list!: boolean;
  @Field(() => [[String]], { description: 'Un elenco di valori per strumento, nello stesso ordine di instruments' }) values!: string[][];
  @Field(() => Boolean, { description: 'Tutti gli strumenti hanno gli stessi valori' }) same!: boolean;
}

@ObjectType({ description: 'Da 2 a 4 strumenti affiancati su ogni attributo' })
export class InstrumentComparison {
  @Field(() => [Instrument]) instruments!: Instrument[];
  @Field(() => [InstrumentComparisonRow]) rows!: InstrumentComparisonRow[];
}
