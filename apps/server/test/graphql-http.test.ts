import { request } from 'node:http';
import { gzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestApp, type TestApp } from './support/app.js';
import { TestClient } from './support/client.js';
import { makeUser, PASSWORD } from './support/factories.js';

// /graphql is served without express (core/graphql-http.ts): what express did for it must still hold.
let t: TestApp;
let proxied: TestApp;
beforeAll(async () => {
  [t, proxied] = await Promise.all([startTestApp(), startTestApp({ TRUST_PROXY: '1' })]);
});
afterAll(() => Promise.all([t?.close(), proxied?.close()]));
afterEach(() => vi.restoreAllMocks());

const json = { 'content-type': 'application/json' };
const typename = JSON.stringify({ query: '{ __typename }' });

describe('GraphQL over HTTP without express', () => {
  it('answers with the same security headers as the rest of the site, and a request id', async () => {
    const [graphql, health] = await Promise.all([
      fetch(`${t.url}/graphql`, { method: 'POST', headers: json, body: typename }),
      fetch(`${t.url}/healthz`),
    ]);
    expect(await graphql.json()).toEqual({ data: { __typename: 'Query' } });
    for (const name of [
      'content-security-policy',
      'x-content-type-options',
      'x-frame-options',
      'referrer-policy',
      'cross-origin-opener-policy',
    ]) {
      expect(graphql.headers.get(name), name).toBe(health.headers.get(name));
      expect(graphql.headers.get(name), name).toBeTruthy();
    }
    expect(graphql.headers.get('x-powered-by')).toBeNull();
    expect(graphql.headers.get('content-type')).toMatch(/^application\/json/);
    const second = await fetch(`${t.url}/graphql`, { method: 'POST', headers: json, body: typename });
    expect(graphql.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(second.headers.get('x-request-id')).not.toBe(graphql.headers.get('x-request-id'));
  });

  it('writes one log line per request, with its id, method, url and status', async () => {
    const info = vi.spyOn(t.app.logger, 'info');
    const res = await fetch(`${t.url}/graphql?x=1`, { method: 'POST', headers: json, body: typename });
    await res.text();
    await vi.waitFor(() => expect(info).toHaveBeenCalled());
    const [fields, message] = info.mock.calls.find(([, m]) => m === 'request completed') as unknown as [
      Record<string, unknown>,
      string,
    ];
    expect(message).toBe('request completed');
    expect(fields).toMatchObject({
      req: { id: res.headers.get('x-request-id'), method: 'POST', url: '/graphql?x=1' },
      res: { statusCode: 200 },
    });
  });

  it('sets and clears the session cookie with the attributes express gave it', async () => {
    const user = await makeUser(t.app);
    const browser = new TestClient(t);
    const login = await browser.logIn(user.email, PASSWORD);
    const set = login.headers.getSetCookie();
    expect(set).toHaveLength(1);
    expect(set[0]).toMatch(/^tandem_session=[\w-]{40,}; Path=\/; Expires=[^;]+; HttpOnly; SameSite=Lax$/);
    const expires = Date.parse(/Expires=([^;]+)/.exec(set[0])![1]);
    expect(expires).toBeGreaterThan(Date.now() + 24 * 3600_000);

    const out = await browser.gql('mutation { logOut }');
    expect(out.headers.getSetCookie()).toEqual([
      'tandem_session=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Lax',
    ]);
  });

  it('answers GET queries (with the preflight header) and refuses them without it (CSRF)', async () => {
    const url = `${t.url}/graphql?query=${encodeURIComponent('{ __typename }')}`;
    const ok = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ data: { __typename: 'Query' } });
    const refused = await fetch(url);
    expect(refused.status).toBe(400);
  });

  it('refuses compressed bodies and other charsets with 415, and changes nothing', async () => {
    const user = await makeUser(t.app);
    const login = JSON.stringify({
      query: 'mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { id } }',
      variables: { e: user.email, p: PASSWORD },
    });
    const gzip = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { ...json, 'content-encoding': 'gzip' },
      body: gzipSync(login),
    });
    expect(gzip.status).toBe(415);
    expect(((await gzip.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe(
      'BAD_USER_INPUT',
    );
    expect(gzip.headers.getSetCookie()).toEqual([]);
    const latin1 = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=latin1' },
      body: login,
    });
    expect(latin1.status).toBe(415);
    expect(latin1.headers.getSetCookie()).toEqual([]);
  });

  it('refuses a declared length over the limit before reading the body', async () => {
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(`${t.url}/graphql`, { method: 'POST', headers: { ...json, 'content-length': 10_000_000 } }, (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode!, body }));
      });
      req.on('error', reject);
      req.write('{"query":"');
      // The rest of the declared 10 MB is never sent: the answer must not wait for it.
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).errors[0]).toEqual({
      message: 'Request body too large',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('takes the client address from X-Forwarded-For only when TRUST_PROXY says so', async () => {
    const forwarded = { ...json, 'x-forwarded-for': '203.0.113.7' };
    const logIn = JSON.stringify({ query: 'mutation { logIn(email: "nobody@example.org", password: "x") { id } }' });
    const direct = vi.spyOn(t.app.services.identity, 'logIn');
    await fetch(`${t.url}/graphql`, { method: 'POST', headers: forwarded, body: logIn });
    expect(direct.mock.calls[0][2]).toBe('127.0.0.1');
    const behindProxy = vi.spyOn(proxied.app.services.identity, 'logIn');
    await fetch(`${proxied.url}/graphql`, { method: 'POST', headers: forwarded, body: logIn });
    expect(behindProxy.mock.calls[0][2]).toBe('203.0.113.7');
  });

  it('answers on the paths the express mount matched: a trailing slash, any case', async () => {
    for (const path of ['/graphql/', '/GraphQL', '/GRAPHQL/?x=1']) {
      const res = await fetch(`${t.url}${path}`, { method: 'POST', headers: json, body: typename });
      expect(await res.json(), path).toEqual({ data: { __typename: 'Query' } });
    }
  });

  it('leaves other paths to express', async () => {
    const res = await fetch(`${t.url}/graphqlx`, { method: 'POST', headers: json, body: typename });
    expect(res.status).toBe(404);
    const api = await fetch(`${t.url}/api/nothing-here`);
    expect(api.status).toBe(404);
  });
});
