import { LIMITS } from '@tandem/shared';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadReferenceData } from '../src/demo/seed.js';
import { Ptce } from '../src/directory/ptce.entity.js';
import { Theme } from '../src/directory/theme.entity.js';
import { startTestApp, type TestApp } from './support/app.js';
import { errorCode, TestClient } from './support/client.js';
import { makePair, makePtce, makeUser, PASSWORD } from './support/factories.js';

// The directory over the real seed (25 PTCEs, 23 themes), on SQLite and again on MariaDB; every test
// twice: answered by SQL (the index off), and by the in-memory index (DirectoryIndex), built before
// each read so that it is the one answering (a cache miss is answered by it once built).
describe.each(['SQL', 'the in-memory index'] as const)('the directory, answered by %s', (mode) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ DIRECTORY_INDEX: mode === 'SQL' ? 'off' : 'on' });
    await t.app.services.deps.db.transaction((m) => loadReferenceData(m));
  });
  afterAll(() => t?.close());

  /** In index mode: the index of the rows as they are now (built, and in use), or the test fails. */
  async function settle(): Promise<void> {
    if (mode === 'SQL') return;
    // The cache goes live a moment after start (once subscribed to directory changes).
    await vi.waitFor(() => expect(t.app.services.directory.cache.current()).not.toBeNull());
    expect(await t.app.services.directory.index.build()).not.toBeNull();
    expect(t.app.services.directory.index.current()).not.toBeNull();
  }

  const LIST = `query($filter: PtceFilter, $first: Int, $after: String) {
  ptces(filter: $filter, first: $first, after: $after) {
    totalCount
    edges { cursor node { slug name } }
    pageInfo { hasNextPage endCursor }
  }
}`;
  type List = {
    ptces: {
      totalCount: number;
      edges: { cursor: string; node: { slug: string; name: string } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  };

  async function slugs(filter: Record<string, unknown>, first = 100): Promise<string[]> {
    await settle();
    const result = await new TestClient(t).gql<List>(LIST, { filter, first });
    expect(result.errors).toBeUndefined();
    expect(result.data!.ptces.totalCount).toBe(result.data!.ptces.edges.length);
    return result.data!.ptces.edges.map((e) => e.node.slug);
  }

  describe('searching the directory, without signing in', () => {
    it('ignores accents, case and punctuation, in name, carrier, town and summary', async () => {
      expect(await slugs({ search: 'ile saint denis' })).toEqual(['le-phares']);
      expect(await slugs({ search: 'coop' })).toEqual(expect.arrayContaining(['coop-actions', 'coopaxis']));
      expect(await slugs({ search: 'ETHIK' })).toEqual(['fibrethik']);
      expect(await slugs({ search: 'SEIGNANX' })).toEqual(['sud-aquitaine']); // carrier
      expect(await slugs({ search: 'Lons le saunier' })).toEqual(['cluster-jura']); // town
      expect(await slugs({ search: 'garage solidaire' })).toEqual(['autonhommes']); // summary
      expect(await slugs({ search: 'réunïverre' })).toEqual(['reuniverre']);
    });

    it('matches %, _, backslash, quotes and SQL literally', async () => {
      for (const search of ['%', '_', '\\', '%%', "' OR 1=1 --", '"', 'a_b', '!']) {
        expect(await slugs({ search }), search).toEqual([]);
      }
      await makePtce(t.app, { name: 'Pôle 100% local', departmentCodes: '12', region: 'Occitanie' });
      expect(await slugs({ search: '100%' })).toHaveLength(1);
      expect(await slugs({ search: '100_' })).toEqual([]);
    });

    it('filters by each criterion alone and combined', async () => {
      expect(await slugs({ themes: ['mobilite'] })).toEqual(expect.arrayContaining(['sud-aquitaine', 'autonhommes']));
      for (const slug of await slugs({ themes: ['mobilite'] })) {
        const ptce = await t.app.services.directory.ptceBySlug(slug);
        expect(ptce!.themes.map((th) => th.code)).toContain('mobilite');
      }
      expect(await slugs({ departments: ['64'] })).toEqual(['sud-aquitaine']); // second of "40;64"
      expect(await slugs({ departments: ['4'] }).catch(() => 'refused')).toBe('refused');
      expect(new Set(await slugs({ departments: ['93'] }))).toEqual(new Set(['le-phares', 'velo-grand-paris']));
      expect(new Set(await slugs({ regions: ['Bourgogne-Franche-Comté'] }))).toEqual(
        new Set(['cluster-jura', 'coursive-boutaric']),
      );
      expect(new Set(await slugs({ compagnonOnly: true }))).toEqual(new Set(['sud-aquitaine', 'cluster-jura']));
      const eligible = await slugs({ eligibleOnly: true });
      expect(eligible).toContain('autonhommes'); // AMI 2021 laureate
      expect(eligible).toContain('sud-aquitaine'); // charter signatory
      expect(eligible).not.toContain('goutte-dor');
      expect(await slugs({ regions: ['Nouvelle-Aquitaine'], themes: ['animation'], compagnonOnly: true })).toEqual([
        'sud-aquitaine',
      ]);
      expect(await slugs({ search: 'toulouse', themes: ['textile'] })).toEqual(['recyclo-occ']);
      expect(await slugs({ departments: ['31', '59'], eligibleOnly: true, search: 'phare' })).toEqual(['autonhommes']);
    });

    it('shows counts per département for the map, ignoring the territory filter', async () => {
      await settle();
      const result = await new TestClient(t).gql<{ ptces: { departmentCounts: { code: string; count: number }[] } }>(
        `query($f: PtceFilter) { ptces(filter: $f, first: 0) { departmentCounts { code count } } }`,
        { f: { compagnonOnly: true, departments: ['39'] } },
      );
      expect(result.data!.ptces.departmentCounts).toEqual([
        { code: '39', count: 1 },
        { code: '40', count: 1 },
        { code: '64', count: 1 },
      ]);
    });

    it('counts a PTCE once on the map even when its département is listed twice', async () => {
      await makePtce(t.app, { name: 'Pôle doublon', departmentCodes: '976;976', region: 'Mayotte', isCompagnon: true });
      await settle();
      const result = await new TestClient(t).gql<{ ptces: { departmentCounts: { code: string; count: number }[] } }>(
        `query($f: PtceFilter) { ptces(filter: $f, first: 0) { departmentCounts { code count } } }`,
        { f: { search: 'doublon' } },
      );
      expect(result.data!.ptces.departmentCounts).toEqual([{ code: '976', count: 1 }]);
    });

    it('refuses bad input with BAD_USER_INPUT and a reason, never a 500', async () => {
      const browser = new TestClient(t);
      const cases: [Record<string, unknown>, string][] = [
        [{ first: 1_000_000 }, 'PAGE_SIZE'],
        [{ first: LIMITS.pageSizeMax + 1 }, 'PAGE_SIZE'],
        [{ first: -1 }, 'PAGE_SIZE'],
        [{ after: 'bm90LWEtY3Vyc29y' }, 'INVALID_CURSOR'],
        [{ after: Buffer.from(JSON.stringify(['a', "' OR 1=1 --"])).toString('base64url') }, 'INVALID_CURSOR'],
        [{ after: '%%%' }, 'INVALID_CURSOR'],
        [{ filter: { search: 'x'.repeat(10_000) } }, 'SEARCH_TOO_LONG'],
        [{ filter: { themes: ['not-a-theme'] } }, 'UNKNOWN_THEME'],
        [{ filter: { departments: ['00'] } }, 'UNKNOWN_DEPARTMENT'],
        [{ filter: { regions: ['Atlantide'] } }, 'UNKNOWN_REGION'],
      ];
      for (const [variables, reason] of cases) {
        const result = await browser.gql(LIST, variables);
        expect(errorCode(result), reason).toBe('BAD_USER_INPUT');
        expect(result.errors![0].extensions!.reason).toBe(reason);
        expect(result.data ?? null).toBeNull();
      }
    });
  });

  describe('the PTCE page', () => {
    const PAGE = `query($slug: String!) { ptce(slug: $slug) {
    name carrier town region departments departmentDetails { code name region }
    themes { code labelFr } members { name kind town } amiLaureate2021 charterSignatory isCompagnon
    eligibleForTsf website tsfCount uncertain sources people { displayName email role }
  } }`;

    it('shows names of départements, members, labels and TSF count; people only to signed-in users', async () => {
      const sud = (await t.app.services.directory.ptceBySlug('sud-aquitaine'))!;
      const coordinator = await makeUser(t.app, { ptce: sud });
      await makePair(t.app, { compagnon: sud, status: 'COMPLETED' });
      await makePair(t.app, { compagnon: sud, status: 'ACTIVE' });
      await makePair(t.app, { compagnon: sud, status: 'REQUESTED' }); // not a TSF yet
      await makePair(t.app, { compagnon: sud, status: 'DECLINED' });

      const visitor = new TestClient(t);
      const anonymous = await visitor.gql<{ ptce: Record<string, unknown> }>(PAGE, { slug: 'sud-aquitaine' });
      expect(anonymous.errors).toBeUndefined();
      expect(anonymous.data!.ptce).toMatchObject({
        carrier: 'CBE du Seignanx',
        departments: ['40', '64'],
        departmentDetails: [
          { code: '40', name: 'Landes', region: 'Nouvelle-Aquitaine' },
          { code: '64', name: 'Pyrénées-Atlantiques', region: 'Nouvelle-Aquitaine' },
        ],
        members: [{ name: 'CBE du Seignanx', kind: 'CBE', town: 'Tarnos' }],
        isCompagnon: true,
        charterSignatory: true,
        eligibleForTsf: true,
        tsfCount: 2,
        people: null,
      });
      expect(anonymous.data!.ptce.uncertain).toMatch(/inferred/);

      const signedIn = new TestClient(t);
      await signedIn.logIn(coordinator.email, PASSWORD);
      const page = await signedIn.gql<{ ptce: { people: { email: string }[] } }>(PAGE, { slug: 'sud-aquitaine' });
      expect(page.data!.ptce.people.map((p) => p.email)).toContain(coordinator.email);
    });

    it('answers null for an unknown slug', async () => {
      expect((await new TestClient(t).gql(PAGE, { slug: 'nope' })).data).toEqual({ ptce: null });
    });
  });

  describe('paging through a few hundred PTCEs', () => {
    it('visits every matching row once, in name order, without gap or duplicate', async () => {
      const repo = t.app.services.deps.db.getRepository(Ptce);
      const incubator = await t.app.services.deps.db.getRepository(Theme).findOneByOrFail({ code: 'incubateur' });
      // Equal names on purpose: the id breaks ties, so no row is skipped between pages.
      const rows = Array.from({ length: 260 }, (_, i) =>
        repo.create({
          slug: `page-${i}`,
          name: `Pôle paginé ${String(i % 37).padStart(2, '0')}`,
          departmentCodes: i % 2 ? '35' : '35;56',
          region: 'Bretagne',
          isCompagnon: false,
          amiLaureate2021: i % 3 === 0,
          charterSignatory: false,
          themes: i % 5 === 0 ? [incubator] : [],
          synthetic: true,
        }),
      );
      await repo.save(rows, { chunk: 50 });
      const expected = rows
        .filter((_, i) => i % 3 === 0)
        .map((r) => r.slug)
        .sort();

      await settle();
      const browser = new TestClient(t);
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      for (;;) {
        const result: { data?: List | null; errors?: unknown } = await browser.gql<List>(LIST, {
          filter: { search: 'pagine', eligibleOnly: true, regions: ['Bretagne'] },
          first: 7,
          after,
        });
        expect(result.errors).toBeUndefined();
        const conn = result.data!.ptces;
        expect(conn.totalCount).toBe(expected.length);
        seen.push(...conn.edges.map((e) => e.node.slug));
        pages++;
        if (!conn.pageInfo.hasNextPage) break;
        after = conn.pageInfo.endCursor;
      }
      expect(seen).toHaveLength(expected.length);
      expect([...seen].sort()).toEqual(expected);
      expect(pages).toBe(Math.ceil(expected.length / 7));
      const names = await repo.findBy({ slug: (await import('typeorm')).In(seen) });
      const keyOf = new Map(names.map((p) => [p.slug, `${p.sortKey}\u0000${p.id}`]));
      const keys = seen.map((s) => keyOf.get(s)!);
      expect(keys).toEqual([...keys].sort());
    });
  });

  describe('rows written before the search columns existed', () => {
    it('are made searchable when the server starts', async () => {
      const db = t.app.services.deps.db;
      const ptce = await makePtce(t.app, { name: 'Pôle Ancien Régime' });
      await db
        .createQueryBuilder()
        .update(Ptce)
        .set({ sortKey: '', searchText: null })
        .where('id = :id', { id: ptce.id })
        .execute();
      expect(await slugs({ search: 'ancien regime' })).toEqual([]);
      await t.app.services.directory.refreshStaleSearchColumns();
      expect(await slugs({ search: 'ancien regime' })).toEqual([ptce.slug]);
    });
  });
});
