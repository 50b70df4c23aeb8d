import { Arg, Ctx, ID, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { SubscribeResolverData } from 'type-graphql';
import type { Context } from '../core/context.js';
import { Pair } from './pair.entity.js';
import { PairActivity } from './pair.inputs.js';

@Resolver(() => Pair)
export class PairResolver {
  @Query(() => [Pair], { description: "The signed-in person's pairs (an operator: all)." })
  myPairs(@Ctx() ctx: Context): Promise<Pair[]> {
    return ctx.services.pairs.myPairs(ctx.user);
  }

  @Query(() => Pair, { nullable: true })
  pair(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Pair> {
    return ctx.services.pairs.visiblePair(ctx.user, id);
  }

  @Subscription(() => PairActivity, {
    subscribe: ({ args, context }: SubscribeResolverData<unknown, { pairId: string }, Context>) =>
      context.services.pairs.activity(context.user, args.pairId),
  })
  pairActivity(@Arg('pairId', () => ID) pairId: string, @Root() event: { type: string; pair: Pair }): PairActivity {
    return { type: event.type, pairId, pair: event.pair };
  }
}
