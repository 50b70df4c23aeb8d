// Agenda conflict benchmark (issue 6): two PTCEs write the same item with the same version.
// - round trip: both send at once → the loser holds the current item (CONFLICT with extensions.current)
//   and the winner holds the final state; p50/p99 of one conflict at a time while 100 pairs each make
//   one other write per second, with both sides of every pair subscribed to agendaEvents;
// - lost updates over 10,000 conflict trials, on every pair at once (a saturating flood): a trial where not exactly one writer won, or where the
//   loser was not handed the winner's state, or where the stored state is not the winner's.
// The bare reference is a `{ __typename }` query in the same run. Runs the built server in process
// on a fresh SQLite database on a free loopback port; stops by itself.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dist = (file) => import(pathToFileURL(path.join(root, 'apps/server/dist/src', file)).href);
const require = createRequire(path.join(root, 'apps/server/package.json'));
const { default: WebSocket } = await import(pathToFileURL(require.resolve('ws')).href);

const PAIRS = Number(process.env.BENCH_PAIRS ?? 100);
const TRIALS = Number(process.env.BENCH_TRIALS ?? 10_000);
const ORIGIN = 'http://bench.tandem.local';

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
const ms = (v) => `${v.toFixed(2)} ms`;

async function main() {
  const { createApp } = await dist('app.js');
  const { loadConfig } = await dist('config.js');
  const { Ptce } = await dist('directory/ptce.entity.js');
  const { User } = await dist('identity/user.entity.js');
  const { Session } = await dist('identity/session.entity.js');
  const { Pair } = await dist('pairs/pair.entity.js');
  const { hashToken, newToken } = await dist('core/security.js');

  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'tandem-bench-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    DEMO_DATA: 'off',
    LOG_LEVEL: 'error',
    PUBLIC_URL: ORIGIN,
    WEB_DIST: path.join(dataDir, 'none'),
  });
  const app = await createApp(config);
  const url = await app.listen(0, '127.0.0.1');
  const db = app.services.deps.db;

  // --- people and pairs, with sessions made directly (no 200 argon2 log-ins) --------------------
  const person = async (ptce) => {
    const user = await db.getRepository(User).save(
      db.getRepository(User).create({
        email: `${newToken().slice(0, 12).toLowerCase()}@bench.local`,
        displayName: 'Bench',
        passwordHash: 'unused',
        role: 'COORDINATOR',
        ptceId: ptce.id,
        locale: 'fr',
      }),
    );
    const token = newToken();
    await db
      .getRepository(Session)
      .save(
        db
          .getRepository(Session)
          .create({ tokenHash: hashToken(token), userId: user.id, expiresAt: new Date(Date.now() + 86_400_000) }),
      );
    return `tandem_session=${token}`;
  };
  let networkErrors = 0;
  // A reset connection under load is counted apart: it is neither a win nor a conflict.
  const gql = async (cookie, query, variables = {}) => {
    try {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ query, variables }),
      });
      return await res.json();
    } catch {
      networkErrors++;
      return { network: true };
    }
  };
  const ADD = `mutation($i: AddAgendaItemInput!) { addAgendaItem(input: $i) { id version } }`;
  const UPDATE = `mutation($i: UpdateAgendaItemInput!) { updateAgendaItem(input: $i) { id version title } }`;

  const pairs = [];
  for (let i = 0; i < PAIRS; i++) {
    const [a, b] = await Promise.all(
      [true, false].map((isCompagnon) =>
        db.getRepository(Ptce).save(
          db.getRepository(Ptce).create({
            slug: `bench-${i}-${isCompagnon ? 'c' : 'b'}`,
            name: `Bench ${i}`,
            departmentCodes: '40',
            region: 'Nouvelle-Aquitaine',
            amiLaureate2021: true,
            charterSignatory: false,
            isCompagnon,
          }),
        ),
      ),
    );
    const pair = await db
      .getRepository(Pair)
      .save(
        db
          .getRepository(Pair)
          .create({ status: 'ACTIVE', compagnonId: a.id, beneficiaryId: b.id, themes: [], requestedAt: new Date() }),
      );
    const cookies = [await person(a), await person(b)];
    const input = (title) => ({
      pairId: pair.id,
      day: '2027-03-30',
      startTime: '09:00',
      endTime: '10:00',
      title,
      kind: 'SESSION',
    });
    const contested = (await gql(cookies[0], ADD, { i: input('Contested') })).data.addAgendaItem;
    const background = (await gql(cookies[0], ADD, { i: { ...input('Background'), startTime: '10:00', endTime: '11:00' } })).data
      .addAgendaItem;
    pairs.push({ id: pair.id, cookies, contested: { ...contested }, background: { ...background }, sockets: [] });
  }

  // --- both sides of every pair subscribed to agendaEvents (graphql-transport-ws by hand) -------
  const SUB = `subscription($p: ID!) { agendaEvents(pairId: $p) { type item { id version title } } }`;
  const subscribe = (pair, cookie) =>
    new Promise((resolve, reject) => {
      const ws = new WebSocket(`${url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws', {
        headers: { origin: ORIGIN, cookie },
      });
      const listeners = new Set();
      ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init' })));
      ws.on('message', (raw) => {
        const message = JSON.parse(String(raw));
        if (message.type === 'connection_ack') {
          ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: SUB, variables: { p: pair.id } } }));
          setTimeout(() => resolve({ ws, listeners }), 50);
        } else if (message.type === 'next') {
          for (const listener of listeners) listener(message.payload.data.agendaEvents);
        } else if (message.type === 'error') reject(new Error(JSON.stringify(message.payload)));
      });
      ws.on('error', reject);
    });
  for (const pair of pairs) pair.sockets = await Promise.all(pair.cookies.map((c) => subscribe(pair, c)));

  // --- bare reference -----------------------------------------------------------------------------
  const bare = [];
  for (let i = 0; i < 500; i++) {
    const t0 = performance.now();
    await gql(pairs[0].cookies[0], '{ __typename }');
    bare.push(performance.now() - t0);
  }

  // --- background: each pair writes its other item once a second ------------------------------
  let running = true;
  let backgroundWrites = 0;
  const backgroundLoops = pairs.map(async (pair, index) => {
    await new Promise((r) => setTimeout(r, (index * 1000) / pairs.length));
    while (running) {
      const started = performance.now();
      const r = await gql(pair.cookies[1], UPDATE, {
        i: { id: pair.background.id, expectedVersion: pair.background.version, notes: `tick ${started}` },
      });
      if (r.data) {
        pair.background.version = r.data.updateAgendaItem.version;
        backgroundWrites++;
      }
      await new Promise((res) => setTimeout(res, Math.max(0, 1000 - (performance.now() - started))));
    }
  });

  // --- conflict trials ------------------------------------------------------------------------
  const roundTrips = [];
  const liveEvents = [];
  let lost = 0;
  let trialsDone = 0;
  const trial = async (pair, n) => {
    const v = pair.contested.version;
    const titles = [`A ${n}`, `B ${n}`];
    const other = pair.sockets[1];
    const seen = new Promise((resolve) => {
      const listener = (event) => {
        if (event.item.id === pair.contested.id && event.item.version === v + 1) {
          other.listeners.delete(listener);
          resolve(performance.now());
        }
      };
      other.listeners.add(listener);
    });
    const t0 = performance.now();
    const results = await Promise.all(
      [0, 1].map(async (side) => {
        const r = await gql(pair.cookies[side], UPDATE, {
          i: { id: pair.contested.id, expectedVersion: v, title: titles[side] },
        });
        return { side, r, at: performance.now() };
      }),
    );
    if (results.some((x) => x.r.network)) {
      // Inconclusive trial: take the stored state as the new starting point.
      const { AgendaItem } = await dist('agenda/agenda-item.entity.js');
      const row = await db.getRepository(AgendaItem).findOneBy({ id: pair.contested.id });
      pair.contested.version = row.version;
      pair.contested.title = row.title;
      trialsDone++;
      return;
    }
    const winners = results.filter((x) => x.r.data);
    const losers = results.filter((x) => x.r.errors?.[0]?.extensions?.code === 'CONFLICT');
    let ok = winners.length === 1 && losers.length === 1;
    if (ok) {
      const won = winners[0].r.data.updateAgendaItem;
      const current = losers[0].r.errors[0].extensions.current;
      ok =
        won.version === v + 1 &&
        current.version === v + 1 &&
        current.title === won.title &&
        won.title === titles[winners[0].side];
      roundTrips.push(Math.max(winners[0].at, losers[0].at) - t0);
      liveEvents.push((await seen) - t0);
      pair.contested.version = v + 1;
      pair.contested.title = won.title;
    }
    if (!ok) lost++;
    trialsDone++;
  };
  // Latency: one conflict at a time on one pair, while every pair writes once a second.
  const LATENCY_TRIALS = Number(process.env.BENCH_LATENCY_TRIALS ?? 500);
  for (let n = 0; n < LATENCY_TRIALS; n++) await trial(pairs[0], `latency ${n}`);
  const latency = { roundTrips: [...roundTrips], liveEvents: [...liveEvents] };
  // Lost updates: conflicts on every pair at once, as fast as the server answers.
  const perPair = Math.ceil(TRIALS / pairs.length);
  trialsDone = 0;
  const started = performance.now();
  await Promise.all(
    pairs.map(async (pair) => {
      for (let n = 0; n < perPair && trialsDone < TRIALS; n++) await trial(pair, n);
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  running = false;
  await Promise.all(backgroundLoops);

  // The stored state is the last winner's, for every pair.
  const { AgendaItem } = await dist('agenda/agenda-item.entity.js');
  for (const pair of pairs) {
    const row = await db.getRepository(AgendaItem).findOneBy({ id: pair.contested.id });
    if (row.version !== pair.contested.version || row.title !== pair.contested.title) lost++;
  }

  console.log(
    `agenda conflicts: ${pairs.length} pairs, both sides subscribed, one background write per pair per second (${backgroundWrites} during the run)`,
  );
  console.log(`  bare { __typename } query    p50 ${ms(percentile(bare, 50))}  p99 ${ms(percentile(bare, 99))}`);
  console.log(
    `  conflict round trip          p50 ${ms(percentile(latency.roundTrips, 50))}  p99 ${ms(percentile(latency.roundTrips, 99))}   (targets 3 / 8 ms)`,
  );
  console.log(
    `  other side's live event      p50 ${ms(percentile(latency.liveEvents, 50))}  p99 ${ms(percentile(latency.liveEvents, 99))}`,
  );
  console.log(
    `  lost updates (all pairs at once): ${lost} over ${trialsDone} conflict trials (target 0), ${(trialsDone / elapsed).toFixed(0)} trials/s`,
  );
  if (networkErrors > 0) console.log(`  connection errors (trials counted neither won nor lost): ${networkErrors}`);

  for (const pair of pairs) for (const s of pair.sockets) s.ws.close();
  await app.close();
  rmSync(dataDir, { recursive: true, force: true });
  if (lost > 0) process.exitCode = 1;
}

await main();
