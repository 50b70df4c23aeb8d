import { REGIONS } from '@tandem/shared';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadReferenceData } from '../src/demo/seed.js';
import { DirectoryIndex, loadDirectoryIndex } from '../src/directory/directory.index.js';
import { applyFilter, cleanFilter, type CleanFilter } from '../src/directory/directory.query.js';
import { Ptce } from '../src/directory/ptce.entity.js';
import { Theme } from '../src/directory/theme.entity.js';
import { startTestApp, type TestApp } from './support/app.js';

// The in-memory index must say exactly what the SQL of directory.query.ts says, on both databases:
// the same rows, in the same order, the same counts per département, for many generated filters over
// the real seed plus a few hundred generated PTCEs (accents, punctuation, several départements, no theme).
let t: TestApp;
let themes: Theme[];
beforeAll(async () => {
  t = await startTestApp();
  const db = t.app.services.deps.db;
  await db.transaction((m) => loadReferenceData(m));
  themes = await db.getRepository(Theme).find();
  const repo = db.getRepository(Ptce);
  // Characters MariaDB's unicode_ci collation would take for others (², ø, emoji): matched literally.
  const towns = ['Saint-Étienne', "L'Île-d'Yeu", 'Besançon', 'Œuvre', '100% Ville', 'a_b', 'Pau', 'Mønsted m² 🚲'];
  const departmentSets = ['42', '85', '25;39', '64;40', '974', '2A', '93', '', '75;75'];
  await repo.save(
    Array.from({ length: 300 }, (_, i) =>
      repo.create({
        slug: `indexed-${i}`,
        // Equal names on purpose (ties broken by id), accents and case mixed.
        name: `${i % 4 === 0 ? 'Pôle' : 'pole'} ${['Éco', 'eco', 'Coop’', 'Mobilité'][i % 4]} ${i % 41}`,
        carrier: i % 6 === 0 ? null : `Porteur ${i % 13}`,
        town: towns[i % towns.length],
        departmentCodes: departmentSets[i % departmentSets.length],
        region: i % 9 === 0 ? null : REGIONS[i % REGIONS.length],
        summary: i % 5 === 0 ? 'Garage solidaire et épicerie' : null,
        isCompagnon: i % 3 === 0,
        amiLaureate2021: i % 4 === 1,
        charterSignatory: i % 7 === 2,
        themes: themes.filter((_, k) => (i * 7 + k) % 11 === 0 || (i + k) % 17 === 0),
        synthetic: true,
      }),
    ),
    { chunk: 100 },
  );
});
afterAll(() => t?.close());

/** A small deterministic generator, so a failure names a filter that can be replayed. */
function random(seed: number) {
  return () => ((seed = Math.imul(seed ^ (seed >>> 15), 2246822507) + 0x6d2b79f5) >>> 0) / 2 ** 32;
}

function filters(): CleanFilter[] {
  const next = random(42);
  const pick = <T>(from: readonly T[], max: number) => from.filter(() => next() < max / from.length).slice(0, max) as T[];
  const words = [
    'pole',
    'eco',
    'coop',
    'mobilite',
    'saint',
    'ile',
    'porteur 1',
    '100%',
    'a_b',
    'garage',
    'zzz',
    'e',
    'm2',
    'o',
    'ø',
    '🛴',
  ];
  const departments = ['42', '85', '25', '39', '64', '40', '974', '2A', '93', '75'];
  const known = new Set(themes.map((th) => th.code));
  const list: CleanFilter[] = [cleanFilter({}, known), cleanFilter({ search: "' - " }, known)];
  for (let n = 0; n < 150; n++) {
    list.push(
      cleanFilter(
        {
          search: pick(words, 2).join(' '),
          themes: pick(
            themes.map((th) => th.code),
            2,
          ),
          departments: pick(departments, 2),
          regions: pick(REGIONS, 1),
          compagnonOnly: next() < 0.3,
          eligibleOnly: next() < 0.3,
        },
        known,
      ),
    );
  }
  return list;
}

async function sqlIds(filter: CleanFilter): Promise<string[]> {
  const rows = await applyFilter(t.app.services.deps.db.getRepository(Ptce).createQueryBuilder('p'), filter)
    .select('p.id', 'id')
    .orderBy('p.sortKey', 'ASC')
    .addOrderBy('p.id', 'ASC')
    .getRawMany<{ id: string }>();
  return rows.map((r) => r.id);
}

async function sqlDepartmentCounts(filter: CleanFilter): Promise<Map<string, number>> {
  const rows = await applyFilter(t.app.services.deps.db.getRepository(Ptce).createQueryBuilder('p'), filter, {
    territory: false,
  })
    .select('p.departmentCodes', 'codes')
    .getRawMany<{ codes: string }>();
  const counts = new Map<string, number>();
  for (const row of rows) {
    for (const code of new Set(row.codes.split(';').filter(Boolean))) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return counts;
}

describe('the directory index', () => {
  it('finds the same rows, in the same order, as SQL, read in chunks', async () => {
    const index = (await loadDirectoryIndex(t.app.services.deps.db, () => true, 64))!;
    expect(index.size).toBe(325);
    let nonEmpty = 0;
    for (const filter of filters()) {
      const expected = await sqlIds(filter);
      const bits = index.match(filter);
      expect(index.count(bits), JSON.stringify(filter)).toBe(expected.length);
      expect(index.idsAfter(bits, 1_000, null), JSON.stringify(filter)).toEqual(expected);
      if (expected.length > 3) {
        const after = await t.app.services.deps.db.getRepository(Ptce).findOneByOrFail({ id: expected[1]! });
        expect(index.idsAfter(bits, 2, after)).toEqual(expected.slice(2, 4));
      }
      expect(new Map([...index.departmentCounts(index.match(filter, { territory: false }))].sort())).toEqual(
        new Map([...(await sqlDepartmentCounts(filter))].sort()),
      );
      if (expected.length > 0) nonEmpty++;
    }
    expect(nonEmpty).toBeGreaterThan(20); // the generated filters are not all empty
  });

  it('pages after a cursor row, and leaves a cursor it cannot place to SQL', async () => {
    const index = (await loadDirectoryIndex(t.app.services.deps.db, () => true))!;
    const all = cleanFilter({}, new Set());
    const ids = await sqlIds(all);
    const rows = await t.app.services.deps.db.getRepository(Ptce).find();
    const sortKeyOf = new Map(rows.map((p) => [p.id, p.sortKey]));
    const at = (i: number) => ({ id: ids[i]!, sortKey: sortKeyOf.get(ids[i]!)! });
    expect(index.idsAfter(index.match(all), 5, at(31))).toEqual(ids.slice(32, 37)); // across a 32-bit word
    expect(index.idsAfter(index.match(all), 5, at(ids.length - 1))).toEqual([]);
    expect(index.idsAfter(index.match(all), 0, null)).toEqual([]);
    expect(index.idsAfter(index.match(all), 5, { ...at(10), sortKey: 'renamed since' })).toBeNull();
    expect(index.idsAfter(index.match(all), 5, { id: '00000000-0000-4000-8000-000000000000', sortKey: 'x' })).toBeNull();
  });

  it('is not built from reads that overlapped a write, and stops reading at once', async () => {
    const db = t.app.services.deps.db;
    const reads = vi.spyOn(db.logger, 'logQuery');
    try {
      // The write commits while the first chunk is being read: that chunk is not kept.
      let checks = 0;
      expect(await loadDirectoryIndex(db, () => ++checks < 2, 64)).toBeNull();
      expect([checks, reads.mock.calls.length]).toEqual([2, 1]);
      // It commits between two chunks: the next one is not even read.
      checks = 0;
      reads.mockClear();
      expect(await loadDirectoryIndex(db, () => ++checks < 3, 64)).toBeNull();
      expect([checks, reads.mock.calls.length]).toEqual([3, 1]);
    } finally {
      reads.mockRestore();
    }
  });
});

describe('the index kept by the directory service', () => {
  it('answers a filter not seen yet: one statement (the rows of the page), no count, no scan', async () => {
    const directory = t.app.services.directory;
    const db = t.app.services.deps.db;
    await vi.waitFor(() => expect(directory.cache.current()).not.toBeNull());
    const index = (await directory.index.build())!;
    await directory.ptces({ compagnonOnly: true }, 1, null); // the theme vocabulary is loaded once
    const filter = { themes: [themes[3]!.code], compagnonOnly: true };
    const expected = await sqlIds(cleanFilter(filter, new Set(themes.map((th) => th.code))));
    const sql: string[] = [];
    const logQuery = vi.spyOn(db.logger, 'logQuery').mockImplementation((query) => void sql.push(query));
    try {
      const page = await directory.ptces(filter, 3, null);
      const total = await directory.countPtces(page.filterKey);
      logQuery.mockRestore();
      expect(total).toBe(expected.length);
      expect(page.edges.map((e) => e.node.id)).toEqual(expected.slice(0, 3));
      expect(page.pageInfo.hasNextPage).toBe(expected.length > 3);
      expect(sql.filter((q) => /COUNT|GROUP_CONCAT/i.test(q))).toEqual([]);
      expect(sql, sql.join('\n')).toHaveLength(1);
      expect(directory.index.current()).toBe(index);
    } finally {
      logQuery.mockRestore();
    }
  });

  it('is stale at once after a write, SQL answers meanwhile, and it is rebuilt once writes settle', async () => {
    const directory = t.app.services.directory;
    await vi.waitFor(() => expect(directory.cache.current()).not.toBeNull());
    const index = await directory.index.build();
    expect(index).toBeInstanceOf(DirectoryIndex);
    expect(directory.index.current()).toBe(index);

    const repo = t.app.services.deps.db.getRepository(Ptce);
    const ptce = await repo.findOneOrFail({ where: { slug: 'indexed-7' }, relations: { themes: true } });
    expect(ptce.themes.length).toBeGreaterThan(0);
    ptce.name = 'Pôle renommé tout à fait';
    await repo.save(ptce);
    expect(directory.index.current()).toBeNull();
    const found = await directory.ptces({ search: 'renomme tout a fait' }, 5, null);
    expect(found.edges.map((e) => e.node.slug)).toEqual(['indexed-7']); // from SQL

    // Rebuilt in the background a moment later (INDEX_DELAY_MS), then used for new filters.
    await vi.waitFor(() => expect(directory.index.current()).not.toBeNull(), { timeout: 5_000 });
    const rebuilt = directory.index.current()!;
    expect(rebuilt).not.toBe(index);
    expect(rebuilt.count(rebuilt.match(cleanFilter({ search: 'renomme' }, new Set())))).toBe(1);
    const page = await directory.ptces({ search: 'tout a fait renomme' }, 5, null);
    expect(page.edges.map((e) => e.node.slug)).toEqual(['indexed-7']);
    expect(page.edges[0]!.node.themes.map((th) => th.code)).toEqual(
      themes
        .filter((th) => ptce.themes.some((p) => p.code === th.code))
        .sort((a, b) => a.position - b.position)
        .map((th) => th.code),
    );
  });
});
