import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { SubscribeResolverData } from 'type-graphql';
import type { PairAction, PairSide } from '@tandem/shared';
import { PAIR_ACTIONS } from '@tandem/shared';
import { registerEnumType } from 'type-graphql';
import type { Context } from '../core/context.js';
import { FollowUp } from './follow-up.entity.js';
import { Lesson, PairSideEnum } from './lesson.entity.js';
import { Pair } from './pair.entity.js';
import { PairEvent } from './pair-event.entity.js';
import {
  PairActivity,
  PairMember,
  PairOverviewRow,
  PairsOverviewFilter,
  RequestTsfInput,
  SaveLessonInput,
  TsfRequestOptions,
} from './pair.inputs.js';

const PairActionEnum = Object.fromEntries(PAIR_ACTIONS.map((a) => [a, a])) as { [K in PairAction]: K };
registerEnumType(PairActionEnum, { name: 'PairAction', description: 'A move in the life of a TSF' });

type ActivityEvent = { type: string; pair: Pair };

@Resolver(() => Pair)
export class PairResolver {
  @Query(() => [Pair], { description: "The signed-in person's pairs (an operator: all)." })
  myPairs(@Ctx() ctx: Context): Promise<Pair[]> {
    return ctx.services.pairs.myPairs(ctx.user);
  }

  @Query(() => Pair, { nullable: true, description: 'Opens a space; an operator opening it is written in its audit trail.' })
  pair(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Pair> {
    return ctx.services.pairs.openPair(ctx.user, id);
  }

  @Query(() => TsfRequestOptions, { description: 'Whom one may ask for a TSF, or why one cannot yet.' })
  tsfRequestOptions(@Ctx() ctx: Context): Promise<TsfRequestOptions> {
    return ctx.services.pairs.requestOptions(ctx.user);
  }

  @Query(() => [PairOverviewRow], { description: "The operator's figures on every pair (operators only)." })
  pairsOverview(
    @Arg('filter', () => PairsOverviewFilter, { nullable: true }) filter: PairsOverviewFilter | null,
    @Ctx() ctx: Context,
  ): Promise<PairOverviewRow[]> {
    return ctx.services.pairReports.overview(ctx.user, filter ?? {});
  }

  @Mutation(() => Pair, { description: 'A coordinator of an eligible PTCE asks a Compagnon for a TSF.' })
  async requestTsf(@Arg('input', () => RequestTsfInput) input: RequestTsfInput, @Ctx() ctx: Context): Promise<Pair> {
    const id = await ctx.services.pairLifecycle.request(ctx.user, input);
    return ctx.services.pairs.visiblePair(ctx.user, id);
  }

  @Mutation(() => Pair)
  acceptTsf(@Arg('pairId', () => ID) pairId: string, @Ctx() ctx: Context): Promise<Pair> {
    return this.move(ctx, pairId, 'ACCEPT');
  }

  @Mutation(() => Pair)
  declineTsf(@Arg('pairId', () => ID) pairId: string, @Arg('reason') reason: string, @Ctx() ctx: Context): Promise<Pair> {
    return this.move(ctx, pairId, 'DECLINE', reason);
  }

  @Mutation(() => Pair, { description: 'The requester withdraws a request still waiting for an answer.' })
  withdrawTsf(@Arg('pairId', () => ID) pairId: string, @Ctx() ctx: Context): Promise<Pair> {
    return this.move(ctx, pairId, 'WITHDRAW');
  }

  @Mutation(() => Pair, { description: 'Ends the TSF; the space stays fully open and the lessons begin.' })
  completeTsf(@Arg('pairId', () => ID) pairId: string, @Ctx() ctx: Context): Promise<Pair> {
    return this.move(ctx, pairId, 'COMPLETE');
  }

  @Mutation(() => Lesson)
  saveLesson(@Arg('input', () => SaveLessonInput) input: SaveLessonInput, @Ctx() ctx: Context): Promise<Lesson> {
    return ctx.services.lessons.save(ctx.user, input);
  }

  @Mutation(() => FollowUp)
  answerFollowUp(
    @Arg('followUpId', () => ID) followUpId: string,
    @Arg('answer') answer: string,
    @Ctx() ctx: Context,
  ): Promise<FollowUp> {
    return ctx.services.lessons.answerFollowUp(ctx.user, followUpId, answer);
  }

  @FieldResolver(() => [PairEvent], { description: 'Who did what, when: status changes and operator visits.' })
  auditTrail(@Root() pair: Pair, @Ctx() ctx: Context): Promise<PairEvent[]> {
    return ctx.services.pairs.auditTrail(pair);
  }

  @FieldResolver(() => [Lesson])
  lessons(@Root() pair: Pair, @Ctx() ctx: Context): Promise<Lesson[]> {
    return ctx.services.pairs.lessons(pair);
  }

  @FieldResolver(() => [FollowUp])
  followUps(@Root() pair: Pair, @Ctx() ctx: Context): Promise<FollowUp[]> {
    return ctx.services.pairs.followUps(pair);
  }

  @FieldResolver(() => Int, { description: 'Check-ins open and not answered yet.' })
  followUpsDue(@Root() pair: Pair, @Ctx() ctx: Context): Promise<number> {
    return ctx.services.pairs.followUpsDue(pair);
  }

  @FieldResolver(() => Date)
  lastStatusChangeAt(@Root() pair: Pair, @Ctx() ctx: Context): Promise<Date | null> {
    return ctx.services.pairs.lastStatusChangeAt(pair);
  }

  @FieldResolver(() => [PairMember], { description: 'The people of both PTCEs.' })
  members(@Root() pair: Pair, @Ctx() ctx: Context): Promise<PairMember[]> {
    return ctx.services.pairs.members(pair);
  }

  @FieldResolver(() => PairSideEnum, { nullable: true, description: "The signed-in person's side (null for an operator)." })
  viewerSide(@Root() pair: Pair, @Ctx() ctx: Context): PairSide | null {
    return ctx.services.pairs.viewerSide(ctx.user, pair);
  }

  @FieldResolver(() => [PairActionEnum], { description: 'What the signed-in person may do on the pair now.' })
  viewerActions(@Root() pair: Pair, @Ctx() ctx: Context): PairAction[] {
    return ctx.services.pairs.viewerActions(ctx.user, pair);
  }

  @Subscription(() => PairActivity, {
    subscribe: ({ args, context }: SubscribeResolverData<unknown, { pairId: string }, Context>) =>
      context.services.pairs.activity(context.user, args.pairId),
  })
  pairActivity(@Arg('pairId', () => ID) pairId: string, @Root() event: ActivityEvent): PairActivity {
    return { type: event.type, pairId, pair: event.pair };
  }

  @Subscription(() => PairActivity, {
    description: 'Pairs of my PTCE (an operator: all) appearing or changing status.',
    subscribe: ({ context }: SubscribeResolverData<unknown, object, Context>) =>
      context.services.pairs.myPairsActivity(context.user),
  })
  myPairsActivity(@Root() event: ActivityEvent): PairActivity {
    return { type: event.type, pairId: event.pair.id, pair: event.pair };
  }

  private async move(ctx: Context, pairId: string, action: PairAction, reason?: string): Promise<Pair> {
    const id = await ctx.services.pairLifecycle.transition(ctx.user, pairId, action, reason);
    return ctx.services.pairs.visiblePair(ctx.user, id);
  }
}
