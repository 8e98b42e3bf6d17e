import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Sector } from '@condivisa/domain';

registerEnumType(Sector, { name: 'Sector', description: 'PA, Ente del Terzo Settore o altro' });

@ObjectType({ description: 'Un ente: pubblica amministrazione, ETS o altro soggetto' })
export class Organization {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Sector)
  sector!: Sector;

  @Field(() => String, { description: 'Tipo, come riportato nelle fonti (es. "Ambito", "Cooperativa sociale")' })
  type!: string;

  @Field(() => String, { nullable: true })
  fiscalCode!: string | null;

  @Field(() => String, { nullable: true, description: 'Numero di iscrizione al RUNTS (solo ETS)' })
  runtsNumber!: string | null;

  @Field(() => [String])
  aliases!: string[];

  @Field(() => String, { nullable: true })
  notes!: string | null;

  ambitoId!: string | null;
  parentId!: string | null;
}
