import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { SubscribeResolverData } from 'type-graphql';
import { AgendaItem } from '../agenda/agenda-item.entity.js';
import type { Context } from '../core/context.js';
import { User } from '../identity/user.entity.js';
import { Pair } from '../pairs/pair.entity.js';
import { Message, Thread } from './thread.entity.js';
import { CreateThreadInput, PostMessageInput, ThreadEvent, ThreadReader } from './thread.inputs.js';
import type { HubEvent } from './thread.hub.js';

@Resolver(() => Thread)
export class ThreadResolver {
  @Query(() => Thread, { nullable: true })
  thread(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Thread> {
    return ctx.services.threads.visibleThread(ctx.user, id);
  }

  @Query(() => [Message], { description: "Messages of a pair's space containing the words (newest first, at most 30)." })
  searchMessages(@Arg('pairId', () => ID) pairId: string, @Arg('query') query: string, @Ctx() ctx: Context): Promise<Message[]> {
    return ctx.services.threads.search(ctx.user, pairId, query);
  }

  @Query(() => [User], { description: "The people of a pair's two PTCEs (for @mentions)." })
  pairPeople(@Arg('pairId', () => ID) pairId: string, @Ctx() ctx: Context): Promise<User[]> {
    return ctx.services.threads.people(ctx.user, pairId);
  }

  @Mutation(() => Thread)
  createThread(@Arg('input', () => CreateThreadInput) input: CreateThreadInput, @Ctx() ctx: Context): Promise<Thread> {
    return ctx.services.threads.createThread(ctx.user, input);
  }

  @Mutation(() => Message)
  postMessage(@Arg('input', () => PostMessageInput) input: PostMessageInput, @Ctx() ctx: Context): Promise<Message> {
    return ctx.services.threads.postMessage(ctx.user, input);
  }

  @Mutation(() => Message)
  editMessage(@Arg('id', () => ID) id: string, @Arg('body') body: string, @Ctx() ctx: Context): Promise<Message> {
    return ctx.services.threads.editMessage(ctx.user, id, body);
  }

  @Mutation(() => Message)
  deleteMessage(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Message> {
    return ctx.services.threads.deleteMessage(ctx.user, id);
  }

  @Mutation(() => Thread)
  markRead(
    @Arg('threadId', () => ID) threadId: string,
    @Arg('seq', () => Int) seq: number,
    @Ctx() ctx: Context,
  ): Promise<Thread> {
    return ctx.services.threads.markRead(ctx.user, threadId, seq);
  }

  @Mutation(() => Boolean, { description: 'I am looking at this thread (typing: false) or writing in it (typing: true).' })
  signalPresence(
    @Arg('threadId', () => ID) threadId: string,
    @Arg('typing') typing: boolean,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    return ctx.services.threads.signalPresence(ctx.user, threadId, typing);
  }

  @Mutation(() => Thread, { description: 'Mute (true) or follow again (false) a thread.' })
  setThreadMuted(
    @Arg('threadId', () => ID) threadId: string,
    @Arg('muted') muted: boolean,
    @Ctx() ctx: Context,
  ): Promise<Thread> {
    return ctx.services.threads.setMuted(ctx.user, threadId, muted);
  }

  @Subscription(() => ThreadEvent, {
    description: 'Every message after `afterSeq` (replay), then live events, without gap or duplicate.',
    subscribe: ({ args, context }: SubscribeResolverData<unknown, { threadId: string; afterSeq?: number | null }, Context>) =>
      context.services.threads.events(context.user, args.threadId, args.afterSeq),
  })
  threadEvents(
    @Arg('threadId', () => ID) _threadId: string,
    @Arg('afterSeq', () => Int, { nullable: true }) _afterSeq: number | null,
    @Root() event: HubEvent,
  ): ThreadEvent {
    return event;
  }

  @FieldResolver(() => [Message])
  messages(
    @Root() thread: Thread,
    @Ctx() ctx: Context,
    @Arg('afterSeq', () => Int, { nullable: true }) afterSeq?: number,
    @Arg('beforeSeq', () => Int, { nullable: true }) beforeSeq?: number,
    @Arg('last', () => Int, { nullable: true }) last?: number,
  ): Promise<Message[]> {
    return ctx.services.threads.messages(ctx.user, thread, { afterSeq, beforeSeq, last });
  }

  @FieldResolver(() => AgendaItem, { nullable: true, description: 'The agenda item this thread is about, if any.' })
  agendaItem(@Root() thread: Thread, @Ctx() ctx: Context): Promise<AgendaItem | null> {
    return ctx.services.threads.agendaItemOf(thread);
  }

  @FieldResolver(() => Int, { description: "Messages of others after the signed-in person's read position." })
  unreadCount(@Root() thread: Thread, @Ctx() ctx: Context): Promise<number> {
    return ctx.services.threads.unreadCount(ctx.user, thread);
  }

  @FieldResolver(() => Int, { description: "The signed-in person's read position." })
  readSeq(@Root() thread: Thread, @Ctx() ctx: Context): Promise<number> {
    return ctx.services.threads.readSeq(ctx.user, thread);
  }

  @FieldResolver(() => Boolean)
  muted(@Root() thread: Thread, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.threads.muted(ctx.user, thread);
  }

  @FieldResolver(() => [ThreadReader], { description: 'Read positions of the other people ("vu par").' })
  readers(@Root() thread: Thread, @Ctx() ctx: Context): Promise<ThreadReader[]> {
    return ctx.services.threads.readers(ctx.user, thread);
  }
}

@Resolver(() => Pair)
export class PairThreadsResolver {
  @FieldResolver(() => [Thread], { description: 'Threads of the space, latest activity first.' })
  threads(@Root() pair: Pair, @Ctx() ctx: Context): Promise<Thread[]> {
    return ctx.services.threads.threadsOf(ctx.user, pair);
  }
}
