// The directory's filtered first page with totalCount, over GraphQL (the real app), against the same
// query through plain graphql-js + raw SQL in the same process, on SQLite and MariaDB/MySQL.
// Rows are synthetic (marked `synthetic`), in a throw-away database: never the demo data.
//   node tests/load/directory.bench.mjs            (MySQL from TEST_MYSQL_URL or root@127.0.0.1:3306)
//   BENCH_QUICK=1 …                                (fewer requests, for a smoke run)
// The app keeps directory pages and counts in memory until the next directory write (DIRECTORY_CACHE),
// and the directory's filters as in-memory bitsets (DIRECTORY_INDEX, rebuilt after writes settle).
// Each figure is given for a hit (the same filter again, as visitors do), for a miss (a filter not seen
// yet: kept answers dropped before every request, the index kept; the page's rows are read by id) and
// just after a write (generation bumped before every request, as a write does: no cache, no index, the
// full SQL of directory.query.ts). A hit is a whole answer kept by the app (no resolver, no SQL); the
// bare reference has no cache: it runs its three statements on every request. Two floors are printed
// beside them (see emptyServer).
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// As in production (the server is started with NODE_ENV=production): graphql-js otherwise adds its
// development-only instanceof checks, to the app and the bare reference alike.
process.env.NODE_ENV ??= 'production';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const server = path.join(root, 'apps/server');
const requireServer = createRequire(path.join(server, 'package.json'));
const load = (file) => import(pathToFileURL(path.join(server, 'dist/src', file)).href);
const { createApp } = await load('app.js');
const { loadConfig } = await load('config.js');
const { foldForSearch } = await import(pathToFileURL(path.join(root, 'packages/shared/dist/index.js')).href);
const graphqlJs = requireServer('graphql');
const mysql = requireServer('mysql2/promise');

const QUICK = process.env.BENCH_QUICK === '1';
const SEQUENTIAL = QUICK ? 200 : 500;
const LOAD_SECONDS = QUICK ? 2 : 5;
const MYSQL_SERVER = process.env.TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306';

const QUERY = `query Bench($filter: PtceFilter, $first: Int) {
  ptces(filter: $filter, first: $first) {
    totalCount
    edges { cursor node { id slug name town region departments isCompagnon eligibleForTsf themes { code labelFr } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const VARIABLES = { filter: { themes: ['mobilite'], eligibleOnly: true }, first: 20 };
const THEMES = ['animation', 'modele-economique', 'mobilite', 'jeunesse', 'incubateur', 'insertion', 'culture', 'alimentation'];
const DEPS = ['40', '64', '59', '39', '24', '75', '93', '31', '35', '69', '13', '974'];

// ── synthetic rows ───────────────────────────────────────────────────────────────────────────────
async function addSyntheticRows(db, from, to) {
  const runner = db.createQueryRunner();
  const chunk = 500;
  try {
    for (let start = from; start < to; start += chunk) {
      const rows = [];
      const links = [];
      for (let i = start; i < Math.min(to, start + chunk); i++) {
        const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
        const name = `Pôle synthétique ${i}`;
        rows.push([
          id,
          `synthetique-${i}`,
          name,
          'Structure porteuse',
          `Commune ${i % 500}`,
          DEPS[i % DEPS.length],
          'Synthétique',
          null,
          i % 3 === 0 ? 1 : 0,
          i % 5 === 0 ? 1 : 0,
          i % 7 === 0 ? 1 : 0,
          foldForSearch(name),
          [name, 'Structure porteuse', `Commune ${i % 500}`].map(foldForSearch).join(' | '),
          1,
        ]);
        links.push([id, THEMES[i % THEMES.length]], [id, THEMES[(i * 7 + 3) % THEMES.length]]);
      }
      const cols = [
        'id',
        'slug',
        'name',
        'carrier',
        'town',
        'departmentCodes',
        'region',
        'summary',
        'amiLaureate2021',
        'charterSignatory',
        'isCompagnon',
        'sortKey',
        'searchText',
        'synthetic',
      ];
      const q = (n) => `(${Array(n).fill('?').join(', ')})`;
      await runner.query(
        `INSERT INTO ptce (${cols.join(', ')}) VALUES ${rows.map(() => q(cols.length)).join(', ')}`,
        rows.flat(),
      );
      const unique = [...new Map(links.map((l) => [l.join('|'), l])).values()];
      await runner.query(`INSERT INTO ptce_theme (ptceId, themeCode) VALUES ${unique.map(() => q(2)).join(', ')}`, unique.flat());
    }
  } finally {
    await runner.release();
  }
}

// ── the bare reference: graphql-js + raw SQL (same statements the service runs) ───────────────
function bareServer(db, dialect) {
  const schema = graphqlJs.buildSchema(`
    input PtceFilter { search: String, themes: [String!], departments: [String!], regions: [String!], compagnonOnly: Boolean, eligibleOnly: Boolean }
    type Theme { code: String! labelFr: String! }
    type Ptce { id: ID! slug: String! name: String! town: String region: String departments: [String!]! isCompagnon: Boolean! eligibleForTsf: Boolean! themes: [Theme!]! }
    type Edge { cursor: String! node: Ptce! }
    type PageInfo { hasNextPage: Boolean! endCursor: String }
    type Conn { totalCount: Int! edges: [Edge!]! pageInfo: PageInfo! }
    type Query { ptces(filter: PtceFilter, first: Int): Conn! }`);
  const run = (sql, params) => db.query(sql, params);
  const rootValue = {
    async ptces({ filter, first }) {
      const themes = filter.themes;
      const where = `EXISTS (SELECT 1 FROM ptce_theme pt WHERE pt.ptceId = p.id AND pt.themeCode IN (${themes.map(() => '?').join(',')})) AND (p.amiLaureate2021 = 1 OR p.charterSignatory = 1)`;
      const rows = await run(
        `SELECT p.id, p.slug, p.name, p.town, p.region, p.departmentCodes, p.isCompagnon, p.amiLaureate2021, p.charterSignatory, p.sortKey FROM ptce p WHERE ${where} ORDER BY p.sortKey, p.id LIMIT ${first + 1}`,
        themes,
      );
      const page = rows.slice(0, first);
      const links = page.length
        ? await run(
            `SELECT pt.ptceId, t.code, t.labelFr FROM theme t JOIN ptce_theme pt ON pt.themeCode = t.code WHERE pt.ptceId IN (${page.map(() => '?').join(',')}) ORDER BY t.position`,
            page.map((p) => p.id),
          )
        : [];
      const edges = page.map((p) => ({
        cursor: Buffer.from(JSON.stringify([p.sortKey, p.id])).toString('base64url'),
        node: {
          ...p,
          departments: p.departmentCodes.split(';'),
          isCompagnon: Boolean(p.isCompagnon),
          eligibleForTsf: Boolean(p.amiLaureate2021 || p.charterSignatory),
          themes: links.filter((l) => l.ptceId === p.id),
        },
      }));
      return {
        totalCount: async () => Number((await run(`SELECT COUNT(*) AS n FROM ptce p WHERE ${where}`, themes))[0].n),
        edges,
        pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
      };
    },
  };
  void dialect;
  const http = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', async () => {
      const { query, variables } = JSON.parse(body);
      const result = await graphqlJs.graphql({ schema, source: query, rootValue, variableValues: variables });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(result));
    });
  });
  return new Promise((resolve) =>
    http.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${http.address().port}`, close: () => new Promise((r) => http.close(r)) }),
    ),
  );
}

// ── floors: what the harness and the framework cost with no work at all ─────────────────────────
// A node:http server answering a constant, driven by the same fetch client in the same process: no
// server can beat it here. And `{ __typename }` through the app: express, helmet, pino-http, Apollo,
// graphql-armor, no resolver.
function emptyServer() {
  const http = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"data":{"__typename":"Query"}}');
    });
  });
  return new Promise((resolve) =>
    http.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${http.address().port}`, close: () => new Promise((r) => http.close(r)) }),
    ),
  );
}
const TYPENAME = JSON.stringify({ query: '{ __typename }' });

// ── measuring ──────────────────────────────────────────────────────────────────────────────────
const body = JSON.stringify({ query: QUERY, variables: VARIABLES });
// A search reads the folded text of every candidate row (in the index: in this process; in SQL: LIKE).
// Another word on every request (a town of the synthetic rows), so that no request finds it matched already.
const SEARCH = (i) =>
  JSON.stringify({ query: QUERY, variables: { filter: { search: `commune ${i % 500}`, eligibleOnly: true }, first: 20 } });
async function request(url, retry = true, payload = body) {
  let res;
  try {
    res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: payload });
  } catch (error) {
    // A pooled keep-alive socket the server closed during a long pause (inserting rows): retry once.
    if (retry) return request(url, false, payload);
    throw error;
  }
  const json = await res.json();
  if (json.errors) throw new Error(JSON.stringify(json.errors));
  return json;
}
const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** `payload`: a request body, or one per request (a function of the request's number). */
async function sequential(url, n = SEQUENTIAL, before = () => {}, payload = body) {
  const bodyOf = typeof payload === 'function' ? payload : () => payload;
  for (let i = 0; i < 50; i++) {
    before();
    await request(url, true, bodyOf(i)); // warm-up
  }
  const times = [];
  for (let i = 0; i < n; i++) {
    before();
    const body = bodyOf(50 + i);
    const start = process.hrtime.bigint();
    await request(url, true, body);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { p50: pct(times, 50), p99: pct(times, 99) };
}

async function throughput(url, before = () => {}, payload = body, concurrency = 20, seconds = LOAD_SECONDS) {
  const end = Date.now() + seconds * 1000;
  let done = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < end) {
        before();
        await request(url, true, payload);
        done++;
      }
    }),
  );
  return done / seconds;
}

/**
 * Requests/s (autocannon) or sequential p50/p99 (node:http), the client in another process (autocannon.child.mjs).
 * The heap is settled first (a full GC, when `pnpm bench` exposes it): the rows this process just
 * inserted and its own in-process client runs leave garbage a real server would not be collecting then.
 */
function fromAnotherProcess(mode, url, payload = body, connections = 20, seconds = LOAD_SECONDS) {
  globalThis.gc?.();
  const child = path.join(path.dirname(fileURLToPath(import.meta.url)), 'autocannon.child.mjs');
  // 2,000 timed requests (500 quick): a p99 over 500 is the 5th worst, too few to say much.
  const args = JSON.stringify({ mode, url: `${url}/graphql`, body: payload, connections, seconds, requests: QUICK ? 500 : 2000 });
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [child, args], { maxBuffer: 1 << 20 }, (error, stdout) =>
      error ? reject(error) : resolve(JSON.parse(stdout)),
    );
  });
}

async function countStatements(app, url, first, before = () => {}) {
  const db = app.services.deps.db;
  before();
  const previous = db.logger;
  let count = 0;
  db.logger = {
    logQuery: () => count++,
    logQueryError() {},
    logQuerySlow() {},
    logSchemaBuild() {},
    logMigration() {},
    log() {},
  };
  try {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: QUERY, variables: { ...VARIABLES, first } }),
    });
    await res.json();
  } finally {
    db.logger = previous;
  }
  return count;
}

// ── one database ───────────────────────────────────────────────────────────────────────────────
async function withApp(dialect, fn) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'tandem-bench-'));
  let mysqlUrl;
  if (dialect === 'mysql') {
    const url = new URL(MYSQL_SERVER);
    url.pathname = '/';
    const name = `tandem_bench_${Date.now().toString(36)}`;
    const conn = await mysql.createConnection({ uri: url.toString() });
    await conn.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    await conn.end();
    url.pathname = `/${name}`;
    mysqlUrl = url.toString();
  }
  const config = loadConfig({
    NODE_ENV: 'production',
    DATA_DIR: dataDir,
    DEMO_DATA: 'on',
    LOG_LEVEL: 'silent',
    PUBLIC_URL: 'http://127.0.0.1',
    WEB_DIST: path.join(dataDir, 'none'),
    ...(mysqlUrl ? { DATABASE_URL: mysqlUrl } : {}),
  });
  const app = await createApp(config);
  const url = await app.listen(0, '127.0.0.1');
  try {
    return await fn(app, url);
  } finally {
    await app.close();
    if (mysqlUrl) {
      const u = new URL(mysqlUrl);
      const name = u.pathname.slice(1);
      u.pathname = '/';
      const conn = await mysql.createConnection({ uri: u.toString() });
      await conn.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await conn.end();
    }
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const f = (n, d = 2) => n.toFixed(d);
// Figures are printed as soon as they are known, so a long run still shows what it measured.
const say = (line) => process.stdout.write(`${line}\n`);
async function benchDialect(dialect) {
  return withApp(dialect, async (app, url) => {
    const db = app.services.deps.db;
    const directory = app.services.directory;
    const miss = () => directory.cache.forgetKept(); // a filter not seen yet
    // For a client in another process, the server runs `beforeEach` as each request arrives.
    let beforeEach = null;
    app.httpServer.prependListener('request', () => beforeEach?.());
    const timedApart = async (before) => {
      beforeEach = before;
      try {
        return await fromAnotherProcess('sequential', url);
      } finally {
        beforeEach = null;
      }
    };
    // Rows are added with raw SQL, which TypeORM does not see: announce them as any raw writer must.
    const write = () => directory.directoryChanged({ vocabulary: false }); // a PTCE changed
    /** The index of the rows as they are now, as the server has it a moment after the last write. */
    const indexed = async () => {
      // The cache (and so the index) goes live a moment after start, once subscribed to directory changes.
      while (directory.cache.current() === null) await new Promise((resolve) => setTimeout(resolve, 10));
      globalThis.gc?.();
      const heap = process.memoryUsage().heapUsed;
      const start = performance.now();
      const index = await directory.index.build();
      if (!index || directory.index.current() !== index) throw new Error('the directory index was not built');
      const ms = performance.now() - start;
      globalThis.gc?.();
      return { ms, rows: index.size, mib: (process.memoryUsage().heapUsed - heap) / 2 ** 20 };
    };
    const scaling = [];
    let rows = 0;
    for (const target of [1_000, 10_000, 100_000]) {
      await addSyntheticRows(db, rows, target);
      write();
      rows = target;
      const built = await indexed();
      say(
        `${dialect} index of ${built.rows} PTCEs built in ${f(built.ms, 0)} ms (read in chunks, in the background after a write), heap +${f(built.mib, 1)} MiB`,
      );
      const n = target === 10_000 ? SEQUENTIAL : target === 1_000 ? 300 : 100;
      const hit = await sequential(url, n);
      const cold = await sequential(url, n, miss);
      const written = await sequential(url, n, write);
      await indexed();
      const searchCold = await sequential(url, n, miss, SEARCH);
      const searchWritten = await sequential(url, n, write, SEARCH);
      await indexed();
      // The same hit and miss, timed by a client in another process (2,000 requests): the figures for the target.
      const hitApart = await timedApart(null);
      const coldApart = await timedApart(miss);
      scaling.push({ rows: target, hit, cold, written, searchCold, searchWritten, hitApart, coldApart });
      if (target === 10_000) {
        const stats = { ...directory.cache.stats };
        const rps = await throughput(url);
        const rpsMiss = await throughput(url, miss);
        const rpsWritten = await throughput(url, write);
        await indexed();
        const statements = [1, 20, 100].map((first) => [first, 0, 0, 0]);
        for (const s of statements) {
          await countStatements(app, url, s[0]); // fills the cache for this page size
          s[1] = await countStatements(app, url, s[0]);
          s[2] = await countStatements(app, url, s[0], miss);
          s[3] = await countStatements(app, url, s[0], write);
          await indexed();
        }
        const ac = { hit: await fromAnotherProcess('load', url) };
        const apart = { hit: await fromAnotherProcess('sequential', url) };
        const empty = await emptyServer();
        const emptySeq = await sequential(empty.url, SEQUENTIAL, () => {}, TYPENAME);
        const emptyRps = await throughput(empty.url, () => {}, TYPENAME);
        ac.empty = await fromAnotherProcess('load', empty.url, TYPENAME);
        apart.empty = await fromAnotherProcess('sequential', empty.url, TYPENAME);
        await empty.close();
        const typenameSeq = await sequential(url, SEQUENTIAL, () => {}, TYPENAME);
        const typenameRps = await throughput(url, () => {}, TYPENAME);
        ac.typename = await fromAnotherProcess('load', url, TYPENAME);
        apart.typename = await fromAnotherProcess('sequential', url, TYPENAME);
        const bare = await bareServer(db, dialect);
        const bareSeq = await sequential(bare.url);
        const bareRps = await throughput(bare.url);
        ac.bare = await fromAnotherProcess('load', bare.url);
        apart.bare = await fromAnotherProcess('sequential', bare.url);
        await bare.close();
        say(
          `${dialect} @ 10k rows, filtered first page (20) + totalCount, cache ${app.services.deps.config.directoryCache ? 'on' : 'off'}`,
        );
        say(`  app, cache hit    p50 ${f(hit.p50)} ms  p99 ${f(hit.p99)} ms  ${f(rps, 0)} req/s at 20 concurrent`);
        say(
          `  app, cache miss   p50 ${f(cold.p50)} ms  p99 ${f(cold.p99)} ms  ${f(rpsMiss, 0)} req/s at 20 concurrent (a new filter: index)`,
        );
        say(
          `  app, after write  p50 ${f(written.p50)} ms  p99 ${f(written.p99)} ms  ${f(rpsWritten, 0)} req/s at 20 concurrent (a write before every request: SQL)`,
        );
        say(
          `  bare gql+SQL      p50 ${f(bareSeq.p50)} ms  p99 ${f(bareSeq.p99)} ms  ${f(bareRps, 0)} req/s at 20 concurrent (no cache)`,
        );
        say(
          `  floor: app { __typename }  p50 ${f(typenameSeq.p50)} ms  p99 ${f(typenameSeq.p99)} ms  ${f(typenameRps, 0)} req/s at 20 concurrent`,
        );
        say(
          `  floor: node:http constant  p50 ${f(emptySeq.p50)} ms  p99 ${f(emptySeq.p99)} ms  ${f(emptyRps, 0)} req/s at 20 concurrent (same client)`,
        );
        say(
          `  ratio app/bare p50: hit ${f(hit.p50 / bareSeq.p50)}×, miss ${f(cold.p50 / bareSeq.p50)}×, after write ${f(written.p50 / bareSeq.p50)}×; throughput bare/app: hit ${f(bareRps / rps)}×, miss ${f(bareRps / rpsMiss)}×, after write ${f(bareRps / rpsWritten)}×`,
        );
        say(
          `  SQL statements per request (first=1/20/100): hit ${statements.map((s) => s[1]).join(' / ')}, miss ${statements.map((s) => s[2]).join(' / ')}, after write ${statements.map((s) => s[3]).join(' / ')}`,
        );
        say(
          `  req/s at 20 connections from another process (autocannon): app hit ${f(ac.hit.rps, 0)}, bare gql+SQL ${f(ac.bare.rps, 0)}, app { __typename } ${f(ac.typename.rps, 0)}, node:http constant ${f(ac.empty.rps, 0)}` +
            (ac.hit.errors + ac.hit.non2xx > 0 ? ` (app errors ${ac.hit.errors}, non-2xx ${ac.hit.non2xx})` : ''),
        );
        say(
          `  p50 / p99 at concurrency 1 from another process (node:http client): app hit ${f(apart.hit.p50)} / ${f(apart.hit.p99)} ms, bare gql+SQL ${f(apart.bare.p50)} / ${f(apart.bare.p99)}, app { __typename } ${f(apart.typename.p50)} / ${f(apart.typename.p99)}, node:http constant ${f(apart.empty.p50)} / ${f(apart.empty.p99)}`,
        );
        say(`  cache during the sequential runs at 10k: ${stats.hits} hits, ${stats.misses} misses`);
      }
    }
    for (const kind of ['hitApart', 'coldApart', 'hit', 'cold', 'written', 'searchCold', 'searchWritten']) {
      const label = {
        hitApart: 'cache hit, client apart',
        coldApart: 'cache miss (index), client apart',
        hit: 'cache hit ',
        cold: 'cache miss (index)',
        written: 'after a write (SQL)',
        searchCold: 'with a search word, cache miss (index)',
        searchWritten: 'with a search word, after a write (SQL)',
      }[kind];
      say(
        `${dialect} scaling, ${label}: ${scaling.map((s) => `${s.rows / 1000}k p50 ${f(s[kind].p50)} / p99 ${f(s[kind].p99)} ms`).join(' | ')}`,
      );
      say(
        `  p99 growth per 10×: ${f(scaling[1][kind].p99 / scaling[0][kind].p99)}× (1k→10k), ${f(scaling[2][kind].p99 / scaling[1][kind].p99)}× (10k→100k)`,
      );
    }
  });
}

await benchDialect('sqlite');
try {
  await benchDialect('mysql');
} catch (error) {
  say(`mysql: skipped (${error.message.split('\n')[0]})`);
}
process.exit(0);
