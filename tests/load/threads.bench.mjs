// Threads benchmark: post → last subscriber latency with 1, 100 and 1,000 subscribers, beside a bare
// reference (plain HTTP POST that broadcasts the same bytes over a bare `ws` server to the same number
// of sockets), then a sustained rate with 20 posters. Loopback only, bounded in count and time.
// Needs `pnpm build` (it drives the built server in this process). Usage: node tests/load/threads.bench.mjs
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { randomUUID } from 'node:crypto';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const serverRequire = (p) => import(pathToFileURL(path.join(root, 'apps/server', p)).href);
const serverCjs = createRequire(path.join(root, 'apps/server/package.json'));
const { WebSocket, WebSocketServer } = serverCjs('ws');
const { createClient } = await import(pathToFileURL(path.join(root, 'apps/server/node_modules/graphql-ws/dist/client.js')).href);
const { createApp } = await serverRequire('dist/src/app.js');
const { loadConfig } = await serverRequire('dist/src/config.js');
const { hashPassword } = await serverRequire('dist/src/identity/password.js');
const { RateLimiterMemory } = serverCjs('rate-limiter-flexible');

const ORIGIN = 'http://bench.test';
const SIZES = (process.env.BENCH_SUBSCRIBERS ?? '1,100,1000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const POSTS = Number(process.env.BENCH_POSTS ?? 200);
const pct = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const fmt = (ms) => ms.toFixed(2);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function startTandem(databaseUrl) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'tandem-bench-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    DEMO_DATA: 'off',
    LOG_LEVEL: 'silent',
    PUBLIC_URL: ORIGIN,
    WEB_DIST: path.join(dataDir, 'none'),
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
  });
  const app = await createApp(config);
  // The benchmark measures throughput, not the per-person limit: lift it for this process only.
  app.services.deps.rateLimits.limiters.set('messagePerUser', new RateLimiterMemory({ points: 1e9, duration: 1 }));
  const url = await app.listen(0, '127.0.0.1');
  return { app, url, close: async () => (await app.close(), rmSync(dataDir, { recursive: true, force: true })) };
}

async function scene(t, posters) {
  const db = t.app.services.deps.db;
  const { Ptce } = await serverRequire('dist/src/directory/ptce.entity.js');
  const { User } = await serverRequire('dist/src/identity/user.entity.js');
  const { Pair } = await serverRequire('dist/src/pairs/pair.entity.js');
  const { Thread } = await serverRequire('dist/src/threads/thread.entity.js');
  const ptce = (slug) =>
    db.getRepository(Ptce).save(
      db.getRepository(Ptce).create({
        slug,
        name: slug,
        departmentCodes: '40',
        region: 'NA',
        amiLaureate2021: true,
        charterSignatory: false,
        isCompagnon: true,
      }),
    );
  const a = await ptce(`bench-a-${randomUUID().slice(0, 8)}`);
  const b = await ptce(`bench-b-${randomUUID().slice(0, 8)}`);
  const passwordHash = await hashPassword('bench-password-123');
  const users = [];
  for (let i = 0; i < posters + 1; i++) {
    users.push(
      await db.getRepository(User).save(
        db.getRepository(User).create({
          email: `bench-${randomUUID()}@example.org`,
          displayName: `Bench ${i}`,
          passwordHash,
          role: 'COORDINATOR',
          ptceId: i % 2 ? a.id : b.id,
          locale: 'fr',
        }),
      ),
    );
  }
  const pair = await db
    .getRepository(Pair)
    .save(
      db
        .getRepository(Pair)
        .create({ status: 'ACTIVE', compagnonId: a.id, beneficiaryId: b.id, themes: [], requestedAt: new Date() }),
    );
  const thread = await db
    .getRepository(Thread)
    .save(
      db
        .getRepository(Thread)
        .create({ pairId: pair.id, title: 'bench', createdById: users[0].id, lastSeq: 0, lastActivityAt: new Date() }),
    );
  const cookies = [];
  for (const user of users) {
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($e: String!, $p: String!) { logIn(email: $e, password: $p) { id } }',
        variables: { e: user.email, p: 'bench-password-123' },
      }),
    });
    cookies.push(res.headers.getSetCookie()[0].split(';')[0]);
  }
  return { thread, cookies };
}

const POST_QUERY = 'mutation($input: PostMessageInput!) { postMessage(input: $input) { seq } }';
const post = (url, cookie, threadId, body) =>
  fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query: POST_QUERY, variables: { input: { threadId, body, clientId: randomUUID() } } }),
  }).then((r) => r.json());

/** `count` graphql-ws subscribers; onEvent(seq, index) for each POSTED event. */
async function subscribers(url, cookie, threadId, count, onEvent) {
  const wsUrl = `${url.replace(/^http/, 'ws')}/graphql`;
  class CookieWs extends WebSocket {
    constructor(address, protocols) {
      super(address, protocols, { headers: { origin: ORIGIN, cookie } });
    }
  }
  const clients = [];
  let started = 0;
  await new Promise((resolve) => {
    for (let i = 0; i < count; i++) {
      const client = createClient({ url: wsUrl, webSocketImpl: CookieWs, retryAttempts: 0, lazy: true });
      clients.push(client);
      client.subscribe(
        {
          query: 'subscription($t: ID!, $a: Int) { threadEvents(threadId: $t, afterSeq: $a) { type message { seq body } } }',
          variables: { t: threadId, a: null },
        },
        { next: (v) => v.data && onEvent(v.data.threadEvents.message?.seq, i), error: () => {}, complete: () => {} },
      );
      client.on('connected', () => ++started === count && resolve());
    }
  });
  await sleep(300 + count); // let every subscription reach the hub
  return () => Promise.all(clients.map((c) => c.dispose()));
}

/** Latency from the start of the POST until the last of `count` subscribers has the message. */
async function tandemLatency(t, ctx, count) {
  const received = new Map();
  const waiters = new Map();
  const stop = await subscribers(t.url, ctx.cookies[0], ctx.thread.id, count, (seq) => {
    const n = (received.get(seq) ?? 0) + 1;
    received.set(seq, n);
    if (n === count) waiters.get(seq)?.();
  });
  const samples = [];
  const posts = count >= 1000 ? Math.min(POSTS, 100) : POSTS;
  for (let i = 0; i < posts; i++) {
    const started = performance.now();
    let done;
    const all = new Promise((r) => (done = r));
    const res = await post(t.url, ctx.cookies[1], ctx.thread.id, `latence ${i}`);
    const seq = res.data.postMessage.seq;
    waiters.set(seq, done);
    if ((received.get(seq) ?? 0) < count) await all;
    samples.push(performance.now() - started);
  }
  await stop();
  return samples;
}

async function bareLatency(count) {
  const sockets = new Set();
  const http = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const bytes = Buffer.concat(chunks);
      for (const s of sockets) s.send(bytes);
      res.end('{"ok":true}');
    });
  });
  const wss = new WebSocketServer({ server: http });
  wss.on('connection', (s) => sockets.add(s));
  await new Promise((r) => http.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${http.address().port}`;
  let got = 0;
  let done;
  const clients = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise((resolve) => {
          const ws = new WebSocket(url.replace('http', 'ws'));
          ws.on('message', () => ++got === count && done?.());
          ws.on('open', () => resolve(ws));
        }),
    ),
  );
  const samples = [];
  const body = JSON.stringify({
    type: 'next',
    payload: { data: { threadEvents: { type: 'POSTED', message: { seq: 1, body: 'latence 1' } } } },
  });
  for (let i = 0; i < POSTS; i++) {
    got = 0;
    const all = new Promise((r) => (done = r));
    const started = performance.now();
    await fetch(url, { method: 'POST', body });
    await all;
    samples.push(performance.now() - started);
  }
  for (const ws of clients) ws.close();
  wss.close();
  http.close();
  return samples;
}

async function sustained(t, ctx, seconds = 5) {
  let delivered = 0;
  const stop = await subscribers(t.url, ctx.cookies[0], ctx.thread.id, 2, () => delivered++);
  const deadline = performance.now() + seconds * 1000;
  const latencies = [];
  let posted = 0;
  await Promise.all(
    ctx.cookies.slice(1, 21).map(async (cookie) => {
      while (performance.now() < deadline) {
        const started = performance.now();
        const res = await post(t.url, cookie, ctx.thread.id, `charge ${posted}`);
        if (res.data) posted++;
        latencies.push(performance.now() - started);
      }
    }),
  );
  await sleep(1000);
  await stop();
  return {
    posted,
    perSecond: posted / seconds,
    deliveries: delivered / seconds,
    lost: posted * 2 - delivered,
    p99: pct(latencies, 99),
  };
}

const databases = [['SQLite', undefined]];
if (process.env.BENCH_MYSQL_URL) databases.push(['MariaDB', process.env.BENCH_MYSQL_URL]);

console.log(`threads benchmark — ${new Date().toISOString()}, node ${process.version}, ${os.cpus().length} cores`);
const t = await startTandem();
const ctx = await scene(t, 20);
for (const count of SIZES) {
  const ours = await tandemLatency(t, ctx, count);
  const bare = await bareLatency(count);
  const ratio = pct(ours, 50) / pct(bare, 50);
  console.log(
    `latency post → last of ${String(count).padStart(4)} subscribers: Tandem p50 ${fmt(pct(ours, 50))} ms p99 ${fmt(pct(ours, 99))} ms | bare ws p50 ${fmt(pct(bare, 50))} ms p99 ${fmt(pct(bare, 99))} ms | ratio p50 ${ratio.toFixed(1)}×`,
  );
}
await t.close();
for (const [name, url] of databases) {
  const s = await startTandem(url);
  const c = await scene(s, 20);
  const r = await sustained(s, c);
  console.log(
    `sustained, 20 posters, ${name}: ${r.perSecond.toFixed(0)} posts/s, ${r.deliveries.toFixed(0)} deliveries/s (2 subscribers), post p99 ${fmt(r.p99)} ms, lost ${r.lost}`,
  );
  await s.close();
}
process.exit(0);
