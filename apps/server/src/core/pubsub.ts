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
