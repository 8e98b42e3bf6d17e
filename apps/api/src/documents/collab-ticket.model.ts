import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Lasciapassare di breve durata per il canale in tempo reale di un documento' })
export class CollabTicket {
  @Field(() => String)
  token!: string;

  @Field(() => String, { description: 'Indirizzo base del canale: ws(s)://host/collab (il client aggiunge /<id documento>)' })
  url!: string;

  @Field(() => Date)
  expiresAt!: Date;

  @Field(() => Boolean, { description: 'Il server scarterà le modifiche: il ruolo o lo stato del documento non permettono di scrivere' })
  readOnly!: boolean;
}
