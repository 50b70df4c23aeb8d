import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { forgetPreparedStatements, sqliteConnection } from '../src/core/raw-rows.js';
import { FollowUp } from '../src/pairs/follow-up.entity.js';
import { User } from '../src/identity/user.entity.js';
import { Notification } from '../src/notifications/notification.entity.js';
import { Message, Thread, ThreadState } from '../src/threads/thread.entity.js';
import { ADD, UPDATE, itemInput } from './support/agenda.js';
import { startTestApp, type TestApp } from './support/app.js';
import { collect, errorCode, TestClient } from './support/client.js';
import { makePair, makeUser, PASSWORD } from './support/factories.js';
import { NOTIFICATION_EVENTS, kindsOf, LIST, notificationsOf } from './support/notifications.js';
import { liftPostLimit, makeThread, pairWithPeople, post } from './support/threads.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ MAIL_WORKER_INTERVAL_SECONDS: '0' });
});
afterAll(async () => {
  await t?.close();
});

const db = () => t.app.services.deps.db;

describe('notifications: who is told what', () => {
  it('a reply tells the followers, a mention tells the person named, nobody is told of their own message', async () => {
    const { pair, thread, compagnon, beneficiary, outsider, signIn } = await pairWithPeople(t);
    const member = await signIn(pair.beneficiaryId);
    const muted = await signIn(pair.compagnonId);

    // The beneficiary and the muted person take part; the muted one then silences the thread.
    await post(beneficiary.client, thread.id, 'Bonjour à tous');
    await post(muted.client, thread.id, 'Présente');
    await muted.client.gql('mutation($id: ID!) { setThreadMuted(threadId: $id, muted: true) { id } }', { id: thread.id });

    const sent = await post(compagnon.client, thread.id, `Merci ! @${member.user.displayName}, vous pourrez venir ?`);
    const seq = sent.data!.postMessage.seq;

    // Two replies since the beneficiary's message: one unread line in the bell, at the first of them.
    expect(await kindsOf(beneficiary.client)).toEqual(['THREAD_REPLY']);
    expect(await kindsOf(member.client)).toEqual(['MENTION']);
    expect(await kindsOf(muted.client)).toEqual([]); // muted before anyone replied to it
    expect(await kindsOf(compagnon.client)).toEqual([]); // never its own message
    expect(await kindsOf(outsider.client)).toEqual([]);

    const mention = (await notificationsOf(member.client)).nodes[0];
    expect(mention).toMatchObject({
      pairId: pair.id,
      threadId: thread.id,
      seq,
      messageId: sent.data!.postMessage.id,
      actorId: compagnon.user.id,
      actorName: compagnon.user.displayName,
      title: thread.title,
      readAt: null,
    });
    expect(mention.excerpt).toContain('vous pourrez venir');

    // A mention reaches even someone who muted the thread.
    await post(beneficiary.client, thread.id, `@${muted.user.displayName} une question pour vous`);
    expect(await kindsOf(muted.client)).toEqual(['MENTION']);
    expect(await kindsOf(compagnon.client)).toEqual(['THREAD_REPLY']);
  });

  it('a person who left the PTCE is neither told nor shown the old notifications', async () => {
    const { thread, compagnon, beneficiary } = await pairWithPeople(t);
    await post(beneficiary.client, thread.id, 'Je suis là');
    await post(compagnon.client, thread.id, 'Parfait');
    expect((await notificationsOf(beneficiary.client)).unread).toBe(1);
    await db().getRepository(User).update({ id: beneficiary.user.id }, { ptceId: null });
    await t.app.services.identity.userChanged(beneficiary.user.id);
    await post(compagnon.client, thread.id, 'Encore un mot');
    expect(await notificationsOf(beneficiary.client)).toEqual({ nodes: [], unread: 0 });
    expect(await db().getRepository(Notification).countBy({ recipientId: beneficiary.user.id })).toBe(1);
  });

  it('agenda changes tell the hosts and followers; new documents and TSF status changes tell the pair', async () => {
    const { pair, compagnon, beneficiary, signIn } = await pairWithPeople(t);
    const host = await signIn(pair.compagnonId);
    const added = await compagnon.client.gql<{ addAgendaItem: { id: string; version: number } }>(ADD, {
      input: itemInput(pair.id, { hosts: [{ kind: 'PERSON', name: host.user.displayName }] }),
    });
    const item = added.data!.addAgendaItem;
    expect(await kindsOf(host.client)).toEqual(['AGENDA_CHANGED']);
    expect(await kindsOf(beneficiary.client)).toEqual([]);
    // The beneficiary edits it: the compagnon (who changed it before) follows it now.
    await beneficiary.client.gql(UPDATE, {
      input: { id: item.id, expectedVersion: item.version, title: 'Visite du Garage solidaire' },
    });
    const [changed] = (await notificationsOf(compagnon.client)).nodes;
    expect(changed).toMatchObject({ kind: 'AGENDA_CHANGED', agendaItemId: item.id, title: 'Visite du Garage solidaire' });
    expect(await kindsOf(host.client)).toEqual(['AGENDA_CHANGED', 'AGENDA_CHANGED']);
    expect(await kindsOf(beneficiary.client)).toEqual([]);

    const note = await beneficiary.client.gql<{ createNote: { id: string } }>(
      'mutation($i: CreateNoteInput!) { createNote(input: $i) { id } }',
      { i: { pairId: pair.id, title: 'Compte rendu', body: 'Texte' } },
    );
    const [doc] = (await notificationsOf(host.client)).nodes;
    expect(doc).toMatchObject({ kind: 'DOCUMENT_ADDED', documentId: note.data!.createNote.id, title: 'Compte rendu' });
    expect(await kindsOf(beneficiary.client)).toEqual([]);

    const completed = await compagnon.client.gql('mutation($id: ID!) { completeTsf(pairId: $id) { id } }', { id: pair.id });
    expect(completed.errors).toBeUndefined();
    expect((await notificationsOf(beneficiary.client)).nodes[0]).toMatchObject({ kind: 'PAIR_STATUS', excerpt: 'COMPLETED' });
    expect((await kindsOf(compagnon.client))[0]).not.toBe('PAIR_STATUS');
  });

  it('a follow-up check-in that has come is told once to each person of the pair', async () => {
    const { pair, compagnon, beneficiary } = await pairWithPeople(t);
    await compagnon.client.gql('mutation($id: ID!) { completeTsf(pairId: $id) { id } }', { id: pair.id });
    const notifications = t.app.services.notifications;
    const in7Months = new Date(Date.now() + 215 * 86_400_000);
    const reminders = () => db().getRepository(Notification).countBy({ pairId: pair.id, kind: 'FOLLOW_UP_DUE' });
    await notifications.remindDueFollowUps(new Date());
    expect(await reminders()).toBe(0); // none has come yet
    await notifications.remindDueFollowUps(in7Months);
    expect(await reminders()).toBe(9); // the 1-, 3- and 6-month ones, to the three people of the pair
    await notifications.remindDueFollowUps(in7Months);
    expect(await reminders()).toBe(9);
    const kinds = await kindsOf(beneficiary.client);
    expect(kinds.filter((k) => k === 'FOLLOW_UP_DUE')).toHaveLength(3);
    expect((await kindsOf(compagnon.client)).filter((k) => k === 'FOLLOW_UP_DUE')).toHaveLength(3);
  });

  it('follow-ups with nobody to tell do not hold back the others', async () => {
    // 120 old check-ins of spaces without anyone left (here: gone), due long ago, come first.
    await db()
      .getRepository(FollowUp)
      .insert(
        Array.from({ length: 120 }, () => ({ id: randomUUID(), pairId: randomUUID(), monthsAfter: 1, dueOn: '2000-01-01' })),
      );
    const { pair } = await pairWithPeople(t);
    await db().getRepository(FollowUp).insert({ id: randomUUID(), pairId: pair.id, monthsAfter: 1, dueOn: '2000-01-02' });
    await t.app.services.notifications.remindDueFollowUps(new Date());
    expect(await db().getRepository(Notification).countBy({ pairId: pair.id, kind: 'FOLLOW_UP_DUE' })).toBe(3); // its three people
  });
});

describe('notifications: posts written together', () => {
  it('tell the same people as the same posts one after the other', async () => {
    /** Five posts (a reply, an answer, a mention, the mentioned person's answer, a reply), then who was told what. */
    const scenario = async (together: boolean) => {
      const { pair, thread, compagnon, beneficiary, signIn } = await pairWithPeople(t);
      const member = await signIn(pair.beneficiaryId);
      const names = new Map([
        [thread.createdById, 'creator'],
        [compagnon.user.id, 'compagnon'],
        [beneficiary.user.id, 'beneficiary'],
        [member.user.id, 'member'],
      ]);
      const posts: [User, string][] = [
        [compagnon.user, 'un'],
        [beneficiary.user, 'deux'],
        [compagnon.user, `@${member.user.displayName} trois`],
        [member.user, 'quatre'],
        [beneficiary.user, 'cinq'],
      ];
      const postOne = ([author, body]: [User, string]) =>
        t.app.services.threads.postMessage(author, { threadId: thread.id, body, clientId: randomUUID() });
      // Access to the thread known first (as after any earlier request): the posts reach the batch in this order.
      await t.app.services.threads.visibleThread(compagnon.user, thread.id);
      const writes = vi.spyOn(
        t.app.services.threads as unknown as { insertMessages(m: unknown[]): Promise<unknown> },
        'insertMessages',
      );
      if (together) await Promise.all(posts.map(postOne));
      else for (const p of posts) await postOne(p);
      expect(writes.mock.calls.map((call) => (call[0] as unknown[]).length)).toEqual(together ? [5] : [1, 1, 1, 1, 1]);
      writes.mockRestore();
      const rows = await db()
        .getRepository(Notification)
        .find({ where: { threadId: thread.id } });
      return rows.map((n) => `${names.get(n.recipientId)} ${n.kind} ${n.seq}`).sort();
    };
    const oneByOne = await scenario(false);
    expect(oneByOne).toEqual([
      'beneficiary THREAD_REPLY 3',
      'compagnon THREAD_REPLY 2',
      'creator THREAD_REPLY 1',
      'member MENTION 3',
      'member THREAD_REPLY 5',
    ]);
    expect(await scenario(true)).toEqual(oneByOne);
  });
});

describe('notifications: a thread told across two batches', () => {
  it('opens the pending reply line at the first message, as when posted one by one', async () => {
    const restoreLimit = liftPostLimit(t);
    const { pair, thread: a, compagnon } = await pairWithPeople(t);
    const b = await makeThread(t.app, pair, 'Second thread');
    const threads = t.app.services.threads;
    await threads.visibleThread(compagnon.user, a.id);
    await threads.visibleThread(compagnon.user, b.id);
    // One turn: one post to A, then 120 to B — more than a batch holds (100), so B is told twice.
    await Promise.all([
      threads.postMessage(compagnon.user, { threadId: a.id, body: 'a1', clientId: randomUUID() }),
      ...Array.from({ length: 120 }, (_, i) =>
        threads.postMessage(compagnon.user, { threadId: b.id, body: `b${i + 1}`, clientId: randomUUID() }),
      ),
    ]).finally(restoreLimit);
    const rows = await db()
      .getRepository(Notification)
      .find({ where: { threadId: b.id, recipientId: b.createdById } });
    expect(rows.map((n) => `${n.kind}@${n.seq}`)).toEqual(['THREAD_REPLY@1']);
  });
});

describe('notifications: a step with a message of another instance in between', () => {
  it('reads the people again after the gap: who wrote in between takes part from then on', async () => {
    const { thread, compagnon, beneficiary } = await pairWithPeople(t);
    // Seqs 1 and 3 posted here by the compagnon; 2 by the beneficiary, committed by another instance
    // (never told on this one).
    const repo = db().getRepository(Message);
    const message = (seq: number, author: User) =>
      repo.save(
        repo.create({
          threadId: thread.id,
          seq,
          clientId: randomUUID(),
          authorId: author.id,
          body: `m${seq}`,
          createdAt: new Date(),
        }),
      );
    const [one, , three] = [
      await message(1, compagnon.user),
      await message(2, beneficiary.user),
      await message(3, compagnon.user),
    ];
    await db().getRepository(Thread).update({ id: thread.id }, { lastSeq: 3 });
    await t.app.services.notifications.messagesPosted(
      thread.id,
      [one, three].map((m) => ({ id: m.id, seq: m.seq, authorId: m.authorId, body: m.body })),
    );
    const rows = await db()
      .getRepository(Notification)
      .find({ where: { threadId: thread.id } });
    const names = new Map([
      [thread.createdById, 'creator'],
      [beneficiary.user.id, 'beneficiary'],
    ]);
    expect(rows.map((n) => `${names.get(n.recipientId)} ${n.kind} ${n.seq}`).sort()).toEqual([
      'beneficiary THREAD_REPLY 3',
      'creator THREAD_REPLY 1',
    ]);
  });
});

describe('notifications: the bell', () => {
  it('counts, pages, marks one and all read, and stays right after a reload', async () => {
    const { thread, compagnon, beneficiary } = await pairWithPeople(t);
    await post(beneficiary.client, thread.id, 'Premier');
    // Mentions: replies in one thread make a single pending line (see the policy), mentions one each.
    for (let i = 0; i < 5; i++) await post(compagnon.client, thread.id, `@${beneficiary.user.displayName} Réponse ${i}`);
    const all = await notificationsOf(beneficiary.client);
    expect(all.unread).toBe(5);

    const seen = new Set<string>();
    let after: string | null = null;
    for (let page = 0; page < 3; page++) {
      const result: Awaited<ReturnType<TestClient['gql']>> = await beneficiary.client.gql(LIST, { first: 2, after });
      const connection = (
        result.data as {
          notifications: {
            edges: { cursor: string; node: { id: string } }[];
            pageInfo: { hasNextPage: boolean; endCursor: string };
          };
        }
      ).notifications;
      for (const edge of connection.edges) seen.add(edge.node.id);
      after = connection.pageInfo.endCursor;
      expect(connection.pageInfo.hasNextPage).toBe(page < 2);
    }
    expect(seen).toEqual(new Set(all.nodes.map((n) => n.id)));

    const read = await beneficiary.client.gql<{ markNotificationRead: { id: string; readAt: string } }>(
      'mutation($id: ID!) { markNotificationRead(id: $id) { id readAt } }',
      { id: all.nodes[0].id },
    );
    expect(read.data!.markNotificationRead.readAt).toBeTruthy();
    expect((await notificationsOf(beneficiary.client)).unread).toBe(4);
    const marked = await beneficiary.client.gql<{ markAllNotificationsRead: number }>('mutation { markAllNotificationsRead }');
    expect(marked.data!.markAllNotificationsRead).toBe(4);
    // A new session (a reload) reads the count from the database.
    const again = new TestClient(t);
    await again.logIn(beneficiary.user.email, PASSWORD);
    expect((await notificationsOf(again)).unread).toBe(0);
  });

  it('rings live for the recipient only, with the count re-read for each event', async () => {
    const { thread, compagnon, beneficiary, outsider } = await pairWithPeople(t);
    await post(beneficiary.client, thread.id, 'Je suis là');
    const ws = beneficiary.client.ws();
    const spyWs = outsider.client.ws();
    type Ev = { notificationEvents: { type: string; unreadCount: number; notification: { kind: string; seq: number } | null } };
    const live = collect<Ev>(ws, NOTIFICATION_EVENTS, {});
    const spy = collect<Ev>(spyWs, NOTIFICATION_EVENTS, {});
    await t.app.services.deps.pubSubSubscribed?.();
    await new Promise((r) => setTimeout(r, 200));
    await post(compagnon.client, thread.id, `@${beneficiary.user.displayName} regardez`);
    await expect.poll(() => live.events.length, { timeout: 5000 }).toBe(1);
    expect(live.events[0].notificationEvents).toMatchObject({
      type: 'CREATED',
      unreadCount: 1,
      notification: { kind: 'MENTION', seq: 2 },
    });
    await beneficiary.client.gql('mutation { markAllNotificationsRead }');
    await expect.poll(() => live.events.length, { timeout: 5000 }).toBe(2);
    expect(live.events[1].notificationEvents).toMatchObject({ type: 'ALL_READ', unreadCount: 0, notification: null });
    expect(spy.events).toEqual([]);
    await Promise.all([ws.dispose(), spyWs.dispose()]);
  });

  it('a plain message costs two SELECTs (its thread, the people around it) and one INSERT', async () => {
    const { thread, compagnon, beneficiary } = await pairWithPeople(t);
    await post(beneficiary.client, thread.id, 'Bonjour');
    // Every statement of the notification step: prepared on the SQLite connection, or logged by TypeORM on MySQL.
    const statements: string[] = [];
    const sqlite = db().options.type === 'better-sqlite3';
    const connection = sqlite
      ? (db().driver as unknown as { databaseConnection: { prepare(sql: string): unknown } }).databaseConnection
      : { prepare: (sql: string): unknown => sql };
    const prepare = connection.prepare;
    forgetPreparedStatements(db()); // prepared statements are kept: make every one go through prepare again
    const logQuery = db().logger.logQuery;
    const options = db().options as { logging?: unknown };
    const logging = options.logging;
    if (sqlite) {
      connection.prepare = function (this: unknown, sql: string) {
        statements.push(sql);
        return prepare.call(this, sql);
      };
    } else {
      Object.assign(options, { logging: true });
      db().logger.logQuery = (query: string) => void statements.push(query);
    }
    try {
      await t.app.services.notifications.messagesPosted(thread.id, [
        { id: 'm', seq: 99, authorId: compagnon.user.id, body: 'Réponse' },
      ]);
    } finally {
      connection.prepare = prepare;
      db().logger.logQuery = logQuery;
      Object.assign(options, { logging });
    }
    const kinds = statements.map((q) => q.trim().split(/\s+/)[0].toUpperCase());
    expect(kinds.filter((k) => !['BEGIN', 'COMMIT', 'START', 'SAVEPOINT', 'RELEASE'].includes(k))).toEqual([
      'SELECT',
      'SELECT',
      'INSERT',
    ]);
    expect(await db().getRepository(Notification).countBy({ recipientId: beneficiary.user.id, seq: 99 })).toBe(1);
  });
  it.runIf(process.env.TEST_DB !== 'mysql')(
    'finds the people to tell through indexes, never by reading every user (SQLite plan)',
    async () => {
      const { thread, compagnon } = await pairWithPeople(t);
      const connection = sqliteConnection(db()) as unknown as {
        prepare(sql: string): { all(...p: unknown[]): { detail: string }[] };
      };
      const prepare = connection.prepare;
      let audience: string | undefined;
      forgetPreparedStatements(db());
      connection.prepare = function (this: unknown, sql: string) {
        if (sql.includes('unreadReply')) audience = sql;
        return prepare.call(this, sql);
      };
      try {
        await t.app.services.notifications.messagesPosted(thread.id, [
          { id: 'm', seq: 98, authorId: compagnon.user.id, body: 'Réponse' },
        ]);
      } finally {
        connection.prepare = prepare;
      }
      expect(audience).toBeDefined();
      const plan = connection
        .prepare(`EXPLAIN QUERY PLAN ${audience}`)
        .all(
          ...audience!
            .split('?')
            .slice(1)
            .map(() => thread.id),
        )
        .map((row) => row.detail);
      expect(plan.filter((step) => /^SCAN (u|c|o|user)\b/.test(step))).toEqual([]);
      // Whether a person took part before the batch: through (threadId, authorId), never the thread's history.
      expect(plan.filter((step) => /^SEARCH m .*seq<\?/.test(step))).toEqual([]);
      expect(plan).toContainEqual(expect.stringMatching(/^SEARCH c USING INDEX \S+ \(ptceId=\?\)/));
      expect(plan).toContainEqual(expect.stringMatching(/^SEARCH o USING INDEX \S+ \(role=\?\)/));
    },
  );
});

describe('notifications: reading the thread, changing the message', () => {
  const MARK = `mutation($t: ID!, $s: Int!) { markRead(threadId: $t, seq: $s) { id } }`;
  type Ev = { notificationEvents: { type: string; unreadCount: number; notification: { id: string } | null } };

  it('reading a thread reads its notifications up to the message read, and the bell follows live', async () => {
    const { thread, compagnon, beneficiary } = await pairWithPeople(t);
    const other = await makeThread(t.app, (await pairWithPeople(t)).pair);
    await post(beneficiary.client, thread.id, 'Je suis là');
    const first = await post(compagnon.client, thread.id, 'Réponse une');
    await post(compagnon.client, thread.id, `@${beneficiary.user.displayName} réponse deux`);
    expect((await notificationsOf(beneficiary.client)).unread).toBe(2);
    const compagnonUnread = (await notificationsOf(compagnon.client)).unread;
    const ws = beneficiary.client.ws();
    const live = collect<Ev>(ws, NOTIFICATION_EVENTS, {});
    await t.app.services.deps.pubSubSubscribed?.();
    await new Promise((r) => setTimeout(r, 200));

    // Up to the first reply: that one is read, the mention after it is not.
    expect((await beneficiary.client.gql(MARK, { t: thread.id, s: first.data!.postMessage.seq })).errors).toBeUndefined();
    await expect.poll(() => live.events.length, { timeout: 5000 }).toBe(1);
    expect(live.events[0].notificationEvents).toMatchObject({ type: 'READ', unreadCount: 1, notification: null });
    const after = await notificationsOf(beneficiary.client);
    expect(after.unread).toBe(1);
    expect(after.nodes.find((n) => n.readAt === null)?.kind).toBe('MENTION');

    // Reading the same place again changes nothing and rings nothing; another thread's read neither.
    await beneficiary.client.gql(MARK, { t: thread.id, s: first.data!.postMessage.seq });
    expect((await beneficiary.client.gql(MARK, { t: other.id, s: 0 })).errors).toBeDefined(); // not theirs
    await beneficiary.client.gql(MARK, { t: thread.id, s: 999 }); // past the end: up to the last message
    await expect.poll(() => live.events.length, { timeout: 5000 }).toBe(2);
    expect(live.events[1].notificationEvents).toMatchObject({ type: 'READ', unreadCount: 0 });
    expect((await notificationsOf(beneficiary.client)).unread).toBe(0);
    // Other people's notifications are untouched.
    expect((await notificationsOf(compagnon.client)).unread).toBe(compagnonUnread);
    await new Promise((r) => setTimeout(r, 200));
    expect(live.events).toHaveLength(2);
    await ws.dispose();
  });

  it('a reply line before one’s own post is read once the thread is shown (the post had moved the position already)', async () => {
    const { thread, compagnon, beneficiary } = await pairWithPeople(t);
    await post(beneficiary.client, thread.id, 'Je suis là');
    await post(compagnon.client, thread.id, 'Réponse une'); // the beneficiary's reply line, seq 2
    const mine = await post(beneficiary.client, thread.id, 'Et je réponds'); // moves the position to 3
    expect((await notificationsOf(beneficiary.client)).unread).toBe(1);
    const ws = beneficiary.client.ws();
    const live = collect<Ev>(ws, NOTIFICATION_EVENTS, {});
    await t.app.services.deps.pubSubSubscribed?.();
    await new Promise((r) => setTimeout(r, 200));
    expect((await beneficiary.client.gql(MARK, { t: thread.id, s: mine.data!.postMessage.seq })).errors).toBeUndefined();
    expect((await notificationsOf(beneficiary.client)).unread).toBe(0);
    await expect.poll(() => live.events.map((e) => e.notificationEvents.type)).toEqual(['READ']);
    await ws.dispose();
  });

  it('a reply line read (by itself, with all, or by reading the thread) makes way for a new line at the next reply', async () => {
    const ways = {
      one: (client: TestClient, id: string) => client.gql('mutation($id: ID!) { markNotificationRead(id: $id) { id } }', { id }),
      all: (client: TestClient) => client.gql('mutation { markAllNotificationsRead }'),
      thread: (client: TestClient, _id: string, threadId: string) => client.gql(MARK, { t: threadId, s: 999 }),
    };
    for (const [way, close] of Object.entries(ways)) {
      const { thread, compagnon, beneficiary } = await pairWithPeople(t);
      await post(beneficiary.client, thread.id, 'Je suis là');
      await post(compagnon.client, thread.id, 'Réponse une');
      await post(compagnon.client, thread.id, 'Réponse deux'); // in the same line
      const [line] = (await notificationsOf(beneficiary.client)).nodes;
      expect((await close(beneficiary.client, line.id, thread.id)).errors, way).toBeUndefined();
      await post(compagnon.client, thread.id, 'Réponse trois');
      const after = await notificationsOf(beneficiary.client);
      expect(
        after.nodes.map((n) => `${n.kind}@${n.seq}${n.readAt ? ' read' : ''}`),
        way,
      ).toEqual(['THREAD_REPLY@4', 'THREAD_REPLY@2 read']);
      expect(after.unread, way).toBe(1);
    }
  });

  it('an edited message shows its new words in the bell, a deleted one none', async () => {
    const { thread, compagnon, beneficiary } = await pairWithPeople(t);
    await post(beneficiary.client, thread.id, 'Je suis là');
    const kept = await post(compagnon.client, thread.id, `@${beneficiary.user.displayName} mon code secret 1234`);
    const gone = await post(compagnon.client, thread.id, 'autre secret 5678');
    const edit = await compagnon.client.gql(`mutation($id: ID!, $b: String!) { editMessage(id: $id, body: $b) { id } }`, {
      id: kept.data!.postMessage.id,
      b: `@${beneficiary.user.displayName} rien à voir`,
    });
    expect(edit.errors).toBeUndefined();
    const del = await compagnon.client.gql(`mutation($id: ID!) { deleteMessage(id: $id) { id } }`, {
      id: gone.data!.postMessage.id,
    });
    expect(del.errors).toBeUndefined();
    const { nodes } = await notificationsOf(beneficiary.client);
    const excerpts = Object.fromEntries(nodes.map((n) => [n.messageId, n.excerpt]));
    expect(excerpts[kept.data!.postMessage.id]).toBe(`@${beneficiary.user.displayName} rien à voir`);
    expect(excerpts[gone.data!.postMessage.id]).toBe('');
    expect(JSON.stringify(nodes)).not.toMatch(/secret/);
  });
});

describe('notifications: bad input', () => {
  it('refuses strangers, other people’s notifications, bad pages and cursors', async () => {
    const { thread, compagnon, beneficiary } = await pairWithPeople(t);
    await post(beneficiary.client, thread.id, 'Bonjour');
    await post(compagnon.client, thread.id, 'Bonjour à vous');
    const [mine] = (await notificationsOf(beneficiary.client)).nodes;
    const anonymous = new TestClient(t);
    expect(errorCode(await anonymous.gql('{ unreadNotificationCount }'))).toBe('UNAUTHENTICATED');
    expect(errorCode(await anonymous.gql(NOTIFICATION_EVENTS.replace('subscription', 'query')))).toBe('BAD_USER_INPUT');
    expect(
      errorCode(await compagnon.client.gql('mutation($id: ID!) { markNotificationRead(id: $id) { id } }', { id: mine.id })),
    ).toBe('NOT_FOUND');
    expect(errorCode(await beneficiary.client.gql(LIST, { first: 0 }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await beneficiary.client.gql(LIST, { first: 500 }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await beneficiary.client.gql(LIST, { first: 5, after: 'not-a-cursor' }))).toBe('BAD_USER_INPUT');
    const prefs = await beneficiary.client.gql(
      'mutation { updateNotificationPreferences(input: { digest: WEEKLY }) { digest } }',
    );
    expect(errorCode(prefs)).toBe('BAD_USER_INPUT');
  });

  it('keeps each person’s preferences', async () => {
    const user = await makeUser(t.app, { ptce: { id: (await makePair(t.app)).compagnonId } as never });
    const client = new TestClient(t);
    await client.logIn(user.email, PASSWORD);
    const fields = 'digest emailMentions emailPairStatus emailAgendaSoon';
    expect((await client.gql(`{ notificationPreferences { ${fields} } }`)).data).toEqual({
      notificationPreferences: { digest: 'DAILY', emailMentions: true, emailPairStatus: true, emailAgendaSoon: true },
    });
    await client.gql(`mutation { updateNotificationPreferences(input: { digest: HOURLY, emailMentions: false }) { digest } }`);
    expect((await client.gql(`{ notificationPreferences { ${fields} } }`)).data).toEqual({
      notificationPreferences: { digest: 'HOURLY', emailMentions: false, emailPairStatus: true, emailAgendaSoon: true },
    });
  });

  it('a muted state row without messages does not make a follower', async () => {
    const { thread, compagnon, signIn, pair } = await pairWithPeople(t);
    const reader = await signIn(pair.beneficiaryId);
    await reader.client.gql('mutation($id: ID!, $s: Int!) { markRead(threadId: $id, seq: $s) { id } }', { id: thread.id, s: 0 });
    expect(await db().getRepository(ThreadState).countBy({ userId: reader.user.id })).toBe(1);
    await post(compagnon.client, thread.id, 'Bonjour');
    expect(await kindsOf(reader.client)).toEqual([]);
  });
});

describe('notifications: following a thread', () => {
  const FOLLOW = 'mutation($id: ID!, $f: Boolean!) { setThreadFollowing(threadId: $id, following: $f) { id following muted } }';
  const STATE = 'query($id: ID!) { thread(id: $id) { following muted } }';

  it('a reader who follows gets replies; unfollowing mutes; an outsider cannot follow', async () => {
    const { thread, compagnon, beneficiary, outsider, signIn, pair } = await pairWithPeople(t);
    const reader = await signIn(pair.beneficiaryId);
    expect((await reader.client.gql(STATE, { id: thread.id })).data).toEqual({ thread: { following: false, muted: false } });
    const followed = await reader.client.gql(FOLLOW, { id: thread.id, f: true });
    expect(followed.data).toEqual({ setThreadFollowing: { id: thread.id, following: true, muted: false } });
    await post(compagnon.client, thread.id, 'Une réponse');
    expect(await kindsOf(reader.client)).toEqual(['THREAD_REPLY']);

    // A poster follows by taking part, until they stop following.
    await post(beneficiary.client, thread.id, 'Moi aussi');
    expect((await beneficiary.client.gql(STATE, { id: thread.id })).data).toEqual({ thread: { following: true, muted: false } });
    await beneficiary.client.gql(FOLLOW, { id: thread.id, f: false });
    expect((await beneficiary.client.gql(STATE, { id: thread.id })).data).toEqual({ thread: { following: false, muted: true } });
    await post(compagnon.client, thread.id, 'Encore');
    expect(await kindsOf(beneficiary.client)).toEqual([]);
    // Still the one unread reply notification: the later replies follow it in the thread.
    expect(await kindsOf(reader.client)).toEqual(['THREAD_REPLY']);

    expect(errorCode(await outsider.client.gql(FOLLOW, { id: thread.id, f: true }))).toBe('NOT_FOUND');
  });
});
