// A post stored but answered with an error (the connection lost after COMMIT), sent again by its
// author's outbox; and READY, which says when a subscription is live (the view reads again then).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { killOurSubscribers, redisReachable, twoInstances } from './support/redis.js';
import { startTestApp, type TestApp } from './support/app.js';
import { collect, errorCode } from './support/client.js';
import { kindsOf } from './support/notifications.js';
import { EVENTS, pairWithPeople, post, threadOnTwoInstances, type EventData } from './support/threads.js';

const EDIT = 'mutation($id: ID!, $body: String!) { editMessage(id: $id, body: $body) { body editedAt } }';
const PAGE = 'query($id: ID!, $after: Int) { thread(id: $id) { messages(afterSeq: $after, last: 100) { seq body } } }';
const seqsOf = (events: EventData[]) =>
  events.filter((e) => e.threadEvents.type === 'POSTED').map((e) => e.threadEvents.message!.seq);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Makes the next `times` batches of `t` store their messages, then fail (the connection lost after COMMIT). */
function lostAfterCommit(t: TestApp, times: number) {
  const threads = t.app.services.threads as unknown as { insertMessages(m: unknown[]): Promise<unknown> };
  const write = threads.insertMessages.bind(threads);
  const spy = vi.spyOn(threads, 'insertMessages');
  for (let i = 0; i < times; i++)
    spy.mockImplementationOnce(async (messages) => {
      await write(messages);
      throw new Error('Connection lost: The server closed the connection.');
    });
  return spy;
}

describe('threads on one instance: a message sent again', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('stored but answered with an error', () => {
    it('two stored-but-failed posts of two people: the retry of the later one delivers both, in order, once', async () => {
      const { thread, compagnon, beneficiary } = await pairWithPeople(t);
      const ws = beneficiary.client.ws();
      const live = collect<EventData>(ws, EVENTS, { threadId: thread.id, afterSeq: 0 });
      await post(compagnon.client, thread.id, 'un');
      await expect.poll(() => seqsOf(live.events)).toEqual([1]);
      const spy = lostAfterCommit(t, 2);
      const late = randomUUID();
      expect(errorCode(await post(compagnon.client, thread.id, 'deux'))).toBeDefined();
      expect(errorCode(await post(beneficiary.client, thread.id, 'trois', late))).toBeDefined();
      spy.mockRestore();
      await sleep(100);
      expect(seqsOf(live.events)).toEqual([1]);
      // Only the beneficiary's outbox retries (the compagnon closed the tab).
      expect((await post(beneficiary.client, thread.id, 'trois', late)).data?.postMessage.seq).toBe(3);
      await expect.poll(() => seqsOf(live.events)).toEqual([1, 2, 3]);
      // Retried again and again: nothing more is delivered.
      for (let i = 0; i < 5; i++) await post(beneficiary.client, thread.id, 'trois', late);
      await sleep(100);
      expect(seqsOf(live.events)).toEqual([1, 2, 3]);
      await ws.dispose();
    });

    it('control: the same mention posted twice normally is notified twice', async () => {
      const { thread, compagnon, beneficiary } = await pairWithPeople(t);
      const body = `@${beneficiary.user.displayName} tu peux regarder ?`;
      await post(compagnon.client, thread.id, body);
      await post(compagnon.client, thread.id, body);
      await expect.poll(() => kindsOf(beneficiary.client).then((k) => k.filter((x) => x === 'MENTION').length)).toBe(2);
    });

    it('a mention in it is notified once its author sends it again, and only once however often', async () => {
      const { thread, compagnon, beneficiary } = await pairWithPeople(t);
      const body = `@${beneficiary.user.displayName} tu peux regarder ?`;
      const spy = lostAfterCommit(t, 1);
      const clientId = randomUUID();
      expect(errorCode(await post(compagnon.client, thread.id, body, clientId))).toBeDefined();
      spy.mockRestore();
      expect((await post(compagnon.client, thread.id, body, clientId)).data?.postMessage.seq).toBe(1);
      expect((await post(compagnon.client, thread.id, body, clientId)).data?.postMessage.seq).toBe(1);
      // Control: the same mention posted normally is notified.
      await post(compagnon.client, thread.id, body);
      await expect.poll(() => kindsOf(beneficiary.client)).toContain('MENTION');
      expect((await kindsOf(beneficiary.client)).filter((k) => k === 'MENTION')).toHaveLength(2);
    });
  });

  describe('while its first sending is still ringing', () => {
    it('the same post sent twice at once (an outbox retry racing the first send) mentions once', async () => {
      const { thread, compagnon, beneficiary } = await pairWithPeople(t);
      const body = `@${beneficiary.user.displayName} tu peux regarder ?`;
      const clientId = randomUUID();
      const [a, b] = await Promise.all([
        post(compagnon.client, thread.id, body, clientId),
        post(compagnon.client, thread.id, body, clientId),
      ]);
      expect(a.data?.postMessage.seq).toBe(1);
      expect(b.data?.postMessage.seq).toBe(1);
      await sleep(300);
      expect((await kindsOf(beneficiary.client)).filter((k) => k === 'MENTION')).toHaveLength(1);
    });

    it("a retry sent while the first sending's bell step is still running mentions once", async () => {
      const { thread, compagnon, beneficiary } = await pairWithPeople(t);
      const notifications = t.app.services.deps.notifications as unknown as {
        tellPosted(threadId: string, m: unknown[]): Promise<void>;
      };
      // The bell is slow (a busy thread): the first sending's step has not written its rows yet.
      const original = notifications.tellPosted.bind(notifications);
      notifications.tellPosted = async (threadId, m) => {
        await sleep(200);
        return original(threadId, m);
      };
      try {
        const body = `@${beneficiary.user.displayName} encore ?`;
        const clientId = randomUUID();
        const first = post(compagnon.client, thread.id, body, clientId);
        // Stored, its answer not back yet (its bell is ringing): the outbox gives up on it and sends again
        // (or the device sends again through another instance).
        await sleep(80);
        expect((await post(compagnon.client, thread.id, body, clientId)).data?.postMessage.seq).toBe(1);
        expect((await first).data?.postMessage.seq).toBe(1);
        await sleep(800);
      } finally {
        notifications.tellPosted = original;
      }
      expect((await kindsOf(beneficiary.client)).filter((k) => k === 'MENTION')).toHaveLength(1);
    });
  });
});

const reachable = await redisReachable('threads-retry');

describe.skipIf(!reachable)('threads on two instances: a post sent again, and READY', () => {
  let a: TestApp;
  let b: TestApp;
  twoInstances({}, (started) => ({ a, b } = started));

  const scene = () => threadOnTwoInstances(a, b);

  it('the retry on one instance delivers a stored-but-failed post to a subscriber of the other', async () => {
    const { thread, onA, onB } = await scene();
    const ws = onB.ws();
    const live = collect<EventData>(ws, EVENTS, { threadId: thread.id, afterSeq: 0 });
    await expect.poll(() => live.events.some((e) => e.threadEvents.type === 'READY')).toBe(true);
    await post(onA, thread.id, 'un');
    await expect.poll(() => seqsOf(live.events)).toEqual([1]);
    const spy = lostAfterCommit(a, 1);
    const clientId = randomUUID();
    expect(errorCode(await post(onA, thread.id, 'deux', clientId))).toBeDefined();
    spy.mockRestore();
    await post(onA, thread.id, 'deux', clientId);
    await expect.poll(() => seqsOf(live.events)).toEqual([1, 2]);
    await ws.dispose();
  });

  it('READY: an edit racing a new subscription (a new hub each time) is in the read asked on READY or comes live', async () => {
    const { thread, onA, onB } = await scene();
    const sent = (await post(onA, thread.id, 'v0')).data!.postMessage;
    for (let i = 1; i <= 40; i++) {
      const ws = onB.ws();
      const shown: { body?: string } = {};
      let ready = false;
      let reread: Promise<void> | undefined;
      const dispose = ws.subscribe<EventData>(
        { query: EVENTS, variables: { threadId: thread.id, afterSeq: sent.seq } },
        {
          next: (value) => {
            const e = (value.data as EventData).threadEvents;
            if (e.type === 'READY') {
              ready = true;
              reread = onB
                .gql<{ thread: { messages: { seq: number; body: string }[] } }>(PAGE, { id: thread.id, after: 0 })
                .then((r) => {
                  // A read older than a live edit never replaces it (the view compares editedAt; here
                  // an edit's body always wins over the read, which is what editedAt decides).
                  shown.body ??= r.data!.thread.messages[0].body;
                });
            } else if (e.type === 'EDITED' && ready) shown.body = e.message!.body;
            else if (e.type === 'EDITED' && !ready) shown.body = undefined; // before READY: the read decides
          },
          error: () => {},
          complete: () => {},
        },
      );
      // The edit lands anywhere around the subscription's registration.
      await sleep(Math.floor(Math.random() * 12));
      await onA.gql(EDIT, { id: sent.id, body: `v${i}` });
      await expect.poll(() => ready).toBe(true);
      await reread;
      await sleep(60);
      expect(shown.body, `iteration ${i}`).toBe(`v${i}`);
      dispose();
      await ws.dispose();
    }
  });

  it('READY after Redis drops and comes back: a subscription made meanwhile misses nothing', async () => {
    const { thread, onA, onB } = await scene();
    const sent = (await post(onA, thread.id, 'avant')).data!.postMessage;
    expect(await killOurSubscribers()).toBeGreaterThanOrEqual(0);
    const ws = onB.ws();
    const live = collect<EventData>(ws, EVENTS, { threadId: thread.id, afterSeq: sent.seq });
    await expect.poll(() => live.events.some((e) => e.threadEvents.type === 'READY'), { timeout: 10_000 }).toBe(true);
    await onA.gql(EDIT, { id: sent.id, body: 'après' });
    await expect
      .poll(() => live.events.filter((e) => e.threadEvents.type === 'EDITED').map((e) => e.threadEvents.message!.body), {
        timeout: 10_000,
      })
      .toEqual(['après']);
    await ws.dispose();
  });
});
