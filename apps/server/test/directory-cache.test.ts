import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadReferenceData } from '../src/demo/seed.js';
import type { PtceInput } from '../src/directory/directory.inputs.js';
import { Ptce } from '../src/directory/ptce.entity.js';
import { killOurSubscribers, redisReachable, REDIS_URL } from './support/redis.js';
import { startTestApp, type TestApp } from './support/app.js';
import { TestClient } from './support/client.js';
import { makePair, makePtce, makeUser, PASSWORD } from './support/factories.js';

// The directory keeps pages and counts in memory; every write must show on the very next read.
const LIST = `query($filter: PtceFilter) {
  ptces(filter: $filter, first: 100) {
    totalCount
    edges { node { slug name themes { code } } }
    departmentCounts { code count }
  }
}`;
type List = {
  ptces: {
    totalCount: number;
    edges: { node: { slug: string; name: string; themes: { code: string }[] } }[];
    departmentCounts: { code: string; count: number }[];
  };
};
const MOBILITY = { themes: ['mobilite'], eligibleOnly: true };
const INPUT = {
  slug: 'pole-du-cache',
  name: 'Pôle du cache',
  town: 'Quimper',
  departments: ['29'],
  themes: ['mobilite'],
  amiLaureate2021: true,
  charterSignatory: false,
  isCompagnon: false,
  members: [],
};
const CREATE = `mutation($input: PtceInput!) { createPtce(input: $input) { id } }`;
const UPDATE = `mutation($id: ID!, $input: PtceInput!) { updatePtce(id: $id, input: $input) { id } }`;
const IMPORT = 'mutation($c: String!) { importDirectoryCsv(csv: $c) { created updated } }';
const CSV_HEADER =
  'slug,name,carrier,town,departments,region,is_compagnon,ami_laureate_2021,charter_signatory,labelled_year,themes,summary,source,uncertain';

async function list(t: TestApp, filter: Record<string, unknown> = MOBILITY) {
  const result = await new TestClient(t).gql<List>(LIST, { filter });
  expect(result.errors).toBeUndefined();
  const ptces = result.data!.ptces;
  return {
    total: ptces.totalCount,
    slugs: ptces.edges.map((e) => e.node.slug),
    names: ptces.edges.map((e) => e.node.name),
    finistere: ptces.departmentCounts.find((d) => d.code === '29')?.count ?? 0,
  };
}

async function operator(t: TestApp, on: TestApp = t) {
  const user = await makeUser(t.app, { role: 'OPERATOR' });
  const client = new TestClient(on);
  await client.logIn(user.email, PASSWORD);
  return client;
}

/** Reads twice and checks the second read was answered from the cache, so the test proves something. */
async function cachedList(t: TestApp, filter: Record<string, unknown> = MOBILITY) {
  const first = await list(t, filter);
  const hits = () => t.app.services.directory.cache.stats.hits + t.app.services.directory.cache.stats.answerHits;
  const before = hits();
  expect(await list(t, filter)).toEqual(first);
  expect(hits()).toBeGreaterThan(before);
  return first;
}

describe('one instance', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await t.app.services.deps.db.transaction((m) => loadReferenceData(m));
  });
  afterAll(() => t?.close());

  it("an operator's creation and edit show on the next read: page, count and map", async () => {
    const client = await operator(t);
    const before = await cachedList(t);

    const created = await client.gql<{ createPtce: { id: string } }>(CREATE, { input: INPUT });
    expect(created.errors).toBeUndefined();
    const afterCreate = await cachedList(t);
    expect(afterCreate.total).toBe(before.total + 1);
    expect(afterCreate.slugs).toContain('pole-du-cache');
    expect(afterCreate.finistere).toBe(before.finistere + 1);

    const id = created.data!.createPtce.id;
    expect((await client.gql(UPDATE, { id, input: { ...INPUT, name: 'Pôle renommé' } })).errors).toBeUndefined();
    expect((await cachedList(t)).names).toContain('Pôle renommé');

    // Leaving the theme: gone from the filtered page and its count.
    expect((await client.gql(UPDATE, { id, input: { ...INPUT, themes: ['culture'] } })).errors).toBeUndefined();
    const afterEdit = await cachedList(t);
    expect(afterEdit.total).toBe(before.total);
    expect(afterEdit.slugs).not.toContain('pole-du-cache');
  });

  it('a CSV import shows on the next read; a refused one changes nothing', async () => {
    const client = await operator(t);
    const before = await cachedList(t);
    const bad = `${CSV_HEADER}\nimporte-refuse,Refusé,,Brest,00,,false,true,false,,mobilite,,,\n`;
    expect((await client.gql(IMPORT, { c: bad })).errors).toBeDefined();
    expect(await list(t)).toEqual(before);

    const good = `${CSV_HEADER}\nimporte-du-cache,Importé du cache,,Brest,29,,false,true,false,,mobilite,,,\n`;
    expect((await client.gql<{ importDirectoryCsv: unknown }>(IMPORT, { c: good })).data?.importDirectoryCsv).toEqual({
      created: 1,
      updated: 0,
    });
    const after = await list(t);
    expect(after.total).toBe(before.total + 1);
    expect(after.slugs).toContain('importe-du-cache');
  });

  it('writes through the repositories, outside the service, show too (insert, update, delete, in a transaction)', async () => {
    const before = await cachedList(t);
    const db = t.app.services.deps.db;
    const ptce = await db.transaction((manager) =>
      manager.save(
        manager.create(Ptce, {
          slug: 'pole-de-fabrique',
          name: 'Pôle de fabrique',
          departmentCodes: '29',
          amiLaureate2021: true,
        }),
      ),
    );
    await db.query(`INSERT INTO ptce_theme (ptceId, themeCode) VALUES (?, ?)`, [ptce.id, 'mobilite']);
    // That last write was raw SQL, which TypeORM cannot see: whoever writes so must say so.
    t.app.services.directory.directoryChanged();
    expect((await cachedList(t)).slugs).toContain(ptce.slug);

    await db.getRepository(Ptce).update({ id: ptce.id }, { name: 'Pôle mis à jour' });
    expect((await cachedList(t)).names).toContain('Pôle mis à jour');

    await db.getRepository(Ptce).delete({ id: ptce.id });
    expect(await cachedList(t)).toEqual(before);
  });
});

describe('whole answers kept for public directory queries', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await t.app.services.deps.db.transaction((m) => loadReferenceData(m));
  });
  afterAll(() => t?.close());
  const TSFS = `query($slug: String!) { ptce(slug: $slug) { slug tsfCount } }`;
  const PEOPLE = `query($slug: String!) { ptce(slug: $slug) { slug people { displayName } } }`;
  type Page = { ptce: { tsfCount?: number; people?: { displayName: string }[] | null } };

  it('never keep what depends on the asker or on pairs: people and the TSF count stay live', async () => {
    const ptce = await makePtce(t.app, { isCompagnon: true });
    const member = await makeUser(t.app, { ptce });
    const anonymous = new TestClient(t);
    for (let i = 0; i < 2; i++) {
      expect((await anonymous.gql<Page>(PEOPLE, { slug: ptce.slug })).data!.ptce.people).toBeNull();
      expect((await anonymous.gql<Page>(TSFS, { slug: ptce.slug })).data!.ptce.tsfCount).toBe(0);
    }
    const signedIn = new TestClient(t);
    await signedIn.logIn(member.email, PASSWORD);
    expect((await signedIn.gql<Page>(PEOPLE, { slug: ptce.slug })).data!.ptce.people).toEqual([
      { displayName: member.displayName },
    ]);
    // A pair is not a directory write: a kept answer would still say 0.
    await makePair(t.app, { compagnon: ptce, status: 'COMPLETED', themes: [] });
    expect((await anonymous.gql<Page>(TSFS, { slug: ptce.slug })).data!.ptce.tsfCount).toBe(1);
  });

  it('keep the directory page itself, for visitors and signed-in people alike, until the next write', async () => {
    const member = new TestClient(t);
    await member.logIn((await makeUser(t.app)).email, PASSWORD);
    const query = `query($f: PtceFilter) { ptces(filter: $f, first: 5) { totalCount edges { node { slug name } } } }`;
    type Page = { ptces: { totalCount: number; edges: { node: { slug: string; name: string } }[] } };
    const filter = { f: { search: 'pole' } };
    const first = await new TestClient(t).gql<Page>(query, filter);
    const { hits, answerHits, misses } = t.app.services.directory.cache.stats;
    expect(await member.gql<Page>(query, filter)).toMatchObject({ data: first.data });
    expect(await new TestClient(t).gql<Page>(query, filter)).toMatchObject({ data: first.data });
    // One hit per answer (the whole answer, here its kept bytes), not one per field (page, count):
    // nothing was executed.
    const after = t.app.services.directory.cache.stats;
    expect(after.hits + after.answerHits).toBe(hits + answerHits + 2);
    expect(after.misses).toBe(misses);

    const renamed = first.data!.ptces.edges[0].node;
    await t.app.services.deps.db.getRepository(Ptce).update({ slug: renamed.slug }, { name: `${renamed.name} (renommé)` });
    const renamedPage = await new TestClient(t).gql<Page>(query, filter);
    expect(renamedPage.data!.ptces.edges[0].node.name).toBe(`${renamed.name} (renommé)`);
  });

  it('answers a repeated public request from its kept bytes (core/graphql-http.ts), per Accept header, never an error', async () => {
    const cache = t.app.services.directory.cache;
    const answer = vi.spyOn(cache, 'answer');
    const keepAnswer = vi.spyOn(cache, 'keepAnswer');
    const send = (query: string, accept?: string) =>
      fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(accept ? { accept } : {}) },
        body: JSON.stringify({ query, variables: { f: { search: 'coop' } } }),
      });
    const query = `query($f: PtceFilter) { ptces(filter: $f, first: 3) { totalCount edges { node { slug } } } }`;
    const first = await send(query);
    const firstBody = await first.text();
    expect(keepAnswer).toHaveBeenCalledTimes(1);
    const again = await send(query);
    expect(answer.mock.results.at(-1)!.value).toBeDefined(); // answered from the kept bytes
    expect(await again.text()).toBe(firstBody);
    expect(again.headers.get('content-type')).toBe(first.headers.get('content-type'));
    expect(again.headers.get('content-security-policy')).toBe(first.headers.get('content-security-policy'));
    expect(again.headers.get('x-request-id')).not.toBe(first.headers.get('x-request-id'));

    // Another Accept header is another answer (Apollo chooses the content type from it).
    const graphqlResponse = await send(query, 'application/graphql-response+json');
    expect(graphqlResponse.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    expect((await send(query, 'application/graphql-response+json')).headers.get('content-type')).toMatch(
      /^application\/graphql-response\+json/,
    );

    // Not kept: a body with a member GraphQL over HTTP does not have, an unusual Accept header, a
    // request over 4 kB, `{ __typename }` alone; and none of them is answered from kept bytes.
    keepAnswer.mockClear();
    answer.mockClear();
    const odd = (init: { body: string; accept?: string }) =>
      fetch(`${t.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(init.accept ? { accept: init.accept } : {}) },
        body: init.body,
      }).then((res) => res.json() as Promise<{ data?: unknown; errors?: unknown[] }>);
    const page = { query, variables: { f: { search: 'coop' } } };
    for (let i = 0; i < 2; i++) {
      expect((await odd({ body: JSON.stringify({ ...page, junk: i }) })).data).toBeDefined();
      expect((await odd({ body: JSON.stringify(page), accept: 'application/json, text/plain' })).data).toBeDefined();
      expect((await odd({ body: JSON.stringify({ ...page, query: `${query}${' '.repeat(4100)}` }) })).data).toBeDefined();
      expect((await odd({ body: JSON.stringify({ query: '{ __typename }' }) })).data).toEqual({ __typename: 'Query' });
    }
    expect(keepAnswer).not.toHaveBeenCalled();
    expect(answer.mock.results.filter((r) => r.value !== undefined)).toEqual([]);

    // Not kept: an answer that mixes in the asker, an error.
    for (let i = 0; i < 2; i++) {
      await (await send(`query($f: PtceFilter) { me { id } ptces(filter: $f, first: 3) { totalCount } }`)).text();
      const refused = await send(`query($f: PtceFilter) { ptces(filter: $f, first: 100000) { totalCount } }`);
      expect(((await refused.json()) as { errors: unknown[] }).errors).toHaveLength(1);
    }
    expect(keepAnswer).not.toHaveBeenCalled();
    answer.mockRestore();
    keepAnswer.mockRestore();
  });
});

const reachable = await redisReachable('directory-cache');

describe.runIf(reachable)('two instances with Redis', () => {
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    a = await startTestApp({ REDIS_URL });
    await a.app.services.deps.db.transaction((m) => loadReferenceData(m));
    b = await startTestApp({
      REDIS_URL,
      DATABASE_URL: a.config.database.kind === 'sqlite' ? `sqlite:${a.config.database.path}` : a.config.database.url,
    });
    // B keeps nothing until its DIRECTORY_CHANGED subscription is in effect.
    await vi.waitFor(
      async () => {
        await list(b);
        await list(b);
        expect(b.app.services.directory.cache.stats.hits + b.app.services.directory.cache.stats.answerHits).toBeGreaterThan(0);
      },
      { timeout: 15_000, interval: 100 },
    );
  });
  afterAll(async () => {
    await b?.app.close();
    await a?.close();
  });
  // The operator's write, through the service (the mutation's own code): logging in here would count
  // against the per-address login limit that every test run on this machine shares through Redis.
  const createOn = (t: TestApp, slug: string) =>
    t.app.services.directory.createPtce({ role: 'OPERATOR', ptceId: null }, { ...INPUT, slug } as unknown as PtceInput);

  it('an edit on one instance empties the cache of the other', async () => {
    const before = await cachedList(b);
    const invalidations = b.app.services.directory.cache.stats.invalidations;
    await createOn(a, 'pole-de-a');
    // B hears of it through Redis, within the pub/sub delay (B's own TypeORM never saw the write).
    await expect.poll(() => b.app.services.directory.cache.stats.invalidations).toBeGreaterThan(invalidations);
    const after = await cachedList(b);
    expect(after.total).toBe(before.total + 1);
    expect(after.slugs).toContain('pole-de-a');
  });

  it('when Redis drops the subscribers, nothing stale is served after they are back', async () => {
    const before = await cachedList(b);
    expect(await killOurSubscribers()).toBeGreaterThan(0);
    // Written while B may not hear it: its announcement can be lost.
    await createOn(a, 'pole-pendant-la-coupure');
    await expect.poll(async () => (await list(b)).slugs, { timeout: 10_000 }).toContain('pole-pendant-la-coupure');
    // …and once subscribed again, B caches again, the fresh rows.
    await vi.waitFor(async () => expect((await cachedList(b)).total).toBe(before.total + 1), { timeout: 10_000 });
  });
});
