import { describe, expect, it } from 'vitest';
import { killOurSubscribers, redisReachable, twoInstances } from './support/redis.js';
import type { TestApp } from './support/app.js';
import { collect } from './support/client.js';
import { EVENTS, post, threadOnTwoInstances, type EventData } from './support/threads.js';

const reachable = await redisReachable('threads-redis');

const seqsOf = (events: EventData[]) =>
  events.filter((e) => e.threadEvents.type === 'POSTED').map((e) => e.threadEvents.message!.seq);

/** Resolves once instance `t` holds a live pub/sub subscription for the thread. */
async function hubLive(t: TestApp, threadId: string) {
  const hubs = (t.app.services.threads as unknown as { hubs: Map<string, { ready: Promise<void> }> }).hubs;
  await expect.poll(() => hubs.has(threadId)).toBe(true);
  await hubs.get(threadId)!.ready;
}

describe.skipIf(!reachable)('threads on two instances with Redis', () => {
  let a: TestApp;
  let b: TestApp;
  twoInstances({}, (started) => ({ a, b } = started));

  const scene = () => threadOnTwoInstances(a, b);

  it('a message posted on one instance reaches a subscriber of the other, live', async () => {
    const { thread, onA, onB } = await scene();
    const ws = onB.ws();
    const live = collect<EventData>(ws, EVENTS, { threadId: thread.id, afterSeq: 0 });
    await hubLive(b, thread.id);
    for (const body of ['un', 'deux', 'trois']) await post(onA, thread.id, body);
    await expect.poll(() => seqsOf(live.events)).toEqual([1, 2, 3]);
    await ws.dispose();
  });

  it('when Redis drops the subscribers, they are told to resync and nothing is lost', async () => {
    const { thread, onA, onB } = await scene();
    const ws = onB.ws();
    const live = collect<EventData>(ws, EVENTS, { threadId: thread.id, afterSeq: 0 });
    await hubLive(b, thread.id);
    await post(onA, thread.id, 'avant la coupure');
    await expect.poll(() => seqsOf(live.events)).toEqual([1]);

    expect(await killOurSubscribers()).toBeGreaterThan(0);
    await Promise.all(['pendant 1', 'pendant 2', 'pendant 3'].map((body) => post(onA, thread.id, body)));

    await expect.poll(() => live.events.some((e) => e.threadEvents.type === 'RESYNC'), { timeout: 10_000 }).toBe(true);
    await post(onA, thread.id, 'après');
    await expect.poll(() => seqsOf(live.events)).toEqual([1, 2, 3, 4, 5]);
    await ws.dispose();
  });
});
