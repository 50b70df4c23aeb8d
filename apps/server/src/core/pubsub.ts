import { createPubSub, type PubSub } from '@graphql-yoga/subscription';
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { Redis } from 'ioredis';
import type { Logger } from './logger.js';

/**
 * Topics carry ids only (DESIGN §5): the database is the record, pub/sub only rings the bell,
 * and every subscriber reloads and re-checks access.
 */
export type Topics = {
  /** A pair changed (status, members…). */
  PAIR_ACTIVITY: [pairId: string, payload: { type: string; pairId: string }];
  /** A pair of this PTCE (or, with key `operators`, any pair) appeared or changed status: homes refresh. */
  PAIRS_OF_PTCE: [ptceId: string, payload: { type: string; pairId: string }];
  /** An agenda item was added, changed or cancelled (reload it by id). */
  AGENDA_EVENTS: [pairId: string, payload: { type: 'ADDED' | 'UPDATED' | 'DELETED'; pairId: string; itemId: string }];
  /** Someone is editing an item of the pair (itemId), or stopped (null). Never stored. */
  AGENDA_PRESENCE: [pairId: string, payload: { pairId: string; userId: string; itemId: string | null }];
  /**
   * The directory (PTCEs, their themes or members, the vocabulary) was written: every instance drops its
   * directory cache. `from`: the instance that wrote (it has forgotten already, and ignores its own announcement).
   */
  DIRECTORY_CHANGED: [payload: { vocabulary: boolean; from?: string }];
  /** A session ended: every instance closes that session's sockets. */
  SESSION_ENDED: [payload: { sessionId: string }];
  /** A person's account changed (locale, PTCE, role…): every instance forgets the sessions it keeps for them. */
  USER_CHANGED: [payload: { userId: string }];
  /** A message of a thread was posted (its seq), edited or deleted (its id). */
  THREAD_EVENT: [threadId: string, payload: { type: 'POSTED' | 'EDITED' | 'DELETED'; seq: number; messageId: string }];
  /** A person's notifications changed: one was created or read (id), or all were read (null). */
  NOTIFICATIONS: [userId: string, payload: { type: 'CREATED' | 'READ' | 'ALL_READ'; notificationId: string | null }];
  /** Someone is typing in, or looking at, a thread (ephemeral: lost events only delay the display). */
  THREAD_PRESENCE: [threadId: string, payload: { userId: string; typing: boolean }];
};

export type AppPubSub = PubSub<Topics>;

export interface PubSubHandle {
  pubSub: AppPubSub;
  redis?: { publish: Redis; subscribe: Redis };
  /** Calls `listener` each time the Redis subscriber is back after a drop (events may have been missed). */
  onResubscribed(listener: () => void): void;
  /** Resolves once every subscription asked for so far is in effect (Redis handles commands in order). */
  subscribed(): Promise<void>;
  /** False while the Redis subscriber connection is down: events published meanwhile are lost. */
  connected(): boolean;
  close(): Promise<void>;
}

export function createAppPubSub(redisUrl: string | undefined, logger: Logger): PubSubHandle {
  if (!redisUrl) {
    return {
      pubSub: createPubSub<Topics>(),
      onResubscribed: () => {},
      subscribed: async () => {},
      connected: () => true,
      close: async () => {},
    };
  }
  const options = { lazyConnect: false, maxRetriesPerRequest: null, enableOfflineQueue: true };
  // Named per process, so an operator (or a test) can find this instance's connections in CLIENT LIST.
  const publishClient = new Redis(redisUrl, { ...options, connectionName: `tandem-pub-${process.pid}` });
  // No ready check on the subscriber: its INFO, answered after a SUBSCRIBE sent meanwhile, is refused
  // once the connection is in subscriber mode, and ioredis then drops that early subscription.
  const subscribeClient = new Redis(redisUrl, {
    ...options,
    enableReadyCheck: false,
    connectionName: `tandem-sub-${process.pid}`,
  });
  for (const [name, client] of [
    ['publish', publishClient],
    ['subscribe', subscribeClient],
  ] as const) {
    client.on('error', (err) => logger.warn({ err: err.message, client: name }, 'redis error'));
  }
  // ioredis re-subscribes by itself; what was published meanwhile is gone, so listeners resync from the database.
  const resubscribed: (() => void)[] = [];
  let connectedOnce = false;
  subscribeClient.on('ready', () => {
    if (connectedOnce) for (const listener of resubscribed) listener();
    connectedOnce = true;
  });
  const eventTarget = createRedisEventTarget({ publishClient, subscribeClient });
  return {
    pubSub: createPubSub<Topics>({ eventTarget }),
    redis: { publish: publishClient, subscribe: subscribeClient },
    onResubscribed: (listener) => resubscribed.push(listener),
    subscribed: async () => {
      await subscribeClient.ping();
    },
    connected: () => subscribeClient.status === 'ready',
    close: async () => {
      await Promise.allSettled([publishClient.quit(), subscribeClient.quit()]);
    },
  };
}
