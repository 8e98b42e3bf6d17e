import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Che cosa può fare chi guarda la mappa degli strumenti (dalla policy)' })
export class InstrumentPermissions {
  @Field(() => Boolean, { description: 'Modificare strumenti e relazioni' }) canEdit!: boolean;
  @Field(() => Boolean, { description: 'Registrare esperienze (in almeno uno spazio)' }) canRecordExperience!: boolean;
  @Field(() => Boolean) canComment!: boolean;
}
