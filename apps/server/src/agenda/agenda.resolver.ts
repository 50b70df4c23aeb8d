import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { SubscribeResolverData } from 'type-graphql';
import type { AgendaEventType } from '@tandem/shared';
import type { Context } from '../core/context.js';
import { Pair } from '../pairs/pair.entity.js';
import { Thread } from '../threads/thread.entity.js';
import { AgendaItem } from './agenda-item.entity.js';
import {
  AddAgendaItemInput,
  AgendaEditor,
  AgendaEvent,
  AgendaPresence,
  CalendarFeedInfo,
  CalendarFeedUrl,
  UpdateAgendaItemInput,
} from './agenda.inputs.js';

type PairArgs = SubscribeResolverData<unknown, { pairId: string }, Context>;

@Resolver(() => AgendaItem)
export class AgendaResolver {
  @Mutation(() => AgendaItem)
  addAgendaItem(@Arg('input', () => AddAgendaItemInput) input: AddAgendaItemInput, @Ctx() ctx: Context): Promise<AgendaItem> {
    return ctx.services.agenda.addItem(ctx.user, input);
  }

  @Mutation(() => AgendaItem, { description: 'Stale expectedVersion: CONFLICT with the current item in extensions.current' })
  updateAgendaItem(
    @Arg('input', () => UpdateAgendaItemInput) input: UpdateAgendaItemInput,
    @Ctx() ctx: Context,
  ): Promise<AgendaItem> {
    return ctx.services.agenda.updateItem(ctx.user, input);
  }

  @Mutation(() => Boolean)
  deleteAgendaItem(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    return ctx.services.agenda.deleteItem(ctx.user, id, expectedVersion);
  }

  @Mutation(() => [AgendaItem], { description: 'Fills an empty agenda with a typical two-day TSF' })
  startAgendaFromTemplate(
    @Arg('pairId', () => ID) pairId: string,
    @Arg('firstDay', { description: 'YYYY-MM-DD' }) firstDay: string,
    @Ctx() ctx: Context,
  ): Promise<AgendaItem[]> {
    return ctx.services.agenda.startFromTemplate(ctx.user, pairId, firstDay);
  }

  @Mutation(() => Boolean, { description: 'Heartbeat: I am editing this item (null: I stopped)' })
  markAgendaEditing(
    @Arg('pairId', () => ID) pairId: string,
    @Arg('itemId', () => ID, { nullable: true }) itemId: string | null,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    return ctx.services.agenda.markEditing(ctx.user, pairId, itemId ?? null);
  }

  @Subscription(() => AgendaEvent, {
    subscribe: ({ args, context }: PairArgs) => context.services.agenda.events(context.user, args.pairId),
  })
  agendaEvents(
    @Arg('pairId', () => ID) _pairId: string,
    @Root() event: { type: AgendaEventType; item: AgendaItem },
  ): AgendaEvent {
    return event;
  }

  @Subscription(() => AgendaPresence, {
    subscribe: ({ args, context }: PairArgs) => context.services.agenda.presence(context.user, args.pairId),
  })
  agendaPresence(@Arg('pairId', () => ID) pairId: string, @Root() editors: AgendaEditor[]): AgendaPresence {
    return { pairId, editors };
  }

  @FieldResolver(() => Thread, { nullable: true, description: 'The thread opened about this item, if any' })
  thread(@Root() item: AgendaItem, @Ctx() ctx: Context): Promise<Thread | null> {
    return ctx.services.threads.threadAbout(item.id);
  }

  @Query(() => CalendarFeedInfo, { nullable: true, description: "The signed-in person's secret calendar feed, if any" })
  calendarFeed(@Ctx() ctx: Context): Promise<CalendarFeedInfo | null> {
    return ctx.services.agenda.calendarFeed(ctx.user);
  }

  @Mutation(() => CalendarFeedUrl, { description: 'Creates or resets the secret feed URL; the old one stops working' })
  resetCalendarFeed(@Ctx() ctx: Context): Promise<CalendarFeedUrl> {
    return ctx.services.agenda.resetCalendarFeed(ctx.user);
  }

  @Mutation(() => Boolean)
  deleteCalendarFeed(@Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.agenda.deleteCalendarFeed(ctx.user);
  }
}

/** `Pair.agenda`, kept in the agenda domain. */
@Resolver(() => Pair)
export class PairAgendaResolver {
  @FieldResolver(() => [AgendaItem], { description: 'The live agenda items, in time order' })
  agenda(@Root() pair: Pair, @Ctx() ctx: Context): Promise<AgendaItem[]> {
    return ctx.services.agenda.agendaOf(ctx.user, pair.id);
  }
}
