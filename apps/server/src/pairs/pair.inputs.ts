import { Field, ID, ObjectType } from 'type-graphql';
import { Pair } from './pair.entity.js';

@ObjectType()
export class PairActivity {
  @Field({ description: 'STATUS_CHANGED, … (more kinds arrive with threads and documents)' })
  type: string;

  @Field(() => ID)
  pairId: string;

  @Field(() => Pair, { nullable: true })
  pair: Pair | null;
}
