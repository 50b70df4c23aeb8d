// Threads benchmark (issue 5), every figure beside a bare reference measured in the same run:
// - post → last subscriber latency with 1, 100 and 1,000 subscribers (from the start of the POST to the
//   moment the last subscriber has the message; the POST's own answer is printed apart), bare: the same graphql-ws
//   subscribers (same client code, same waiting), connected to a `ws` server that speaks just enough
//   graphql-transport-ws by hand, whose plain HTTP POST handler writes one `next` frame per
//   subscription (no GraphQL execution). The subscribers and the poster of both sides run in another
//   process (latency.child.mjs), which times everything, so the server measured has this process's
//   core to itself;
// - sustained rate with 20 posters on SQLite (and MariaDB with BENCH_MYSQL_URL), bare: the same
//   posters against the bare broadcast server. The posters run in another process (posters.child.mjs,
//   node:http keep-alive) so their client does not share the server's core; the 2 subscribers stay here;
// - 10,000 open sockets with one subscription each: server RSS per connection (server in a child
//   process), bare: a plain `ws` server holding the same sockets;
// - latency through two instances and Redis (REDIS_URL, default redis://127.0.0.1:6379), clients in latency.child.mjs too;
// - the "last 50" page at 100 and 1,000,000 messages in a thread.
// Loopback only, bounded in count and time. Needs `pnpm build`. Usage: node tests/load/threads.bench.mjs
// Knobs: BENCH_SUBSCRIBERS=1,100,1000 BENCH_POSTS=400 BENCH_ROUNDS=8 (Tandem and bare alternate by rounds) BENCH_SOCKETS=10000 BENCH_LAST=100,1000000
// BENCH_ONLY=latency,sustained,sockets,redis,last BENCH_MYSQL_URL=mysql://root@127.0.0.1:3306 (a server: a
// throw-away database is made and dropped; with a database name, that existing database is used).
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { randomUUID } from 'node:crypto';
import { sceneFor } from './threads-scene.mjs';
import { ORIGIN, POST_QUERY, THREAD_EVENTS, postMessage, subscribers } from './threads-clients.mjs';
import { SERVER_NODE_FLAGS } from '../../scripts/server-flags.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const serverRequire = (p) => import(pathToFileURL(path.join(root, 'apps/server', p)).href);
const serverCjs = createRequire(path.join(root, 'apps/server/package.json'));
const { WebSocket, WebSocketServer } = serverCjs('ws');
const { createApp } = await serverRequire('dist/src/app.js');
const { loadConfig } = await serverRequire('dist/src/config.js');
const { RateLimiterMemory } = serverCjs('rate-limiter-flexible');

const SIZES = (process.env.BENCH_SUBSCRIBERS ?? '1,100,1000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const POSTS = Number(process.env.BENCH_POSTS ?? 400);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 8);
const pct = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const fmt = (ms) => ms.toFixed(2);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function startTandem(databaseUrl, extraEnv = {}) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'tandem-bench-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    DEMO_DATA: 'off',
    LOG_LEVEL: 'silent',
    PUBLIC_URL: ORIGIN,
    WEB_DIST: path.join(dataDir, 'none'),
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    // For an A/B of SQLite's checkpoints (0: in the commits, as SQLite does by default).
    ...(process.env.SQLITE_CHECKPOINT_MS ? { SQLITE_CHECKPOINT_MS: process.env.SQLITE_CHECKPOINT_MS } : {}),
    ...extraEnv,
  });
  const app = await createApp(config);
  // The benchmark measures throughput, not the per-person limit: lift it for this process only.
  app.services.deps.rateLimits.limiters.set('messagePerUser', new RateLimiterMemory({ points: 1e9, duration: 1 }));
  const url = await app.listen(0, '127.0.0.1');
  return {
    app,
    url,
    databaseUrl: databaseUrl ?? `sqlite:${path.join(dataDir, 'tandem.sqlite')}`,
    close: async () => (await app.close(), rmSync(dataDir, { recursive: true, force: true })),
  };
}

const scene = (t, posters) => sceneFor(t.app, t.url, posters);

/**
 * Forks `file` (a client of this folder) for one request and one answer over IPC: the child sends
 * { ready: true }, gets `request`, answers, and exits by itself. Resolves with the answer once the child
 * has exited with 0; rejects if it exits otherwise, or has not exited 10 s after answering. The child
 * runs without SERVER_NODE_FLAGS: those are the server's, and the server is this process.
 */
function inAnotherProcess(file, request) {
  const child = fork(path.join(here, file), [], { execArgv: [], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    let answer;
    let timer;
    child.on('message', (m) => {
      if (m.ready) return child.send(request);
      answer = m;
      timer = setTimeout(() => child.kill(), 10_000);
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0 && answer) resolve(answer);
      else reject(new Error(`${file} exited with ${code ?? signal}${answer ? ' after answering' : ' before answering'}`));
    });
  });
}

/**
 * Post → last subscriber latency of each side ({ url, postUrl? }), measured in alternating rounds by
 * latency.child.mjs: `count` subscribers (the scene's first person) per side, `posts` posts per side (its
 * second person). Resolves with one { samples, answered } per side.
 */
async function latencies(sides, ctx, count, posts) {
  const request = {
    sides,
    threadId: ctx.thread.id,
    subscriberCookie: ctx.cookies[0],
    posterCookie: ctx.cookies[1],
    count,
    posts,
    rounds: ROUNDS,
  };
  return (await inAnotherProcess('latency.child.mjs', request)).sides;
}

/** The bare sustained reference: a plain HTTP POST whose handler broadcasts the same bytes over a bare `ws` server. */
async function bareBroadcastServer(reply) {
  const sockets = new Set();
  const http = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const bytes = Buffer.concat(chunks);
      for (const s of sockets) s.send(bytes);
      res.end(reply);
    });
  });
  const wss = new WebSocketServer({ server: http });
  wss.on('connection', (s) => sockets.add(s));
  await new Promise((r) => http.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${http.address().port}`,
    close: () => (wss.close(), http.close()),
  };
}

/**
 * The bare latency reference, the floor of "HTTP in, ws frames out" for graphql-ws clients: a `ws`
 * server speaking just enough graphql-transport-ws by hand (subprotocol, connection_ack, the id of
 * each subscribe), and a plain HTTP POST /graphql handler that writes one `next` frame per
 * subscription, with the posted body and a seq growing per POST, then answers like postMessage.
 * No GraphQL execution, no database, no authentication (Origin and cookie are ignored).
 */
async function bareGraphqlWsServer() {
  const PROTOCOL = 'graphql-transport-ws';
  const subscriptions = new Map(); // socket → ids of its subscriptions
  let seq = 0;
  const http = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks)).variables.input.body;
      seq++;
      const payload = JSON.stringify({ data: { threadEvents: { type: 'POSTED', message: { seq, body } } } });
      for (const [socket, ids] of subscriptions)
        for (const id of ids) socket.send(`{"id":${JSON.stringify(id)},"type":"next","payload":${payload}}`);
      res.setHeader('content-type', 'application/json');
      res.end(`{"data":{"postMessage":{"seq":${seq}}}}`);
    });
  });
  const wss = new WebSocketServer({
    server: http,
    path: '/graphql',
    handleProtocols: (protocols) => (protocols.has(PROTOCOL) ? PROTOCOL : false),
  });
  wss.on('connection', (socket) => {
    const ids = new Set();
    subscriptions.set(socket, ids);
    socket.on('message', (data) => {
      const message = JSON.parse(data);
      if (message.type === 'connection_init') socket.send('{"type":"connection_ack"}');
      else if (message.type === 'subscribe') ids.add(message.id);
      else if (message.type === 'complete') ids.delete(message.id);
      else if (message.type === 'ping') socket.send('{"type":"pong"}');
    });
    socket.on('close', () => subscriptions.delete(socket));
  });
  await new Promise((r) => http.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${http.address().port}`,
    close: () => (wss.close(), http.close()),
  };
}

/**
 * The 20 posters of the sustained figure, in another process (posters.child.mjs) so that their HTTP
 * client does not take the server's core: POST `url` for `seconds`, one cookie per poster ('' for none).
 * Resolves with { posted, errors, p50, p99, seconds } (seconds as measured by the child).
 */
const postersInAnotherProcess = (url, cookies, threadId, seconds) =>
  inAnotherProcess('posters.child.mjs', { url, cookies, threadId, seconds, concurrency: 20, query: POST_QUERY });

/** After the posters stopped: wait (up to 20 s) until the 2 subscribers have every post; ms waited. */
async function drain(deliveredNow, posted) {
  const started = performance.now();
  while (deliveredNow() < posted * 2 && performance.now() - started < 20_000) await sleep(50);
  return performance.now() - started;
}

/**
 * The figures of a sustained run from the posters' report `r` and the 2 subscribers' delivery count:
 * deliveries/s during the run, then (after waiting for them to catch up) lost = posted × 2 − delivered.
 */
async function rates(r, delivered) {
  const deliveredInTime = delivered();
  const drainMs = await drain(delivered, r.posted);
  return {
    ...r,
    perSecond: r.posted / r.seconds,
    deliveries: deliveredInTime / r.seconds,
    drainMs,
    lost: r.posted * 2 - delivered(),
  };
}

async function sustained(t, ctx, seconds = 5) {
  let delivered = 0;
  const stop = await subscribers(t.url, ctx.cookies[0], ctx.thread.id, 2, () => delivered++);
  const r = await postersInAnotherProcess(`${t.url}/graphql`, ctx.cookies.slice(1, 21), ctx.thread.id, seconds);
  // Subscribers may still be catching up: wait before counting anything as lost.
  const result = await rates(r, () => delivered);
  await stop();
  return result;
}

/** The same 20 posters against the bare broadcast server with 2 sockets: the ceiling of this machine's loopback. */
async function bareSustained(seconds = 5) {
  const { url, close } = await bareBroadcastServer('{"data":{"postMessage":{"seq":1}}}');
  let delivered = 0;
  const clients = await Promise.all(
    [0, 1].map(
      () =>
        new Promise((resolve) => {
          const ws = new WebSocket(url.replace('http', 'ws'));
          ws.on('message', () => delivered++);
          ws.on('open', () => resolve(ws));
        }),
    ),
  );
  // A random id has the size of a thread id, so the bare server broadcasts bodies of the same size.
  const r = await postersInAnotherProcess(url, Array(20).fill(''), randomUUID(), seconds);
  const result = await rates(r, () => delivered);
  for (const ws of clients) ws.close();
  close();
  return result;
}

/** A server in a child process (Tandem or bare ws): its RSS before and after `count` sockets with one subscription each. */
async function socketsMemory(kind, count) {
  const child = fork(path.join(here, 'socket-server.child.mjs'), [kind], {
    execArgv: ['--expose-gc', ...SERVER_NODE_FLAGS],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const messages = [];
  let wake;
  child.on('message', (m) => (messages.push(m), wake?.()));
  const nextMessage = async () => {
    while (messages.length === 0) await new Promise((r) => (wake = r));
    return messages.shift();
  };
  const ready = await nextMessage();
  const rss = async () => (child.send('rss'), (await nextMessage()).rss);
  const before = await rss();
  const wsUrl = `${ready.url.replace(/^http/, 'ws')}/graphql`;
  const subscribe = JSON.stringify({
    id: '1',
    type: 'subscribe',
    payload: { query: THREAD_EVENTS, variables: { t: ready.threadId, a: null } },
  });
  const sockets = [];
  let received = 0;
  let allReceived;
  const open = () =>
    new Promise((resolve, reject) => {
      const ws = new WebSocket(wsUrl, kind === 'bare' ? [] : ['graphql-transport-ws'], {
        headers: { origin: ORIGIN, cookie: ready.cookies[0] },
      });
      ws.on('error', reject);
      ws.on('open', () => {
        if (kind === 'bare') {
          ws.send(subscribe);
          resolve(ws);
        } else ws.send(JSON.stringify({ type: 'connection_init' }));
      });
      ws.on('message', (data) => {
        const message = JSON.parse(data.toString());
        if (message.type === 'connection_ack') {
          ws.send(subscribe);
          resolve(ws);
        } else if (message.type === 'next' && message.payload?.data?.threadEvents?.type === 'POSTED' && ++received === count)
          allReceived?.();
      });
    });
  const started = performance.now();
  for (let i = 0; i < count; i += 250) {
    sockets.push(...(await Promise.all(Array.from({ length: Math.min(250, count - i) }, open))));
  }
  const openSeconds = (performance.now() - started) / 1000;
  let fanOut = null;
  if (kind !== 'bare') {
    // Proof that every subscription is live: one post reaches all of them.
    await sleep(1000);
    const done = new Promise((r) => (allReceived = r));
    const t0 = performance.now();
    await postMessage(new Agent(), ready.url, ready.cookies[0], ready.threadId, 'à tous');
    await Promise.race([done, sleep(30_000)]);
    fanOut = { ms: performance.now() - t0, received };
  } else await sleep(1000);
  const after = await rss();
  for (const ws of sockets) ws.terminate();
  child.kill();
  return { perConnection: (after - before) / count, before, after, openSeconds, fanOut };
}

/**
 * Latency with the subscriber on one instance and the poster on another, events crossing Redis; null
 * (the reason printed) when the two instances cannot start with Redis. A failure while measuring throws.
 */
async function throughRedis(redisUrl) {
  let a, b;
  try {
    a = await startTandem(undefined, { REDIS_URL: redisUrl });
    b = await startTandem(a.databaseUrl, { REDIS_URL: redisUrl });
  } catch (error) {
    await a?.close();
    console.log(`two instances + Redis: not measured (${error.message})`);
    return null;
  }
  const ctx = await scene(a, 1);
  const [single, cross] = await latencies([{ url: a.url }, { url: b.url, postUrl: a.url }], ctx, 1, POSTS);
  await b.close();
  await a.close();
  return { single, cross };
}

/** "The last 50" of a thread holding `count` messages, asked over GraphQL. */
async function lastPage(t, ctx, count, requests = 200) {
  const db = t.app.services.deps.db;
  const { Thread } = await serverRequire('dist/src/threads/thread.entity.js');
  const { User } = await serverRequire('dist/src/identity/user.entity.js');
  const author = await db.getRepository(User).findOneByOrFail({});
  const thread = await db.getRepository(Thread).save(
    db.getRepository(Thread).create({
      pairId: ctx.thread.pairId,
      title: `last ${count}`,
      createdById: author.id,
      lastSeq: 0,
      lastActivityAt: new Date(),
    }),
  );
  const started = performance.now();
  const columns = '(id, threadId, seq, clientId, authorId, body, createdAt)';
  if (db.options.type === 'better-sqlite3') {
    const sqlite = db.driver.databaseConnection;
    const insert = sqlite.prepare(`INSERT INTO message ${columns} VALUES (?, ?, ?, ?, ?, ?, ?)`);
    const at = new Date().toISOString().replace('T', ' ').replace('Z', '');
    sqlite.transaction(() => {
      for (let seq = 1; seq <= count; seq++)
        insert.run(randomUUID(), thread.id, seq, randomUUID(), author.id, `message ${seq}`, at);
    })();
  } else {
    const at = new Date();
    for (let from = 1; from <= count; from += 5000) {
      const rows = [];
      for (let seq = from; seq < Math.min(from + 5000, count + 1); seq++)
        rows.push([randomUUID(), thread.id, seq, randomUUID(), author.id, `message ${seq}`, at]);
      await db.query(`INSERT INTO message ${columns} VALUES ${rows.map(() => '(?, ?, ?, ?, ?, ?, ?)').join(', ')}`, rows.flat());
    }
  }
  await db.getRepository(Thread).update({ id: thread.id }, { lastSeq: count });
  const fillSeconds = (performance.now() - started) / 1000;
  const query = 'query($id: ID!) { thread(id: $id) { messages(last: 50) { seq body createdAt author { displayName } } } }';
  await sleep(100); // a long synchronous fill may have let the client's idle keep-alive socket expire
  const ask = () =>
    fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: ctx.cookies[0] },
      body: JSON.stringify({ query, variables: { id: thread.id } }),
    }).then((r) => r.json());
  await ask().catch(() => ask()); // warm-up, on a fresh connection if the idle one was reset
  const samples = [];
  for (let i = 0; i < requests; i++) {
    const t0 = performance.now();
    const res = await ask();
    if (res.data.thread.messages.at(-1).seq !== count) throw new Error('wrong last page');
    samples.push(performance.now() - t0);
  }
  return { samples, fillSeconds };
}

const databases = [['SQLite', undefined]];
/** BENCH_MYSQL_URL with a database name is used as is; without one, a throw-away database is made (and dropped). */
async function mysqlDatabase(serverUrl) {
  const url = new URL(serverUrl);
  if (url.pathname.length > 1) return { url: serverUrl, drop: async () => {} };
  const mysql = serverCjs('mysql2/promise');
  const name = `tandem_bench_${Date.now().toString(36)}`;
  const admin = await mysql.createConnection({ uri: url.toString() });
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  return {
    url: Object.assign(new URL(url), { pathname: `/${name}` }).toString(),
    drop: async () => (await admin.query(`DROP DATABASE IF EXISTS \`${name}\``), await admin.end()),
  };
}
const mariadb = process.env.BENCH_MYSQL_URL ? await mysqlDatabase(process.env.BENCH_MYSQL_URL) : null;
if (mariadb) databases.push(['MariaDB', mariadb.url]);
const SOCKETS = Number(process.env.BENCH_SOCKETS ?? 10_000);
const LAST = (process.env.BENCH_LAST ?? '100,1000000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

console.log(
  `threads benchmark — ${new Date().toISOString()}, node ${process.version}, ${os.cpus().length} cores, load ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
const ONLY = (process.env.BENCH_ONLY ?? 'latency,sustained,sockets,redis,last').split(',');
const want = (part) => ONLY.includes(part);

const t = await startTandem();
const ctx = await scene(t, 20);
for (const count of want('latency') ? SIZES : []) {
  const posts = count >= 1000 ? Math.min(POSTS, 160) : POSTS;
  const bareServer = await bareGraphqlWsServer();
  const [ours, bare] = await latencies([{ url: t.url }, { url: bareServer.url }], ctx, count, posts);
  bareServer.close();
  const ratio = pct(ours.samples, 50) / pct(bare.samples, 50);
  console.log(
    `latency post → last of ${String(count).padStart(4)} subscribers: Tandem p50 ${fmt(pct(ours.samples, 50))} ms p99 ${fmt(pct(ours.samples, 99))} ms | bare ws p50 ${fmt(pct(bare.samples, 50))} ms p99 ${fmt(pct(bare.samples, 99))} ms | ratio p50 ${ratio.toFixed(1)}× | POST answered p50 ${fmt(pct(ours.answered, 50))} ms (bare ${fmt(pct(bare.answered, 50))})`,
  );
}
await t.close();

const bareRate = want('sustained') ? await bareSustained() : null;
if (bareRate)
  console.log(
    `sustained, 20 posters (another process), bare http+ws: ${bareRate.perSecond.toFixed(0)} posts/s, ${bareRate.deliveries.toFixed(0)} deliveries/s (2 sockets), post p50 ${fmt(bareRate.p50)} ms p99 ${fmt(bareRate.p99)} ms, caught up ${fmt(bareRate.drainMs)} ms after the last post, lost ${bareRate.lost}, errors ${bareRate.errors}`,
  );
for (const [name, url] of bareRate ? databases : []) {
  const s = await startTandem(url);
  const c = await scene(s, 20);
  const r = await sustained(s, c);
  console.log(
    `sustained, 20 posters (another process), ${name}: ${r.perSecond.toFixed(0)} posts/s, ${r.deliveries.toFixed(0)} deliveries/s (2 subscribers), post p50 ${fmt(r.p50)} ms p99 ${fmt(r.p99)} ms, subscribers caught up ${fmt(r.drainMs)} ms after the last post, lost ${r.lost}, errors ${r.errors} | ratio to bare ${(bareRate.perSecond / r.perSecond).toFixed(1)}×`,
  );
  await s.close();
}

if (SOCKETS > 0 && want('sockets')) {
  const ours = await socketsMemory('tandem', SOCKETS);
  const bare = await socketsMemory('bare', SOCKETS);
  const kib = (bytes) => (bytes / 1024).toFixed(1);
  console.log(
    `${SOCKETS} sockets, one subscription each: Tandem ${kib(ours.perConnection)} KiB RSS per connection (${(ours.before / 2 ** 20).toFixed(0)} → ${(ours.after / 2 ** 20).toFixed(0)} MiB, opened in ${ours.openSeconds.toFixed(1)} s) | bare ws ${kib(bare.perConnection)} KiB | ratio ${(ours.perConnection / bare.perConnection).toFixed(1)}×`,
  );
  if (ours.fanOut)
    console.log(`  one post reached ${ours.fanOut.received} of ${SOCKETS} subscribers in ${fmt(ours.fanOut.ms)} ms`);
}

const redis = want('redis') ? await throughRedis(REDIS_URL) : null;
if (redis)
  console.log(
    `two instances + Redis, 1 subscriber: p50 ${fmt(pct(redis.cross.samples, 50))} ms p99 ${fmt(pct(redis.cross.samples, 99))} ms | same instance p50 ${fmt(pct(redis.single.samples, 50))} ms p99 ${fmt(pct(redis.single.samples, 99))} ms | added p50 ${fmt(pct(redis.cross.samples, 50) - pct(redis.single.samples, 50))} ms`,
  );

for (const [name, url] of want('last') ? databases : []) {
  const s = await startTandem(url);
  const c = await scene(s, 1);
  const parts = [];
  for (const count of LAST) {
    const r = await lastPage(s, c, count);
    parts.push(
      `${count} messages: p50 ${fmt(pct(r.samples, 50))} ms p99 ${fmt(pct(r.samples, 99))} ms (filled in ${r.fillSeconds.toFixed(0)} s)`,
    );
  }
  console.log(`"last 50" page, ${name}: ${parts.join(' | ')}`);
  await s.close();
}
await mariadb?.drop();
process.exit(0);
