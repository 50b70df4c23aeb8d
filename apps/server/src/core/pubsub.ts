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
  /** An agenda item was added, changed or cancelled (reload it by id). */
  AGENDA_EVENTS: [pairId: string, payload: { type: 'ADDED' | 'UPDATED' | 'DELETED'; pairId: string; itemId: string }];
  /** Someone is editing an item of the pair (itemId), or stopped (null). Never stored. */
  AGENDA_PRESENCE: [pairId: string, payload: { pairId: string; userId: string; itemId: string | null }];
  /** A session ended: every instance closes that session's sockets. */
  SESSION_ENDED: [payload: { sessionId: string }];
};

export type AppPubSub = PubSub<Topics>;

export interface PubSubHandle {
  pubSub: AppPubSub;
  redis?: { publish: Redis; subscribe: Redis };
  close(): Promise<void>;
}

export function createAppPubSub(redisUrl: string | undefined, logger: Logger): PubSubHandle {
  if (!redisUrl) {
    return { pubSub: createPubSub<Topics>(), close: async () => {} };
  }
  const options = { lazyConnect: false, maxRetriesPerRequest: null, enableOfflineQueue: true };
  const publishClient = new Redis(redisUrl, options);
  const subscribeClient = new Redis(redisUrl, options);
  for (const [name, client] of [
    ['publish', publishClient],
    ['subscribe', subscribeClient],
  ] as const) {
    client.on('error', (err) => logger.warn({ err: err.message, client: name }, 'redis error'));
  }
  const eventTarget = createRedisEventTarget({ publishClient, subscribeClient });
  return {
    pubSub: createPubSub<Topics>({ eventTarget }),
    redis: { publish: publishClient, subscribe: subscribeClient },
    close: async () => {
      await Promise.allSettled([publishClient.quit(), subscribeClient.quit()]);
    },
  };
}
