import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Session } from '../src/identity/session.entity.js';
import { User } from '../src/identity/user.entity.js';
import { startTestApp, TEST_ORIGIN, type TestApp } from './support/app.js';
import { TestClient } from './support/client.js';
import { makePtce, makeUser, PASSWORD } from './support/factories.js';
import { killOurSubscribers, redisReachable, twoInstances } from './support/redis.js';

// The sessions `authenticate` keeps (SESSION_CACHE_MS): what the app changes applies at once, on
// every instance; what is changed behind its back, within the time set.

const ME = `{ me { id locale ptce { slug } } }`;
type Me = { me: { id: string; locale: string; ptce: { slug: string } | null } | null };

async function signedIn(t: TestApp) {
  const ptce = await makePtce(t.app);
  const user = await makeUser(t.app, { ptce });
  const client = new TestClient(t);
  await client.logIn(user.email, PASSWORD);
  return { user, client, ptce };
}

describe('sessions kept in memory, one instance', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ SESSION_CACHE_MS: '1500' });
  });
  afterAll(() => t?.close());

  it('a change made behind the app’s back applies within SESSION_CACHE_MS; one it says applies at once', async () => {
    const { user, client, ptce } = await signedIn(t);
    expect((await client.gql<Me>(ME)).data?.me?.ptce?.slug).toBe(ptce.slug);
    const elsewhere = await makePtce(t.app);
    const db = t.app.services.deps.db;
    await db.getRepository(User).update({ id: user.id }, { ptceId: elsewhere.id });
    // Kept: still the PTCE read a moment ago (this is what proves the lookup was not run again)…
    expect((await client.gql<Me>(ME)).data?.me?.ptce?.slug).toBe(ptce.slug);
    // …and read again once the time is up.
    await expect.poll(async () => (await client.gql<Me>(ME)).data?.me?.ptce?.slug, { timeout: 4_000 }).toBe(elsewhere.slug);

    await db.getRepository(User).update({ id: user.id }, { ptceId: ptce.id });
    await t.app.services.identity.userChanged(user.id);
    expect((await client.gql<Me>(ME)).data?.me?.ptce?.slug).toBe(ptce.slug);
  });

  it('logging out ends the session at once', async () => {
    const { client } = await signedIn(t);
    const cookie = client.cookie;
    expect((await client.gql<Me>(ME)).data?.me).not.toBeNull();
    await client.gql('mutation { logOut }');
    const replay = new TestClient(t);
    replay.cookie = cookie; // the old cookie, sent again
    expect((await replay.gql<Me>(ME)).data?.me).toBeNull();
  });

  it('an expired session is refused though it was kept, and deleted', async () => {
    const kept = await startTestApp({ SESSION_CACHE_MS: '60000' });
    try {
      // It expires in a moment (whole seconds: what MariaDB keeps), and is kept while still valid.
      const { user, client } = await signedIn(kept);
      const sessions = kept.app.services.deps.db.getRepository(Session);
      const expiresAt = new Date(Math.ceil((Date.now() + 1000) / 1000) * 1000);
      await sessions.update({ userId: user.id }, { expiresAt });
      expect((await client.gql<Me>(ME)).data?.me).not.toBeNull();
      await new Promise((resolve) => setTimeout(resolve, expiresAt.getTime() - Date.now() + 50));
      expect((await client.gql<Me>(ME)).data?.me).toBeNull();
      expect(await sessions.countBy({ userId: user.id })).toBe(0);
    } finally {
      await kept.close();
    }
  });

  it('SESSION_CACHE_MS=0 reads the session on every request', async () => {
    const direct = await startTestApp({ SESSION_CACHE_MS: '0' });
    try {
      const { user, client } = await signedIn(direct);
      expect((await client.gql<Me>(ME)).data?.me?.ptce).not.toBeNull();
      await direct.app.services.deps.db.getRepository(User).update({ id: user.id }, { ptceId: null });
      expect((await client.gql<Me>(ME)).data?.me?.ptce).toBeNull();
    } finally {
      await direct.close();
    }
  });
});

const reachable = await redisReachable('session-cache');

describe.skipIf(!reachable)('sessions kept in memory, two instances with Redis', () => {
  let a: TestApp;
  let b: TestApp;
  // A long time: whatever applies below applies because it was announced, not because time passed.
  twoInstances({ SESSION_CACHE_MS: '60000' }, (started) => ({ a, b } = started));

  /** The same person signed in once, their cookie used on both instances. */
  async function onBoth() {
    const { user, client: onA } = await signedIn(a);
    const onB = new TestClient(b);
    onB.cookie = onA.cookie;
    expect((await onB.gql<Me>(ME)).data?.me?.id).toBe(user.id); // now kept by b
    return { user, onA, onB };
  }

  it('logging out on one instance ends the session on the other at once', async () => {
    const { onA, onB } = await onBoth();
    await onA.gql('mutation { logOut }');
    await expect.poll(async () => (await onB.gql<Me>(ME)).data?.me ?? null, { timeout: 2_000 }).toBeNull();
  });

  it('a language chosen on one instance is the person’s language on the other at once', async () => {
    const { onA, onB } = await onBoth();
    expect((await onB.gql<Me>(ME)).data?.me?.locale).toBe('fr');
    await onA.gql('mutation { setLocale(locale: "en") { id } }');
    await expect.poll(async () => (await onB.gql<Me>(ME)).data?.me?.locale, { timeout: 2_000 }).toBe('en');
  });
});

describe('sessions kept in memory: races and what each request owns', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ SESSION_CACHE_MS: '60000' });
  });
  afterAll(() => t?.close());

  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  const tokenOf = (client: TestClient) => client.cookie!.split('=')[1]!;

  /** Holds the answer of the session lookup (the row is read) until `release()`: a slow network (MySQL path). */
  function holdSessionReads() {
    const db = t.app.services.deps.db as unknown as { query: (sql: string, p?: unknown[]) => Promise<unknown> };
    const original = db.query;
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let reads = 0;
    db.query = async function (this: unknown, sql: string, params?: unknown[]) {
      const rows = await original.call(this, sql, params);
      if (sql.startsWith('SELECT') && sql.includes('tokenHash')) {
        reads++;
        await held;
      }
      return rows;
    };
    return {
      reads: () => reads,
      release() {
        release();
        db.query = original;
      },
    };
  }

  it('each request gets its own objects, Dates included (mysql2 gives Date objects in the kept row)', async () => {
    const { client } = await signedIn(t);
    const a = await t.app.services.identity.authenticate(tokenOf(client));
    const b = await t.app.services.identity.authenticate(tokenOf(client));
    expect(a!.session).not.toBe(b!.session);
    expect(a!.session.expiresAt).toEqual(b!.session.expiresAt);
    expect(a!.session.expiresAt).not.toBe(b!.session.expiresAt);
    expect(a!.user.createdAt).not.toBe(b!.user.createdAt);
  });

  it('logOut and setLocale forget on this instance by themselves, not only through the echo of pub/sub', async () => {
    const { user, client } = await signedIn(t);
    expect((await client.gql<Me>(ME)).data?.me?.locale).toBe('fr'); // kept
    const publish = vi.spyOn(t.app.services.deps.pubSub, 'publish').mockImplementation(() => {});
    try {
      await t.app.services.identity.setLocale({ ...user } as never, 'en');
      expect((await t.app.services.identity.authenticate(tokenOf(client)))?.user.locale).toBe('en');
      const { session } = (await t.app.services.identity.authenticate(tokenOf(client)))!;
      await t.app.services.identity.logOut(session);
      expect(await t.app.services.identity.authenticate(tokenOf(client))).toBeNull();
    } finally {
      publish.mockRestore();
    }
  });

  // SQLite reads the row synchronously: these windows exist on the MySQL path only.
  it.runIf(process.env.TEST_DB === 'mysql')('a lookup in flight across a logout is answered, but not kept', async () => {
    const { client, user } = await signedIn(t);
    const session = await t.app.services.deps.db.getRepository(Session).findOneByOrFail({ userId: user.id });
    const hold = holdSessionReads();
    const inFlight = client.gql<Me>(ME);
    while (hold.reads() === 0) await sleep(5); // the row is read, its answer on its way
    await t.app.services.identity.logOut(session);
    hold.release();
    expect((await inFlight).data?.me).not.toBeNull(); // asked before the logout
    expect((await client.gql<Me>(ME)).data?.me).toBeNull();
  });

  it.runIf(process.env.TEST_DB === 'mysql')(
    'a socket whose session is read while it logs out is closed (its SESSION_ENDED found no socket yet)',
    async () => {
      const { client, user } = await signedIn(t);
      const session = await t.app.services.deps.db.getRepository(Session).findOneByOrFail({ userId: user.id });
      const ws = new WebSocket(t.wsUrl, 'graphql-transport-ws', { headers: { origin: TEST_ORIGIN, cookie: client.cookie! } });
      let closed: number | null = null;
      ws.on('close', (code) => (closed = code));
      await new Promise((r) => ws.once('open', r));
      const hold = holdSessionReads();
      ws.send(JSON.stringify({ type: 'connection_init' }));
      while (hold.reads() === 0) await sleep(5);
      await t.app.services.identity.logOut(session);
      await sleep(50);
      hold.release();
      try {
        await expect.poll(() => closed, { timeout: 2_000 }).toBe(4401);
      } finally {
        ws.terminate();
      }
    },
  );
});

describe.skipIf(!reachable)('sessions kept in memory, across a Redis drop', () => {
  let a: TestApp;
  let b: TestApp;
  twoInstances({ SESSION_CACHE_MS: '60000' }, (started) => ({ a, b } = started));

  it('a logout announced while the other instance’s subscriber was away applies there once it is back', async () => {
    const { client: onA } = await signedIn(a);
    const onB = new TestClient(b);
    onB.cookie = onA.cookie;
    expect((await onB.gql<Me>(ME)).data?.me).not.toBeNull(); // kept by b
    expect(await killOurSubscribers()).toBeGreaterThan(0);
    await onA.gql('mutation { logOut }'); // b may not hear its SESSION_ENDED
    // Not kept while away, everything kept forgotten once back: refused well before the 60 s.
    await expect.poll(async () => (await onB.gql<Me>(ME)).data?.me ?? null, { timeout: 10_000 }).toBeNull();
  }, 30_000);
});
