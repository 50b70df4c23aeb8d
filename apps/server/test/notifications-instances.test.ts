// The bell when two instances tell the same thread at once: each person gets one pending reply line
// per thread and one mention per message, whichever instance writes it first.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MailOutbox, Notification } from '../src/notifications/notification.entity.js';
import { redisReachable, twoInstances } from './support/redis.js';
import type { TestApp } from './support/app.js';
import { TestClient } from './support/client.js';
import { PASSWORD } from './support/factories.js';
import { post, threadOnTwoInstances } from './support/threads.js';

const reachable = await redisReachable('notifications-instances');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Makes a step of `t`'s bell wait `ms` before `method` (tellPosted: before it reads; fanOut: before it writes). */
function slowBell(t: TestApp, method: 'tellPosted' | 'fanOut', ms: number): () => void {
  const notifications = t.app.services.deps.notifications as unknown as Record<string, (...args: unknown[]) => Promise<void>>;
  const original = notifications[method];
  notifications[method] = async function (this: unknown, ...args: unknown[]) {
    await sleep(ms);
    return original.apply(this, args);
  };
  return () => void (notifications[method] = original);
}

describe.skipIf(!reachable)('notifications told by two instances at once', () => {
  let a: TestApp;
  let b: TestApp;
  twoInstances({}, (started) => ({ a, b } = started));

  const rowsOf = (threadId: string, recipientId: string) =>
    a.app.services.deps.db.getRepository(Notification).find({ where: { threadId, recipientId } });

  it('posts of one thread told on both instances at once open one reply line per person', async () => {
    const { thread, onA, onB } = await threadOnTwoInstances(a, b);
    // Both steps read the people (nobody has a pending line yet), then write.
    const undo = [slowBell(a, 'fanOut', 200), slowBell(b, 'fanOut', 200)];
    try {
      await Promise.all([post(onA, thread.id, 'Depuis A'), post(onB, thread.id, 'Depuis B')]);
    } finally {
      for (const restore of undo) restore();
    }
    expect((await rowsOf(thread.id, thread.createdById)).map((n) => n.kind)).toEqual(['THREAD_REPLY']);
  });

  it('a post sent again through the other instance while its first sending still rings mentions once', async () => {
    const { thread, onA, userA, userB } = await threadOnTwoInstances(a, b);
    // The same person's device, its retry sent to the other instance by the load balancer.
    const sameDeviceOnB = new TestClient(b);
    await sameDeviceOnB.logIn(userA.email, PASSWORD);
    const body = `@${userB.displayName} tu peux regarder ?`;
    const clientId = randomUUID();
    const undo = slowBell(a, 'tellPosted', 300);
    try {
      const first = post(onA, thread.id, body, clientId);
      await sleep(100); // stored on A, its bell not rung yet: B finds no notification of it
      expect((await post(sameDeviceOnB, thread.id, body, clientId)).data?.postMessage.seq).toBe(1);
      expect((await first).data?.postMessage.seq).toBe(1);
    } finally {
      undo();
    }
    expect((await rowsOf(thread.id, userB.id)).map((n) => n.kind)).toEqual(['MENTION']);
    // One email at once for it, not one per instance.
    expect(await a.app.services.deps.db.getRepository(MailOutbox).countBy({ recipientId: userB.id })).toBe(1);
  });
});
