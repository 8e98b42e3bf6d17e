import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Un collegamento a un documento o a un verbale pubblicato' })
class ExperienceLink {
  @Field(() => String) url!: string;
  @Field(() => String, { nullable: true }) label!: string | null;
}

@ObjectType({ description: "Un'esperienza del territorio: uno strumento usato da un Ambito (o da uno spazio) per un'area in un anno" })
export class InstrumentExperience {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  instrumentId!: string;

  @Field(() => ID, { nullable: true })
  ambitoId!: string | null;

  /** Exposed through `space`, which only shows spaces the viewer may see. */
  spaceId!: string | null;

  @Field(() => String)
  area!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => String)
  description!: string;

  @Field(() => [String])
  partners!: string[];

  @Field(() => String, { nullable: true })
  outcome!: string | null;

  @Field(() => [ExperienceLink])
  links!: ExperienceLink[];

  @Field(() => Date)
  createdAt!: Date;

  authorId!: string | null;
}
