import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { QUERY_LIMITS } from '@tandem/shared';
import { startTestApp, TEST_ORIGIN, type TestApp } from './support/app.js';
import { collect, errorCode, TestClient } from './support/client.js';
import { makePair, makeUser, PASSWORD } from './support/factories.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

const post = (body: string, headers: Record<string, string>) => fetch(`${t.url}/graphql`, { method: 'POST', headers, body });

/** Opens a raw WebSocket and reports how the server answered (upgrade refused or close code). */
function rawSocket(headers: Record<string, string>): Promise<{ status?: number; closeCode?: number }> {
  return new Promise((resolve) => {
    const ws = new WebSocket(t.wsUrl, 'graphql-transport-ws', { headers });
    ws.on('unexpected-response', (_req, res) => resolve({ status: res.statusCode }));
    ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init' })));
    ws.on('close', (code) => resolve({ closeCode: code }));
    ws.on('error', () => {});
  });
}

describe('HTTP request hardening', () => {
  it('refuses a text/plain POST (CSRF prevention)', async () => {
    const res = await post(JSON.stringify({ query: '{ me { id } }' }), { 'content-type': 'text/plain' });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('answers malformed JSON with 400 BAD_USER_INPUT and no stack', async () => {
    const res = await post('{"query":', { 'content-type': 'application/json' });
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(JSON.parse(text).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(text).not.toMatch(/at .*\.js|node_modules/);
  });

  it('refuses a body over the size limit', async () => {
    const res = await post(JSON.stringify({ query: `{ me { id } } # ${'x'.repeat(200_000)}` }), {
      'content-type': 'application/json',
    });
    expect(res.status).toBe(413);
  });

  it('refuses batched operations', async () => {
    const res = await post(JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]), {
      'content-type': 'application/json',
    });
    expect(res.status).toBe(400);
  });

  it('refuses a query deeper than the limit, and too many aliases', async () => {
    const client = new TestClient(t);
    // The type system's ofType chain is the schema's deepest cycle.
    const depthQuery = `{ __type(name: "User") { fields { type { ${'ofType { '.repeat(QUERY_LIMITS.maxDepth)}name${' }'.repeat(QUERY_LIMITS.maxDepth)} } } } }`;
    const depth = await client.gql(depthQuery);
    expect(errorCode(depth)).toBe('BAD_USER_INPUT');
    expect(depth.errors?.[0].message).toMatch(/depth/i);
    const aliases = Array.from({ length: QUERY_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: me { id }`).join(' ');
    const tooMany = await client.gql(`{ ${aliases} }`);
    expect(errorCode(tooMany)).toBe('BAD_USER_INPUT');
    expect(tooMany.errors?.[0].message).toMatch(/alias/i);
  });

  it('masks unexpected errors and never leaks SQL or stacks', async () => {
    const res = await new TestClient(t).gql('{ pair(id: "x") { id } }');
    expect(errorCode(res)).toBe('UNAUTHENTICATED');
    expect(JSON.stringify(res)).not.toMatch(/stack|SELECT|sqlite/i);
  });

  it('sends security headers', async () => {
    const res = await fetch(`${t.url}/healthz`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-powered-by')).toBeNull();
    expect(await res.json()).toEqual({ status: 'ok', database: 'ok' });
  });
});

describe('WebSocket hardening', () => {
  it('refuses an upgrade from a foreign Origin, even with a valid session', async () => {
    const user = await makeUser(t.app);
    const browser = new TestClient(t);
    await browser.logIn(user.email, PASSWORD);
    expect(await rawSocket({ origin: 'http://evil.example', cookie: browser.cookie! })).toEqual({ status: 403 });
    expect(await rawSocket({ cookie: browser.cookie! })).toEqual({ status: 403 });
  });

  it('closes a connection without a session with 4401', async () => {
    expect(await rawSocket({ origin: TEST_ORIGIN })).toEqual({ closeCode: 4401 });
  });

  it('refuses a message larger than the payload cap', async () => {
    const user = await makeUser(t.app);
    const browser = new TestClient(t);
    await browser.logIn(user.email, PASSWORD);
    const code = await new Promise<number>((resolve) => {
      const ws = new WebSocket(t.wsUrl, 'graphql-transport-ws', { headers: { origin: TEST_ORIGIN, cookie: browser.cookie! } });
      ws.on('open', () => ws.send('x'.repeat(QUERY_LIMITS.wsMaxPayloadBytes + 1)));
      ws.on('close', (c) => resolve(c));
      ws.on('error', () => {});
    });
    expect(code).toBe(1009);
  });

  it('applies the query limits to subscriptions too', async () => {
    const user = await makeUser(t.app);
    const browser = new TestClient(t);
    await browser.logIn(user.email, PASSWORD);
    const ws = browser.ws();
    const aliases = Array.from(
      { length: QUERY_LIMITS.maxAliases + 1 },
      (_, i) => `a${i}: pairActivity(pairId: "x") { type }`,
    ).join(' ');
    const sub = collect(ws, `subscription { ${aliases} }`, {});
    await sub.done;
    expect(JSON.stringify(sub.error)).toMatch(/alias/i);
    await ws.dispose();
  });
});

describe('pair activity subscription', () => {
  it('a member of the pair receives events; an outsider gets NOT_FOUND; logging out closes the socket', async () => {
    const pair = await makePair(t.app);
    const member = await makeUser(t.app, { role: 'MEMBER', ptce: { id: pair.beneficiaryId } as never });
    const outsider = await makeUser(t.app);
    const memberBrowser = new TestClient(t);
    await memberBrowser.logIn(member.email, PASSWORD);
    const outsiderBrowser = new TestClient(t);
    await outsiderBrowser.logIn(outsider.email, PASSWORD);

    const query = 'subscription($id: ID!) { pairActivity(pairId: $id) { type pairId pair { status } } }';
    const memberWs = memberBrowser.ws();
    const live = collect<{ pairActivity: { type: string } }>(memberWs, query, { id: pair.id });
    const outsiderWs = outsiderBrowser.ws();
    const denied = collect(outsiderWs, query, { id: pair.id });
    await denied.done;
    expect(JSON.stringify(denied.error)).toContain('NOT_FOUND');

    // Wait until the member's subscription is registered, then ring the bell.
    await expect
      .poll(
        async () => {
          await t.app.services.deps.pubSub.publish('PAIR_ACTIVITY', pair.id, { type: 'STATUS_CHANGED', pairId: pair.id });
          return live.events.length;
        },
        { timeout: 5000, interval: 100 },
      )
      .toBeGreaterThan(0);
    expect(live.events[0]).toEqual({ pairActivity: { type: 'STATUS_CHANGED', pairId: pair.id, pair: { status: 'ACTIVE' } } });
    expect(outsiderBrowser.cookie).toBeDefined();

    const closed = new Promise<number>((resolve) => memberWs.on('closed', (event) => resolve((event as { code: number }).code)));
    await memberBrowser.gql('mutation { logOut }');
    expect(await closed).toBe(4401);
    await outsiderWs.dispose();
  });
});
