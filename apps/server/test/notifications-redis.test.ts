import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../src/core/context.js';
import { hashToken, newToken } from '../src/core/security.js';
import { Session } from '../src/identity/session.entity.js';
import { redisReachable, twoInstances } from './support/redis.js';
import type { TestApp } from './support/app.js';
import { collect, TestClient } from './support/client.js';
import { makePair, makeUser } from './support/factories.js';
import { NOTIFICATION_EVENTS } from './support/notifications.js';
import { makeThread, post } from './support/threads.js';

const reachable = await redisReachable('notifications-redis');

async function signedIn(t: TestApp, userId: string): Promise<TestClient> {
  const token = newToken();
  await t.app.services.deps.db
    .getRepository(Session)
    .insert({ id: randomUUID(), tokenHash: hashToken(token), userId, expiresAt: new Date(Date.now() + 86_400_000) });
  const client = new TestClient(t);
  client.cookie = `${SESSION_COOKIE}=${token}`;
  return client;
}

describe.skipIf(!reachable)('notifications on two instances with Redis', () => {
  let a: TestApp;
  let b: TestApp;
  twoInstances({ MAIL_WORKER_INTERVAL_SECONDS: '0' }, (started) => ({ a, b } = started));

  it('a mention posted through one instance rings the bell of a person connected to the other', async () => {
    const pair = await makePair(a.app);
    const thread = await makeThread(a.app, pair);
    const author = await makeUser(a.app, { ptce: { id: pair.compagnonId } as never });
    const reader = await makeUser(a.app, { ptce: { id: pair.beneficiaryId } as never });
    // Sessions made directly: logging in through HTTP counts against the per-IP limit kept in the
    // shared Redis, which other suites on this machine also use.
    const onA = await signedIn(a, author.id);
    const onB = await signedIn(b, reader.id);

    const ws = onB.ws();
    type Ev = { notificationEvents: { type: string; unreadCount: number; notification: { kind: string } | null } };
    const live = collect<Ev>(ws, NOTIFICATION_EVENTS, {});
    // Let the subscription reach Redis before the mention is posted on the other instance.
    await new Promise((r) => setTimeout(r, 300));
    await b.app.services.deps.pubSubSubscribed?.();
    await post(onA, thread.id, `@${reader.displayName} bonjour depuis l’autre instance`);
    await expect.poll(() => live.events.length, { timeout: 5000 }).toBe(1);
    expect(live.events[0].notificationEvents).toMatchObject({
      type: 'CREATED',
      unreadCount: 1,
      notification: { kind: 'MENTION' },
    });
    await ws.dispose();
  });
});
