import { randomUUID } from 'node:crypto';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { LIMITS } from '@tandem/shared';
import { sqliteConnection } from '../src/core/raw-rows.js';
import { User } from '../src/identity/user.entity.js';
import { Message, Thread } from '../src/threads/thread.entity.js';
import { ThreadHub } from '../src/threads/thread.hub.js';
import { startTestApp, TEST_ORIGIN, type TestApp } from './support/app.js';
import { collect, errorCode } from './support/client.js';
import { makePtce, makeUser } from './support/factories.js';
import { EVENTS, liftPostLimit, pairWithPeople, post, type EventData } from './support/threads.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const seqsOf = (events: EventData[]) =>
  events.filter((e) => e.threadEvents.type === 'POSTED').map((e) => e.threadEvents.message!.seq);
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const storedCount = (threadId: string) => t.app.services.deps.db.getRepository(Message).countBy({ threadId });

describe('threads: who sees what', () => {
  it('both PTCEs of the pair receive a message live; an outsider gets NOT_FOUND and no event', async () => {
    const { pair, thread, compagnon, beneficiary, outsider } = await pairWithPeople(t);
    const compagnonWs = compagnon.client.ws();
    const beneficiaryWs = beneficiary.client.ws();
    const outsiderWs = outsider.client.ws();
    const a = collect<EventData>(compagnonWs, EVENTS, { threadId: thread.id, afterSeq: 0 });
    const b = collect<EventData>(beneficiaryWs, EVENTS, { threadId: thread.id, afterSeq: 0 });
    const spy = collect<EventData>(outsiderWs, EVENTS, { threadId: thread.id, afterSeq: 0 });
    await spy.done;
    expect(JSON.stringify(spy.error)).toContain('NOT_FOUND');

    const sent = await post(compagnon.client, thread.id, 'Bonjour, **bienvenue** à Bayonne !');
    expect(sent.data?.postMessage).toMatchObject({ seq: 1, body: 'Bonjour, **bienvenue** à Bayonne !' });
    await post(beneficiary.client, thread.id, 'Merci, à mardi.');
    await expect.poll(() => seqsOf(a.events)).toEqual([1, 2]);
    await expect.poll(() => seqsOf(b.events)).toEqual([1, 2]);
    expect(spy.events).toEqual([]);

    expect(errorCode(await outsider.client.gql('query($id: ID!) { thread(id: $id) { id } }', { id: thread.id }))).toBe(
      'NOT_FOUND',
    );
    expect(errorCode(await post(outsider.client, thread.id, 'intrus'))).toBe('NOT_FOUND');
    expect(
      errorCode(
        await outsider.client.gql('query($id: ID!) { searchMessages(pairId: $id, query: "Bonjour") { id } }', { id: pair.id }),
      ),
    ).toBe('NOT_FOUND');
    const list = await compagnon.client.gql<{ pair: { threads: { title: string; lastSeq: number; unreadCount: number }[] } }>(
      'query($id: ID!) { pair(id: $id) { threads { title lastSeq unreadCount } } }',
      { id: pair.id },
    );
    expect(list.data?.pair.threads).toEqual([{ title: thread.title, lastSeq: 2, unreadCount: 1 }]);
    await Promise.all([compagnonWs.dispose(), beneficiaryWs.dispose(), outsiderWs.dispose()]);
  });

  it('a person removed from the PTCE stops receiving at once', async () => {
    const { thread, compagnon, beneficiary } = await pairWithPeople(t);
    const ws = beneficiary.client.ws();
    const live = collect<EventData>(ws, EVENTS, { threadId: thread.id, afterSeq: 0 });
    await post(compagnon.client, thread.id, 'avant');
    await expect.poll(() => seqsOf(live.events)).toEqual([1]);

    const elsewhere = await makePtce(t.app);
    await t.app.services.deps.db.getRepository(User).update({ id: beneficiary.user.id }, { ptceId: elsewhere.id });
    // What moves a person says so (the sessions kept for them are read again); live delivery needs no word.
    await t.app.services.identity.userChanged(beneficiary.user.id);
    await post(compagnon.client, thread.id, 'après');
    await live.done; // the subscription ends
    expect(seqsOf(live.events)).toEqual([1]);
    expect(errorCode(await post(beneficiary.client, thread.id, 'encore là ?'))).toBe('NOT_FOUND');
    await ws.dispose();
  });
});

describe('threads: order and exactly-once', () => {
  it('concurrent posters get a dense, ordered seq', async () => {
    const { thread, compagnon, beneficiary, signIn, pair } = await pairWithPeople(t);
    const third = await signIn(pair.compagnonId);
    const posters = [compagnon.client, beneficiary.client, third.client];
    const results = await Promise.all(range(1, 30).map((i) => post(posters[i % 3], thread.id, `message ${i}`)));
    expect(results.every((r) => !r.errors)).toBe(true);
    const seqs = results.map((r) => r.data!.postMessage.seq).sort((x, y) => x - y);
    expect(seqs).toEqual(range(1, 30));
    const stored = await t.app.services.deps.db
      .getRepository(Message)
      .find({ where: { threadId: thread.id }, order: { seq: 'ASC' } });
    expect(stored.map((m) => m.seq)).toEqual(range(1, 30));
  });

  it('a retry with the same clientId returns the same message; another body with it is refused', async () => {
    const { thread, compagnon } = await pairWithPeople(t);
    const clientId = randomUUID();
    const [first, second] = await Promise.all([
      post(compagnon.client, thread.id, 'Une seule fois', clientId),
      post(compagnon.client, thread.id, 'Une seule fois', clientId),
    ]);
    const third = await post(compagnon.client, thread.id, 'Une seule fois', clientId);
    expect(first.data?.postMessage.id).toBeDefined();
    expect(second.data?.postMessage.id).toBe(first.data?.postMessage.id);
    expect(third.data?.postMessage).toEqual(first.data?.postMessage);
    const other = await post(compagnon.client, thread.id, 'Un autre texte', clientId);
    expect(errorCode(other)).toBe('CONFLICT');
    expect(await storedCount(thread.id)).toBe(1);
    // The refused posts took no seq (on MariaDB their transaction rolled back in the procedure).
    const next = await post(compagnon.client, thread.id, 'Bonjour 👋 — à très vite, « Léa » !');
    expect(next.data?.postMessage).toMatchObject({
      seq: first.data!.postMessage.seq + 1,
      body: 'Bonjour 👋 — à très vite, « Léa » !',
    });
    const stored = await t.app.services.deps.db.getRepository(Message).findOneByOrFail({ id: next.data!.postMessage.id });
    expect(stored.body).toBe('Bonjour 👋 — à très vite, « Léa » !');
  });

  it('a client disconnected while 50 messages are posted catches up exactly, in order', async () => {
    const { thread, compagnon, beneficiary, pair, signIn } = await pairWithPeople(t);
    const others = [compagnon, await signIn(pair.compagnonId), await signIn(pair.compagnonId)];
    let ws = beneficiary.client.ws();
    let live = collect<EventData>(ws, EVENTS, { threadId: thread.id, afterSeq: 0 });
    await post(compagnon.client, thread.id, 'premier');
    await expect.poll(() => seqsOf(live.events)).toEqual([1]);
    await ws.dispose(); // the train enters the tunnel

    for (const i of range(2, 51)) await post(others[i % 3].client, thread.id, `pendant le tunnel ${i}`);
    ws = beneficiary.client.ws();
    const lastSeen = seqsOf(live.events).at(-1);
    live = collect<EventData>(ws, EVENTS, { threadId: thread.id, afterSeq: lastSeen });
    await expect.poll(() => seqsOf(live.events).length).toBe(50);
    await post(compagnon.client, thread.id, 'après le tunnel');
    await expect.poll(() => seqsOf(live.events)).toEqual(range(2, 52));
    await ws.dispose();
  });

  it('a replay racing with new posts has no gap and no duplicate', async () => {
    const { thread, compagnon, beneficiary, pair, signIn } = await pairWithPeople(t);
    const posters = [compagnon, beneficiary, await signIn(pair.compagnonId), await signIn(pair.beneficiaryId)];
    for (const i of range(1, 40)) await post(posters[i % 4].client, thread.id, `avant ${i}`);
    const ws = beneficiary.client.ws();
    const posting = Promise.all(range(41, 100).map((i) => post(posters[i % 4].client, thread.id, `pendant ${i}`)));
    const live = collect<EventData>(ws, EVENTS, { threadId: thread.id, afterSeq: 0 });
    await posting;
    await expect.poll(() => seqsOf(live.events).length, { timeout: 10_000 }).toBe(100);
    expect(seqsOf(live.events)).toEqual(range(1, 100));
    await ws.dispose();
  });
});

describe('threads: posts written together (group commit)', () => {
  it('posts that arrive together share one transaction, each with its own outcome and a dense seq', async () => {
    const { thread, compagnon, beneficiary, pair } = await pairWithPeople(t);
    const threads = t.app.services.threads;
    const stored = await post(compagnon.client, thread.id, 'Premier', randomUUID());
    const reused = stored.data!.postMessage.clientId;
    // Someone whose account is gone while a request of theirs was under way: their post fails on
    // the message's author key, after its seq was taken — undone alone (a savepoint of its own).
    const gone = await makeUser(t.app, { ptce: { id: pair.compagnonId } as never });
    await t.app.services.deps.db.getRepository(User).delete({ id: gone.id });
    const writes = vi.spyOn(threads as unknown as { insertMessages(m: unknown[]): Promise<unknown> }, 'insertMessages');
    const input = (body: string, clientId: string = randomUUID()) => ({ threadId: thread.id, body, clientId });
    const outcome = (p: Promise<{ seq: number; body: string }>) =>
      p.then(
        (m) => `${m.seq} ${m.body}`,
        (error: Error & { extensions?: { code?: string } }) => error.extensions?.code ?? 'ERROR',
      );
    // Called in one turn of the event loop: one batch.
    const outcomes = await Promise.all([
      outcome(threads.postMessage(compagnon.user, input('A'))),
      outcome(threads.postMessage(gone, input('Perdu'))),
      outcome(threads.postMessage(beneficiary.user, input('B'))),
      outcome(threads.postMessage(compagnon.user, input('Autre texte', reused))),
      outcome(threads.postMessage(compagnon.user, input('Premier', reused))),
      outcome(threads.postMessage(beneficiary.user, input('C'))),
    ]);
    expect(writes).toHaveBeenCalledTimes(1);
    expect((writes.mock.calls[0][0] as unknown[]).length).toBe(6);
    writes.mockRestore();
    expect(outcomes).toEqual(['2 A', 'ERROR', '3 B', 'CONFLICT', '1 Premier', '4 C']);
    const rows = await t.app.services.deps.db
      .getRepository(Message)
      .find({ where: { threadId: thread.id }, order: { seq: 'ASC' } });
    expect(rows.map((m) => `${m.seq} ${m.body}`)).toEqual(['1 Premier', '2 A', '3 B', '4 C']);
    expect((await t.app.services.deps.db.getRepository(Thread).findOneByOrFail({ id: thread.id })).lastSeq).toBe(4);
    // The next post follows on.
    expect((await post(beneficiary.client, thread.id, 'D')).data?.postMessage.seq).toBe(5);
  });
});

describe('threads: a batch stored but reported failed', () => {
  it('its message reaches the subscribers when its author sends it again (the outbox retry)', async () => {
    const { thread, compagnon, beneficiary } = await pairWithPeople(t);
    const ws = beneficiary.client.ws();
    const live = collect<EventData>(ws, EVENTS, { threadId: thread.id, afterSeq: 0 });
    await post(compagnon.client, thread.id, 'Premier');
    await expect.poll(() => seqsOf(live.events)).toEqual([1]);
    // The connection drops after COMMIT: stored, but the server hears an error (nothing published).
    const threads = t.app.services.threads as unknown as { insertMessages(m: unknown[]): Promise<unknown> };
    const write = threads.insertMessages.bind(threads);
    const spy = vi.spyOn(threads, 'insertMessages').mockImplementationOnce(async (messages) => {
      await write(messages);
      throw new Error('Connection lost: The server closed the connection.');
    });
    const clientId = randomUUID();
    expect(errorCode(await post(compagnon.client, thread.id, 'Perdu en route ?', clientId))).toBeDefined();
    expect(await storedCount(thread.id)).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(seqsOf(live.events)).toEqual([1]);
    // The client's outbox sends it again: the stored message is answered and delivered, once.
    const again = await post(compagnon.client, thread.id, 'Perdu en route ?', clientId);
    expect(again.data?.postMessage.seq).toBe(2);
    await expect.poll(() => seqsOf(live.events)).toEqual([1, 2]);
    spy.mockRestore();
    await post(compagnon.client, thread.id, 'Troisième');
    await expect.poll(() => seqsOf(live.events)).toEqual([1, 2, 3]);
    await ws.dispose();
  });
});

describe.runIf(process.env.TEST_DB !== 'mysql')('threads: a full disk in the middle of a SQLite batch', () => {
  it('fails the batch as one: nothing stored is reported failed, seq stays dense', async () => {
    const restoreLimit = liftPostLimit(t);
    const { thread, compagnon } = await pairWithPeople(t);
    const threads = t.app.services.threads;
    await threads.visibleThread(compagnon.user, thread.id);
    const sqlite = sqliteConnection(t.app.services.deps.db) as unknown as { pragma(s: string, o?: object): unknown };
    const pages = sqlite.pragma('page_count', { simple: true }) as number;
    // Room for a few long posts only: SQLITE_FULL rolls back the whole transaction, not the savepoint.
    sqlite.pragma(`max_page_count = ${pages + 40}`);
    const outcomes = await Promise.allSettled(
      range(0, 29).map((i) =>
        threads.postMessage(compagnon.user, { threadId: thread.id, body: `${i} ${'é'.repeat(9_990)}`, clientId: randomUUID() }),
      ),
    ).finally(() => {
      sqlite.pragma('max_page_count = 1073741823');
      restoreLimit();
    });
    const rows = await t.app.services.deps.db
      .getRepository(Message)
      .find({ where: { threadId: thread.id }, order: { seq: 'ASC' } });
    const stored = new Map(rows.map((m) => [Number(m.body.split(' ')[0]), m.seq]));
    const answered = new Map(outcomes.flatMap((o, i) => (o.status === 'fulfilled' ? [[i, o.value.seq] as const] : [])));
    expect(outcomes.some((o) => o.status === 'rejected')).toBe(true);
    expect(stored).toEqual(answered);
    expect(rows.map((m) => m.seq)).toEqual(range(1, rows.length));
    expect((await t.app.services.deps.db.getRepository(Thread).findOneByOrFail({ id: thread.id })).lastSeq).toBe(rows.length);
  });
});

describe('threads: a subscriber that falls behind', () => {
  it('is ended with an error its client resubscribes on, and everyone else still gets every message', async () => {
    const { thread, compagnon, beneficiary } = await pairWithPeople(t);
    const threads = t.app.services.threads;
    const posts = 1_100; // more than the 1,024 events a subscription may hold for a consumer that does not take them
    const restoreLimit = liftPostLimit(t);
    try {
      const slow = (await threads.events(beneficiary.user, thread.id, 0))[Symbol.asyncIterator]();
      const fast = (await threads.events(compagnon.user, thread.id, 0))[Symbol.asyncIterator]();
      // Its (empty) replay done, it is live, then takes nothing more: a socket that does not drain.
      expect((await slow.next()).value).toMatchObject({ type: 'READY' });
      const first = slow.next();
      // Let both finish their (empty) replay and go live before anything is posted.
      await new Promise((resolve) => setTimeout(resolve, 200));
      const received: number[] = [];
      const consuming = (async () => {
        while (received.length < posts) {
          const next = await fast.next();
          if (next.done) return;
          if (next.value.type === 'POSTED') received.push(next.value.message!.seq);
        }
      })();
      const postOne = (i: number) =>
        threads.postMessage(compagnon.user, { threadId: thread.id, clientId: randomUUID(), body: `n° ${i}` });
      await postOne(0);
      // Seq 1 reached the slow one live: from here on, its events pile up in the hub's pushes.
      expect(((await first).value as { message: { seq: number } }).message.seq).toBe(1);
      // Another one joins from seq 0 now: seq 1 is replayed to it, and it takes nothing more, so it
      // never gets past its replay while the events that arrive meanwhile are held for it.
      const stuck = (await threads.events(beneficiary.user, thread.id, 0))[Symbol.asyncIterator]();
      expect(((await stuck.next()).value as { message: { seq: number } }).message.seq).toBe(1);
      for (let i = 1; i < posts; i++) await postOne(i);
      await consuming;
      expect(received).toEqual(range(1, posts));
      // Each slow one still gets what it had been handed, then an error (not a silent end): the live
      // one the 1,024 events the hub had pushed after seq 1, the one stuck in its replay nothing more.
      for (const [iterator, endsAt] of [
        [slow, 1 + 1_024],
        [stuck, 1],
      ] as const) {
        let lastSeq = 1;
        const end = await (async () => {
          for (;;) {
            const next = await iterator.next().catch((error: Error) => error);
            if (next instanceof Error) return next;
            if (next.done) return 'completed';
            if (next.value.type === 'POSTED') lastSeq = next.value.message!.seq;
          }
        })();
        expect(end).toBeInstanceOf(Error);
        expect((end as Error).message).toMatch(/fell behind/);
        expect(lastSeq).toBe(endsAt);
        // …and subscribing again from the last seq it has brings the rest, once each, in order.
        const again = (await threads.events(beneficiary.user, thread.id, lastSeq))[Symbol.asyncIterator]();
        const rest: number[] = [];
        while (rest.length < posts - lastSeq) {
          const next = await again.next();
          if (next.value?.type === 'POSTED') rest.push(next.value.message!.seq);
        }
        expect(rest).toEqual(range(lastSeq + 1, posts));
        await again.return?.();
      }
      await fast.return?.();
    } finally {
      restoreLimit();
    }
  });
});

describe('threads: leaving a subscription that fell behind', () => {
  it('keeps the socket open (a rejected return() used to make graphql-ws close it with 4500)', async () => {
    const { thread, compagnon, beneficiary } = await pairWithPeople(t);
    const threads = t.app.services.threads;
    const restoreLimit = liftPostLimit(t);
    const frames: { type: string; id?: string }[] = [];
    let closed: number | undefined;
    const ws = new WebSocket(t.wsUrl, 'graphql-transport-ws', {
      headers: { origin: TEST_ORIGIN, cookie: beneficiary.client.cookie! },
    });
    ws.on('close', (code) => (closed = code));
    ws.on('message', (data) => frames.push(JSON.parse(String(data)) as { type: string; id?: string }));
    await new Promise((resolve) => ws.on('open', resolve));
    ws.send(JSON.stringify({ type: 'connection_init' }));
    await expect.poll(() => frames.some((f) => f.type === 'connection_ack')).toBe(true);
    ws.send(
      JSON.stringify({ id: '1', type: 'subscribe', payload: { query: EVENTS, variables: { threadId: thread.id, afterSeq: 0 } } }),
    );
    await new Promise((resolve) => setTimeout(resolve, 200)); // its (empty) replay done: live
    try {
      // The browser stops reading (a slow link): big messages fill the socket, then 1,024 wait for it.
      (ws as unknown as { _socket: { pause(): void; resume(): void } })._socket.pause();
      const big = 'x'.repeat(LIMITS.messageMaxLength - 10);
      for (let i = 0; i < 1_600; i++) {
        await threads.postMessage(compagnon.user, { threadId: thread.id, clientId: randomUUID(), body: `${i} ${big}` });
      }
      // The person leaves the thread before the error frame reached them.
      (ws as unknown as { _socket: { resume(): void } })._socket.resume();
      ws.send(JSON.stringify({ id: '1', type: 'complete' }));
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(closed).toBeUndefined();
      // The same socket still serves: a new subscription from the last seq gets the next message.
      ws.send(
        JSON.stringify({
          id: '2',
          type: 'subscribe',
          payload: { query: EVENTS, variables: { threadId: thread.id, afterSeq: 1_600 } },
        }),
      );
      await new Promise((resolve) => setTimeout(resolve, 200));
      await threads.postMessage(compagnon.user, { threadId: thread.id, clientId: randomUUID(), body: 'encore là ?' });
      await expect.poll(() => frames.some((f) => f.id === '2' && f.type === 'next'), { timeout: 10_000 }).toBe(true);
      expect(closed).toBeUndefined();
    } finally {
      ws.close();
      restoreLimit();
    }
  }, 60_000);
});

describe('threads: a fan-out that fails', () => {
  it('ends its subscribers with an error, and subscribing again from the last seq brings what they missed', async () => {
    const { thread, compagnon, beneficiary } = await pairWithPeople(t);
    const threads = t.app.services.threads;
    const live = (await threads.events(beneficiary.user, thread.id, 0))[Symbol.asyncIterator]();
    expect((await live.next()).value).toMatchObject({ type: 'READY' }); // its (empty) replay done: live
    // Handled from the start: on MariaDB the post below awaits I/O, and the end may come meanwhile.
    const first = live.next().catch((error: Error) => error);
    // The access check of the next event fails (the database away for a moment).
    const viewers = vi
      .spyOn(ThreadHub.prototype as unknown as { viewers: () => Promise<unknown> }, 'viewers')
      .mockRejectedValueOnce(new Error('database away'));
    try {
      await threads.postMessage(compagnon.user, { threadId: thread.id, clientId: randomUUID(), body: 'perdu ?' });
      const end = await first;
      expect(end).toBeInstanceOf(Error);
      expect((end as Error).message).toMatch(/stopped; subscribe again/);
    } finally {
      viewers.mockRestore();
    }
    const again = (await threads.events(beneficiary.user, thread.id, 0))[Symbol.asyncIterator]();
    const next = await again.next();
    expect(next.value).toMatchObject({ type: 'POSTED', message: { seq: 1, body: 'perdu ?' } });
    await again.return?.();
  });
});

describe('threads: presence', () => {
  it('people in the thread see who is here and who is typing; an outsider cannot signal', async () => {
    const { thread, compagnon, beneficiary, outsider } = await pairWithPeople(t);
    const ws = beneficiary.client.ws();
    const live = collect<{ threadEvents: { type: string; user: { id: string } | null } }>(
      ws,
      'subscription($threadId: ID!) { threadEvents(threadId: $threadId, afterSeq: 0) { type user { id displayName } } }',
      { threadId: thread.id },
    );
    const SIGNAL = 'mutation($id: ID!, $typing: Boolean!) { signalPresence(threadId: $id, typing: $typing) }';
    expect(errorCode(await outsider.client.gql(SIGNAL, { id: thread.id, typing: true }))).toBe('NOT_FOUND');
    await expect
      .poll(async () => {
        await compagnon.client.gql(SIGNAL, { id: thread.id, typing: true });
        return live.events.filter((e) => e.threadEvents.type === 'TYPING').length;
      })
      .toBeGreaterThan(0);
    expect(live.events.find((e) => e.threadEvents.type === 'TYPING')?.threadEvents.user?.id).toBe(compagnon.user.id);
    expect(live.events.some((e) => e.threadEvents.user?.id === outsider.user.id)).toBe(false);
    await ws.dispose();
  });
});

describe('threads: editing, deleting, reading', () => {
  it('the author edits and deletes; the text of a deleted message is gone from the API and the database', async () => {
    const { thread, compagnon, beneficiary, outsider } = await pairWithPeople(t);
    const ws = beneficiary.client.ws();
    const live = collect<EventData>(ws, EVENTS, { threadId: thread.id, afterSeq: 0 });
    const sent = (await post(compagnon.client, thread.id, 'Rendez-vous à 9 h')).data!.postMessage;
    const EDIT = 'mutation($id: ID!, $body: String!) { editMessage(id: $id, body: $body) { body editedAt } }';
    const DELETE = 'mutation($id: ID!) { deleteMessage(id: $id) { body deletedAt } }';

    expect(errorCode(await beneficiary.client.gql(EDIT, { id: sent.id, body: 'piraté' }))).toBe('FORBIDDEN');
    expect(errorCode(await outsider.client.gql(EDIT, { id: sent.id, body: 'piraté' }))).toBe('NOT_FOUND');
    expect(errorCode(await outsider.client.gql(DELETE, { id: sent.id }))).toBe('NOT_FOUND');
    expect(errorCode(await compagnon.client.gql(DELETE, { id: randomUUID() }))).toBe('NOT_FOUND');

    const edited = await compagnon.client.gql<{ editMessage: { body: string; editedAt: string } }>(EDIT, {
      id: sent.id,
      body: 'Rendez-vous à 9 h 30',
    });
    expect(edited.data?.editMessage.editedAt).toBeTruthy();
    const deleted = await compagnon.client.gql<{ deleteMessage: { body: string; deletedAt: string } }>(DELETE, { id: sent.id });
    expect(deleted.data?.deleteMessage).toMatchObject({ body: '' });
    expect(deleted.data?.deleteMessage.deletedAt).toBeTruthy();
    expect(errorCode(await compagnon.client.gql(EDIT, { id: sent.id, body: 'revenir' }))).toBe('BAD_USER_INPUT');

    const changes = () => live.events.filter((e) => e.threadEvents.type !== 'READY');
    await expect.poll(() => changes().map((e) => e.threadEvents.type)).toEqual(['POSTED', 'EDITED', 'DELETED']);
    expect(changes()[1].threadEvents.message!.body).toBe('Rendez-vous à 9 h 30');
    expect(changes()[2].threadEvents.message!.body).toBe('');
    const row = await t.app.services.deps.db.getRepository(Message).findOneByOrFail({ id: sent.id });
    expect(row.body).toBe('');
    await ws.dispose();
  });

  it('two edits within one second keep their order to the millisecond (a client keeps the later copy by editedAt)', async () => {
    const { thread, compagnon } = await pairWithPeople(t);
    const sent = (await post(compagnon.client, thread.id, 'v0')).data!.postMessage;
    const EDIT = 'mutation($id: ID!, $body: String!) { editMessage(id: $id, body: $body) { body editedAt } }';
    const second = Math.floor(Date.now() / 1000) * 1000 + 1000;
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(second + 100);
      const first = await compagnon.client.gql<{ editMessage: { editedAt: string } }>(EDIT, { id: sent.id, body: 'v1' });
      vi.setSystemTime(second + 700);
      const later = await compagnon.client.gql<{ editMessage: { editedAt: string } }>(EDIT, { id: sent.id, body: 'v2' });
      expect(first.data?.editMessage.editedAt).toBe(new Date(second + 100).toISOString());
      expect(later.data?.editMessage.editedAt).toBe(new Date(second + 700).toISOString());
    } finally {
      vi.useRealTimers();
    }
    const stored = await t.app.services.deps.db.getRepository(Message).findOneByOrFail({ id: sent.id });
    expect(stored.editedAt?.getTime()).toBe(second + 700);
  });

  it('read positions drive unread counts and "vu par", and only move forward', async () => {
    const { thread, compagnon, beneficiary } = await pairWithPeople(t);
    for (const i of range(1, 3)) await post(compagnon.client, thread.id, `point ${i}`);
    const STATE = `query($id: ID!) { thread(id: $id) { lastSeq unreadCount readSeq readers { user { id } seq } } }`;
    const MARK = 'mutation($id: ID!, $seq: Int!) { markRead(threadId: $id, seq: $seq) { unreadCount readSeq } }';
    expect(
      (await beneficiary.client.gql<{ thread: { unreadCount: number } }>(STATE, { id: thread.id })).data?.thread.unreadCount,
    ).toBe(3);
    expect((await beneficiary.client.gql(MARK, { id: thread.id, seq: 2 })).data).toEqual({
      markRead: { unreadCount: 1, readSeq: 2 },
    });
    expect((await beneficiary.client.gql(MARK, { id: thread.id, seq: 1 })).data).toEqual({
      markRead: { unreadCount: 1, readSeq: 2 },
    });
    expect((await beneficiary.client.gql(MARK, { id: thread.id, seq: 999 })).data).toEqual({
      markRead: { unreadCount: 0, readSeq: 3 },
    });
    const seen = await compagnon.client.gql<{
      thread: { unreadCount: number; readers: { user: { id: string }; seq: number }[] };
    }>(STATE, {
      id: thread.id,
    });
    expect(seen.data?.thread.unreadCount).toBe(0);
    expect(seen.data?.thread.readers).toEqual([{ user: { id: beneficiary.user.id }, seq: 3 }]);
  });

  it('long threads load by keyset pages, and search finds words without treating % as a wildcard', async () => {
    const { pair, thread, compagnon } = await pairWithPeople(t);
    for (const i of range(1, 25)) await post(compagnon.client, thread.id, i === 7 ? 'taux 100% atteint' : `ligne ${i}`);
    const PAGE = 'query($id: ID!, $before: Int) { thread(id: $id) { messages(beforeSeq: $before, last: 10) { seq } } }';
    const page1 = await compagnon.client.gql<{ thread: { messages: { seq: number }[] } }>(PAGE, { id: thread.id });
    expect(page1.data?.thread.messages.map((m) => m.seq)).toEqual(range(16, 25));
    const page2 = await compagnon.client.gql<{ thread: { messages: { seq: number }[] } }>(PAGE, { id: thread.id, before: 16 });
    expect(page2.data?.thread.messages.map((m) => m.seq)).toEqual(range(6, 15));

    const SEARCH = 'query($id: ID!, $q: String!) { searchMessages(pairId: $id, query: $q) { seq body } }';
    const found = await compagnon.client.gql<{ searchMessages: { seq: number }[] }>(SEARCH, { id: pair.id, q: '100%' });
    expect(found.data?.searchMessages.map((m) => m.seq)).toEqual([7]);
    const none = await compagnon.client.gql<{ searchMessages: unknown[] }>(SEARCH, { id: pair.id, q: '%%' });
    expect(none.data?.searchMessages).toEqual([]);
  });
});

describe('threads: bad input', () => {
  it('empty or oversized bodies, bad titles and unknown threads are refused and nothing is stored', async () => {
    const { pair, thread, compagnon } = await pairWithPeople(t);
    const empty = await post(compagnon.client, thread.id, '   ');
    expect(errorCode(empty)).toBe('BAD_USER_INPUT');
    expect(empty.errors?.[0].extensions?.reason).toBe('MESSAGE_EMPTY');
    const huge = await post(compagnon.client, thread.id, 'x'.repeat(LIMITS.messageMaxLength + 1));
    expect(huge.errors?.[0].extensions?.reason).toBe('MESSAGE_TOO_LONG');
    expect(errorCode(await post(compagnon.client, randomUUID(), 'où ?'))).toBe('NOT_FOUND');
    expect(await storedCount(thread.id)).toBe(0);

    const CREATE = 'mutation($input: CreateThreadInput!) { createThread(input: $input) { id title theme { code } lastSeq } }';
    const noTitle = await compagnon.client.gql(CREATE, { input: { pairId: pair.id, title: ' ' } });
    expect(noTitle.errors?.[0].extensions?.reason).toBe('TITLE_EMPTY');
    const badTheme = await compagnon.client.gql(CREATE, { input: { pairId: pair.id, title: 'Mobilité', themeCode: 'nope' } });
    expect(badTheme.errors?.[0].extensions?.reason).toBe('UNKNOWN_THEME');
    const created = await compagnon.client.gql<{ createThread: { title: string; lastSeq: number } }>(CREATE, {
      input: { pairId: pair.id, title: ' Mobilité ' },
    });
    expect(created.data?.createThread).toMatchObject({ title: 'Mobilité', lastSeq: 0 });
  });

  it('a mutation sent over the socket is refused: the socket serves subscriptions only', async () => {
    const { thread, compagnon } = await pairWithPeople(t);
    const ws = compagnon.client.ws();
    const sneaky = collect(ws, 'mutation($input: PostMessageInput!) { postMessage(input: $input) { id } }', {
      input: { threadId: thread.id, body: 'par la fenêtre', clientId: randomUUID() },
    });
    await sneaky.done;
    expect(JSON.stringify(sneaky.error)).toContain('BAD_USER_INPUT');
    expect(await storedCount(thread.id)).toBe(0);
    await ws.dispose();
  });

  it('100 posts in a second from one person are rate limited', async () => {
    const { thread, compagnon } = await pairWithPeople(t);
    const results = await Promise.all(range(1, 100).map((i) => post(compagnon.client, thread.id, `spam ${i}`)));
    const refused = results.filter((r) => errorCode(r) === 'RATE_LIMITED');
    const accepted = results.filter((r) => !r.errors);
    expect(refused.length).toBeGreaterThan(0);
    expect(accepted.length + refused.length).toBe(100);
    expect(await storedCount(thread.id)).toBe(accepted.length);
  });

  it('a retry of a stored message is answered even when the person is rate limited', async () => {
    const { thread, compagnon } = await pairWithPeople(t);
    const clientId = randomUUID();
    const first = await post(compagnon.client, thread.id, 'avant le tunnel', clientId);
    expect(first.errors).toBeUndefined();
    // Use up the budget with new messages until refused.
    let refused = false;
    for (let i = 0; i < 100 && !refused; i++)
      refused = errorCode(await post(compagnon.client, thread.id, `n° ${i}`)) === 'RATE_LIMITED';
    expect(refused).toBe(true);
    const retry = await post(compagnon.client, thread.id, 'avant le tunnel', clientId);
    expect(retry.errors).toBeUndefined();
    expect(retry.data?.postMessage).toEqual(first.data?.postMessage);
    expect(errorCode(await post(compagnon.client, thread.id, 'autre texte', clientId))).toBe('CONFLICT');
  });
});

describe('threads: the socket cannot be poisoned', () => {
  it("an operation name that spells the start of the app's subscription does not break it for others", async () => {
    const { thread, compagnon, beneficiary } = await pairWithPeople(t);
    const [firstLine, ...rest] = EVENTS.split('\n');
    const attackerWs = beneficiary.client.ws();
    // graphql-ws sends operationName as given: name + text spell the app's exact subscription.
    const poisoned = attackerWs.subscribe(
      { query: rest.join('\n'), operationName: `\n${firstLine}`, variables: { threadId: thread.id } },
      { next: () => {}, error: () => {}, complete: () => {} },
    );
    await new Promise((r) => setTimeout(r, 200));
    const honestWs = compagnon.client.ws();
    const honest = collect<EventData>(honestWs, EVENTS, { threadId: thread.id, afterSeq: 0 });
    await post(beneficiary.client, thread.id, 'toujours là');
    await expect.poll(() => seqsOf(honest.events)).toEqual([1]);
    expect(honest.error).toBeUndefined();
    poisoned();
    await Promise.all([attackerWs.dispose(), honestWs.dispose()]);
  });
});

describe('threads: one SQLite connection for the whole process', () => {
  it("a post while another request's transaction is open is not caught in it (nor in its rollback)", async () => {
    const { thread, compagnon, beneficiary } = await pairWithPeople(t);
    const ws = beneficiary.client.ws();
    const live = collect<EventData>(ws, EVENTS, { threadId: thread.id, afterSeq: 0 });
    await post(compagnon.client, thread.id, 'un');
    await expect.poll(() => seqsOf(live.events)).toEqual([1]);
    const db = t.app.services.deps.db;
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    // Another request's transaction, open across an await, which then fails and rolls back.
    const failing = db
      .transaction(async (manager) => {
        await manager.getRepository(Thread).findOneBy({ id: thread.id });
        await held;
        throw new Error('rolled back');
      })
      .catch((error: Error) => error.message);
    await new Promise((r) => setTimeout(r, 30));
    const second = post(compagnon.client, thread.id, 'deux');
    await new Promise((r) => setTimeout(r, 50));
    release();
    expect(await failing).toBe('rolled back');
    expect((await second).data?.postMessage.seq).toBe(2);
    expect((await post(compagnon.client, thread.id, 'trois')).data?.postMessage.seq).toBe(3);
    const stored = await db.getRepository(Message).find({ where: { threadId: thread.id }, order: { seq: 'ASC' } });
    expect(stored.map((m) => `${m.seq}:${m.body}`)).toEqual(['1:un', '2:deux', '3:trois']);
    await expect
      .poll(() =>
        live.events
          .filter((e) => e.threadEvents.message)
          .map((e) => `${e.threadEvents.message!.seq}:${e.threadEvents.message!.body}`),
      )
      .toEqual(['1:un', '2:deux', '3:trois']);
    await ws.dispose();
  });
});
