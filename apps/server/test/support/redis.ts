import { Redis } from 'ioredis';
import { afterAll, beforeAll } from 'vitest';
import { databaseUrlOf, startTestApp, type TestApp } from './app.js';

/** The Redis of the two-instance tests. */
export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/**
 * Whether Redis answers. Under CI it must: a missing Redis would silently skip the two-instance
 * tests, so this throws there; elsewhere the caller's tests are skipped with a warning.
 */
export async function redisReachable(file: string): Promise<boolean> {
  const probe = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  const reachable = await probe
    .connect()
    .then(async () => (await probe.ping()) === 'PONG')
    .catch(() => false)
    .finally(() => probe.disconnect());
  if (!reachable && process.env.CI) throw new Error(`Redis is not reachable at ${REDIS_URL}; CI must start it`);
  if (!reachable) console.warn(`${file}: Redis unreachable at ${REDIS_URL}; its two-instance tests are SKIPPED`);
  return reachable;
}

/**
 * Kills this process's Redis subscriber connections (named `tandem-sub-<pid>` by core/pubsub.ts),
 * and only those: other programs may share the Redis server. Returns how many were killed.
 */
export async function killOurSubscribers(): Promise<number> {
  const admin = new Redis(REDIS_URL);
  try {
    const clients = (await admin.call('CLIENT', 'LIST', 'TYPE', 'pubsub')) as string;
    const ours = clients
      .split('\n')
      .filter((line) => line.includes(` name=tandem-sub-${process.pid} `))
      .map((line) => /id=(\d+)/.exec(line)![1]!);
    for (const id of ours) await admin.call('CLIENT', 'KILL', 'ID', id);
    return ours.length;
  } finally {
    await admin.quit();
  }
}

/**
 * Two instances on one database and one Redis, started before the describe's tests (`started` gets
 * them) and closed after them.
 */
export function twoInstances(env: Record<string, string>, started: (instances: { a: TestApp; b: TestApp }) => void): void {
  let a: TestApp | undefined;
  let b: TestApp | undefined;
  beforeAll(async () => {
    a = await startTestApp({ REDIS_URL, ...env });
    b = await startTestApp({ REDIS_URL, ...env, DATABASE_URL: databaseUrlOf(a) });
    started({ a, b });
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });
}
