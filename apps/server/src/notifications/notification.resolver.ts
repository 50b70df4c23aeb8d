import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { SubscribeResolverData } from 'type-graphql';
import type { Context } from '../core/context.js';
import { Thread } from '../threads/thread.entity.js';
import { Notification, NotificationPreference } from './notification.entity.js';
import { NotificationConnection, NotificationEvent, NotificationPreferencesInput } from './notification.inputs.js';

@Resolver(() => Notification)
export class NotificationResolver {
  @Query(() => NotificationConnection, { description: 'My notifications, newest first.' })
  notifications(
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
  ): Promise<NotificationConnection> {
    return ctx.services.notifications.list(ctx.user, first, after);
  }

  @Query(() => Int)
  unreadNotificationCount(@Ctx() ctx: Context): Promise<number> {
    return ctx.services.notifications.unreadCount(ctx.user);
  }

  @Mutation(() => Notification)
  markNotificationRead(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Notification> {
    return ctx.services.notifications.markRead(ctx.user, id);
  }

  @Mutation(() => Int, { description: 'Marks every notification of mine read; returns how many were unread.' })
  markAllNotificationsRead(@Ctx() ctx: Context): Promise<number> {
    return ctx.services.notifications.markAllRead(ctx.user);
  }

  @Query(() => NotificationPreference)
  notificationPreferences(@Ctx() ctx: Context): Promise<NotificationPreference> {
    return ctx.services.notifications.preferences(ctx.user);
  }

  @Mutation(() => NotificationPreference)
  updateNotificationPreferences(
    @Arg('input', () => NotificationPreferencesInput) input: NotificationPreferencesInput,
    @Ctx() ctx: Context,
  ): Promise<NotificationPreference> {
    return ctx.services.notifications.updatePreferences(ctx.user, input);
  }

  @Subscription(() => NotificationEvent, {
    description: 'My notifications, live: reloaded and re-checked for every event.',
    subscribe: ({ context }: SubscribeResolverData<unknown, Record<string, never>, Context>) =>
      context.services.notifications.events(context.user),
  })
  notificationEvents(@Root() event: NotificationEvent): NotificationEvent {
    return event;
  }
}

/** Following a thread (replies notify me): the notifications' side of the API; the state is the thread's (ThreadService). */
@Resolver(() => Thread)
export class ThreadFollowingResolver {
  @FieldResolver(() => Boolean, {
    description: 'Replies here notify me: I started it, posted in it or chose to follow it, and did not mute it.',
  })
  following(@Root() thread: Thread, @Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.threads.following(ctx.user, thread);
  }

  @Mutation(() => Thread, { description: 'Follow a thread (replies notify me), or stop following it (mutes it).' })
  setThreadFollowing(
    @Arg('threadId', () => ID) threadId: string,
    @Arg('following') following: boolean,
    @Ctx() ctx: Context,
  ): Promise<Thread> {
    return ctx.services.threads.setFollowing(ctx.user, threadId, following);
  }
}
