import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Session } from '../src/identity/session.entity.js';
import { makePtce } from './support/factories.js';
import { startTestApp, type TestApp } from './support/app.js';
import { errorCode, TestClient } from './support/client.js';
import { makeUser, PASSWORD } from './support/factories.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

const ME = `{ me { id email displayName role ptce { slug } } }`;

describe('signing in and out', () => {
  it('a coordinator signs in, is known by `me`, and the session ends with logOut', async () => {
    const user = await makeUser(t.app);
    const browser = new TestClient(t);
    expect((await browser.gql(ME)).data).toEqual({ me: null });

    const login = await browser.logIn(user.email, PASSWORD);
    expect(login.errors).toBeUndefined();
    const cookie = login.headers.getSetCookie()[0];
    expect(cookie).toMatch(/^tandem_session=[\w-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i); // plain http here; Secure behind TLS

    const me = await browser.gql<{ me: { email: string } }>(ME);
    expect(me.data?.me.email).toBe(user.email);

    // Only a hash of the token is stored.
    const token = browser.cookie!.split('=')[1];
    const rows = await t.app.services.deps.db.getRepository(Session).findBy({ userId: user.id });
    expect(rows).toHaveLength(1);
    expect(rows[0].tokenHash).not.toContain(token);
    expect(rows[0].tokenHash).toMatch(/^[0-9a-f]{64}$/);

    const stolen = browser.cookie;
    expect((await browser.gql<{ logOut: boolean }>('mutation { logOut }')).data?.logOut).toBe(true);
    expect((await browser.gql(ME)).data).toEqual({ me: null });
    // The old cookie no longer works: the session ended on the server.
    const replay = new TestClient(t);
    replay.cookie = stolen;
    expect((await replay.gql(ME)).data).toEqual({ me: null });
  });

  it('compares email addresses case-insensitively', async () => {
    const user = await makeUser(t.app);
    const browser = new TestClient(t);
    const login = await browser.logIn(`  ${user.email.toUpperCase()} `, PASSWORD);
    expect(login.errors).toBeUndefined();
  });

  it('a wrong password gets BAD_USER_INPUT / INVALID_CREDENTIALS and no cookie', async () => {
    const user = await makeUser(t.app);
    const browser = new TestClient(t);
    const login = await browser.logIn(user.email, 'not-the-password');
    expect(errorCode(login)).toBe('BAD_USER_INPUT');
    expect(login.errors?.[0].extensions?.reason).toBe('INVALID_CREDENTIALS');
    expect(login.headers.getSetCookie()).toEqual([]);
    // An unknown address answers exactly the same.
    const unknown = await browser.logIn('nobody@example.org', 'not-the-password');
    expect(unknown.errors?.[0]).toEqual(login.errors?.[0]);
  });

  it('a tampered or unknown session cookie is treated as signed out', async () => {
    const user = await makeUser(t.app);
    const browser = new TestClient(t);
    await browser.logIn(user.email, PASSWORD);
    const [name, value] = browser.cookie!.split('=');
    browser.cookie = `${name}=${value.slice(0, -2)}xx`;
    expect((await browser.gql(ME)).data).toEqual({ me: null });
    const pairs = await browser.gql('{ myPairs { id } }');
    expect(errorCode(pairs)).toBe('UNAUTHENTICATED');
  });

  it('limits log-in attempts per account, with a retry delay, even for the right password', async () => {
    const user = await makeUser(t.app);
    const browser = new TestClient(t);
    for (let i = 0; i < 5; i++) {
      expect(errorCode(await browser.logIn(user.email, `wrong-${i}-password`))).toBe('BAD_USER_INPUT');
    }
    const blocked = await browser.logIn(user.email, PASSWORD);
    expect(errorCode(blocked)).toBe('RATE_LIMITED');
    expect(blocked.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(60);
    expect(blocked.headers.getSetCookie()).toEqual([]);
    // Another account from the same address is not locked out by it.
    const other = await makeUser(t.app);
    expect((await browser.logIn(other.email, PASSWORD)).errors).toBeUndefined();
  });

  it('changes the interface language of the signed-in person', async () => {
    const user = await makeUser(t.app);
    const browser = new TestClient(t);
    await browser.logIn(user.email, PASSWORD);
    const res = await browser.gql<{ setLocale: { locale: string } }>('mutation { setLocale(locale: "en") { locale } }');
    expect(res.data?.setLocale.locale).toBe('en');
    expect(errorCode(await browser.gql('mutation { setLocale(locale: "de") { locale } }'))).toBe('BAD_USER_INPUT');
  });
});

describe('the session behind a cookie', () => {
  it('is the same person and session, field for field, as TypeORM loads them (the hot path reads raw rows)', async () => {
    const ptce = await makePtce(t.app);
    const user = await makeUser(t.app, { ptce });
    const browser = new TestClient(t);
    await browser.logIn(user.email, PASSWORD);
    const token = browser.cookie!.split('=')[1]!;
    const auth = await t.app.services.identity.authenticate(token);
    const expected = await t.app.services.deps.db
      .getRepository(Session)
      .findOneOrFail({ where: { userId: user.id }, relations: { user: true } });
    expect(auth).not.toBeNull();
    expect(auth!.session).toEqual(expected);
    expect(auth!.session).toBeInstanceOf(Session);
    expect(auth!.session.expiresAt).toBeInstanceOf(Date);
    expect(auth!.user.ptceId).toBe(ptce.id);
    expect(await t.app.services.identity.authenticate(`${token}x`)).toBeNull();
  });
});
