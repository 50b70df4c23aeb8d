import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redisReachable, REDIS_URL } from './support/redis.js';
import { startTestApp, type TestApp } from './support/app.js';
import { errorCode, TestClient } from './support/client.js';
import { makeUser, PASSWORD } from './support/factories.js';

// Two instances sharing one database and one Redis, as behind a load balancer.

const reachable = await redisReachable('scale-out');

describe.runIf(reachable)('two instances with Redis', () => {
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    a = await startTestApp({ REDIS_URL });
    // The second instance opens the first one's database (same SQLite file or MariaDB database).
    b = await startTestApp({
      REDIS_URL,
      DATABASE_URL: a.config.database.kind === 'sqlite' ? `sqlite:${a.config.database.path}` : a.config.database.url,
    });
  });
  afterAll(async () => {
    await b?.app.close();
    await a?.close();
  });

  it('a session opened on one instance is valid on the other', async () => {
    const user = await makeUser(a.app);
    const onA = new TestClient(a);
    await onA.logIn(user.email, PASSWORD);
    const onB = new TestClient(b);
    onB.cookie = onA.cookie;
    expect((await onB.gql<{ me: { id: string } }>('{ me { id } }')).data?.me.id).toBe(user.id);
  });

  it('log-in attempts are counted across instances', async () => {
    const user = await makeUser(a.app);
    for (let i = 0; i < 5; i++) {
      const target = i % 2 === 0 ? a : b;
      expect(errorCode(await new TestClient(target).logIn(user.email, `wrong-password-${i}`))).toBe('BAD_USER_INPUT');
    }
    expect(errorCode(await new TestClient(b).logIn(user.email, PASSWORD))).toBe('RATE_LIMITED');
    expect(errorCode(await new TestClient(a).logIn(user.email, PASSWORD))).toBe('RATE_LIMITED');
  });

  it('logging out on one instance closes the sockets of that session on the other', async () => {
    const user = await makeUser(a.app);
    const onA = new TestClient(a);
    await onA.logIn(user.email, PASSWORD);
    const onB = new TestClient(b);
    onB.cookie = onA.cookie;
    const ws = onB.ws({ lazy: false });
    await new Promise<void>((resolve) => ws.on('connected', () => resolve()));
    const closed = new Promise<number>((resolve) => ws.on('closed', (event) => resolve((event as { code: number }).code)));
    // Redis drops what nobody hears: make sure B's subscriber is listening before A publishes.
    await b.app.services.deps.pubSubSubscribed?.();
    await onA.gql('mutation { logOut }');
    expect(await closed).toBe(4401);
    await ws.dispose();
  });
});
