import type { DataSource } from 'typeorm';
import { afterKey, type CleanFilter } from './directory.query.js';
import { departmentList, Ptce } from './ptce.entity.js';

/**
 * The directory's filters as bitsets, in memory: one bit per PTCE, in directory order (sortKey, id as
 * the database sorts them). A filter the cache has not seen yet is then answered from bits (a search
 * word still reads the folded text of the rows the other filters leave): its count is a popcount, its
 * page the first set bits after the cursor, and only the page's rows are read from the database.
 * The same filters as the SQL of directory.query.ts, with the same meaning:
 * themes, départements and regions each match any of their values, words all of theirs (in the folded
 * search text, literally), flags must hold.
 *
 * An index describes the rows of one cache generation: any directory write makes it stale, and it is
 * rebuilt a moment later (DirectoryIndexKeeper); meanwhile SQL answers.
 */
export class DirectoryIndex {
  readonly size: number;
  private readonly wordCount: number;
  private readonly ids: string[] = [];
  private readonly sortKeys: string[] = [];
  private readonly position = new Map<string, number>();
  private readonly searchTexts: string[] = [];
  private readonly departmentsOf: string[][] = [];
  private readonly themesOf: string[][] = [];
  private readonly byTheme = new Map<string, Uint32Array>();
  private readonly byDepartment = new Map<string, Uint32Array>();
  private readonly byRegion = new Map<string, Uint32Array>();
  private readonly compagnon: Uint32Array;
  private readonly eligible: Uint32Array;
  private readonly all: Uint32Array;
  private readonly recent = new Map<string, Uint32Array>();

  constructor(rows: readonly IndexRow[]) {
    this.size = rows.length;
    this.wordCount = Math.ceil(rows.length / 32);
    this.compagnon = this.empty();
    this.eligible = this.empty();
    this.all = this.empty();
    // Rows share a few département and theme lists: one array per distinct list, not one per row.
    const shared = new Map<string, string[]>();
    const lists = (value: string | null, split: (value: string | null) => string[], kind: string) => {
      const key = `${kind}${value ?? ''}`;
      let list = shared.get(key);
      if (!list) shared.set(key, (list = [...new Set(split(value))]));
      return list;
    };
    rows.forEach((row, i) => {
      this.ids.push(row.id);
      this.sortKeys.push(row.sortKey);
      this.position.set(row.id, i);
      this.searchTexts.push(row.searchText ?? '');
      const departments = lists(row.departmentCodes, departmentList, 'd');
      const themes = lists(row.themes, themeList, 't');
      this.departmentsOf.push(departments);
      this.themesOf.push(themes);
      for (const code of departments) setBit(this.setOf(this.byDepartment, code), i);
      for (const code of themes) setBit(this.setOf(this.byTheme, code), i);
      if (row.region !== null) setBit(this.setOf(this.byRegion, row.region), i);
      if (row.isCompagnon) setBit(this.compagnon, i);
      if (row.eligible) setBit(this.eligible, i);
      setBit(this.all, i);
    });
  }

  /**
   * The rows matching `filter`; `territory: false` ignores départements and regions (the map). The
   * page and the count of a request ask for the same filter: the last few results are kept, since a
   * search reads every candidate's text. Callers must not change the bits returned.
   */
  match(filter: CleanFilter, options: { territory?: boolean } = {}): Uint32Array {
    const key = JSON.stringify([filter, options.territory !== false]);
    let bits = this.recent.get(key);
    if (!bits) {
      bits = this.compute(filter, options.territory !== false);
      if (this.recent.size >= RECENT_MATCHES) this.recent.delete(this.recent.keys().next().value!);
      this.recent.set(key, bits);
    }
    return bits;
  }

  private compute(filter: CleanFilter, territory: boolean): Uint32Array {
    if (filter.nothing) return this.empty();
    let bits: Uint32Array | null = null;
    const and = (set: Uint32Array) => {
      if (!bits) bits = set.slice();
      else for (let w = 0; w < this.wordCount; w++) bits[w]! &= set[w]!;
    };
    const anyOf = (sets: Map<string, Uint32Array>, codes: readonly string[]) => {
      const union = this.empty();
      for (const code of codes) {
        const set = sets.get(code);
        if (set) for (let w = 0; w < this.wordCount; w++) union[w]! |= set[w]!;
      }
      and(union);
    };
    if (filter.themes.length > 0) anyOf(this.byTheme, filter.themes);
    if (territory) {
      if (filter.departments.length > 0) anyOf(this.byDepartment, filter.departments);
      if (filter.regions.length > 0) anyOf(this.byRegion, filter.regions);
    }
    if (filter.compagnonOnly) and(this.compagnon);
    if (filter.eligibleOnly) and(this.eligible);
    const result: Uint32Array = bits ?? this.all.slice();
    if (filter.words.length > 0) {
      this.forEachSet(result, 0, (i) => {
        const text = this.searchTexts[i]!;
        if (!filter.words.every((word) => text.includes(word))) clearBit(result, i);
        return true;
      });
    }
    return result;
  }

  count(bits: Uint32Array): number {
    let n = 0;
    for (let w = 0; w < this.wordCount; w++) n += popcount(bits[w]!);
    return n;
  }

  /**
   * Ids of the first `limit` matching rows after the cursor's row, in directory order; null when the
   * cursor's row is not in this index as it was (deleted or renamed since): SQL knows where it falls.
   */
  idsAfter(bits: Uint32Array, limit: number, after: { sortKey: string; id: string } | null): string[] | null {
    let start = 0;
    if (after) {
      const at = this.position.get(after.id);
      if (at === undefined || this.sortKeys[at] !== after.sortKey) return null;
      start = at + 1;
    }
    const ids: string[] = [];
    if (limit > 0) {
      this.forEachSet(bits, start, (i) => {
        ids.push(this.ids[i]!);
        return ids.length < limit;
      });
    }
    return ids;
  }

  /** Theme codes of a PTCE of this index (unordered). */
  themeCodesOf(id: string): readonly string[] {
    const at = this.position.get(id);
    return at === undefined ? [] : this.themesOf[at]!;
  }

  /** Matching PTCEs per département code (a PTCE on two départements counts in both). */
  departmentCounts(bits: Uint32Array): Map<string, number> {
    const counts = new Map<string, number>();
    this.forEachSet(bits, 0, (i) => {
      for (const code of this.departmentsOf[i]!) counts.set(code, (counts.get(code) ?? 0) + 1);
      return true;
    });
    return counts;
  }

  /** Calls `visit` with each set bit from `start`, in order, while it returns true. */
  private forEachSet(bits: Uint32Array, start: number, visit: (i: number) => boolean): void {
    for (let w = start >>> 5; w < this.wordCount; w++) {
      let word = bits[w]!;
      if (w === start >>> 5) word &= ~0 << (start & 31);
      while (word !== 0) {
        const low = word & -word;
        const i = (w << 5) + 31 - Math.clz32(low);
        if (!visit(i)) return;
        word ^= low;
      }
    }
  }

  private empty(): Uint32Array {
    return new Uint32Array(this.wordCount);
  }

  private setOf(sets: Map<string, Uint32Array>, key: string): Uint32Array {
    let set = sets.get(key);
    if (!set) sets.set(key, (set = this.empty()));
    return set;
  }
}

/** Theme codes as GROUP_CONCAT joins them. */
const themeList = (codes: string | null): string[] => (codes ? codes.split(',').filter(Boolean) : []);

/** What the index keeps of a PTCE: the columns its filters read, and its theme codes. */
export interface IndexRow {
  id: string;
  sortKey: string;
  departmentCodes: string;
  region: string | null;
  isCompagnon: boolean;
  eligible: boolean;
  searchText: string | null;
  /** Theme codes, comma-separated (GROUP_CONCAT), or null when none. */
  themes: string | null;
}

const setBit = (bits: Uint32Array, i: number) => (bits[i >>> 5]! |= 1 << (i & 31));
const clearBit = (bits: Uint32Array, i: number) => (bits[i >>> 5]! &= ~(1 << (i & 31)));

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/** Filters whose matching rows an index keeps (see match). */
const RECENT_MATCHES = 16;

/** Rows read per statement while building: a few milliseconds each (SQLite reads block the event loop). */
const CHUNK = 500;
/** Past this many PTCEs the index is not built (memory); SQL answers every miss. */
export const INDEX_MAX_ROWS = 250_000;

/**
 * Reads the directory in keyset chunks (yielding between them) and builds its index; null when
 * `current()` turns false meanwhile (a write came: the rows read may mix before and after it) or
 * the directory is too big.
 */
export async function loadDirectoryIndex(
  db: DataSource,
  current: () => boolean,
  chunkSize = CHUNK,
): Promise<DirectoryIndex | null> {
  const rows: IndexRow[] = [];
  let after: { sortKey: string; id: string } | null = null;
  for (;;) {
    if (!current()) return null;
    const qb = db
      .getRepository(Ptce)
      .createQueryBuilder('p')
      .select('p.id', 'id')
      .addSelect('p.sortKey', 'sortKey')
      .addSelect('p.departmentCodes', 'departmentCodes')
      .addSelect('p.region', 'region')
      .addSelect('p.isCompagnon', 'isCompagnon')
      .addSelect('p.amiLaureate2021', 'amiLaureate2021')
      .addSelect('p.charterSignatory', 'charterSignatory')
      .addSelect('p.searchText', 'searchText')
      .addSelect('(SELECT GROUP_CONCAT(pt.themeCode) FROM ptce_theme pt WHERE pt.ptceId = p.id)', 'themes')
      .orderBy('p.sortKey', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .limit(chunkSize);
    if (after) afterKey(qb, after);
    const chunk = await qb.getRawMany<RawIndexRow>();
    if (!current()) return null;
    for (const raw of chunk) {
      rows.push({
        id: raw.id,
        sortKey: raw.sortKey,
        departmentCodes: raw.departmentCodes,
        region: raw.region,
        isCompagnon: Number(raw.isCompagnon) === 1,
        eligible: Number(raw.amiLaureate2021) === 1 || Number(raw.charterSignatory) === 1,
        searchText: raw.searchText,
        themes: raw.themes === null ? null : String(raw.themes),
      });
    }
    if (rows.length > INDEX_MAX_ROWS) return null;
    if (chunk.length < chunkSize) break;
    after = rows.at(-1)!;
    await new Promise((resolve) => setImmediate(resolve));
  }
  return current() ? new DirectoryIndex(rows) : null;
}

interface RawIndexRow {
  id: string;
  sortKey: string;
  departmentCodes: string;
  region: string | null;
  isCompagnon: number | string | boolean;
  amiLaureate2021: number | string | boolean;
  charterSignatory: number | string | boolean;
  searchText: string | null;
  themes: string | Buffer | null;
}

/** Rebuilt this long after the last directory write, so a burst of writes (an import) builds once. */
export const INDEX_DELAY_MS = 1_000;
/** After a failed build (the database away): SQL answers meanwhile. */
const RETRY_DELAY_MS = 30_000;

/**
 * Keeps the index of the cache's current generation: stale at once on any directory write, rebuilt
 * in the background once writes have settled. Off when the cache is off or not live (pub/sub down):
 * like the cache, the index must hear of every write to be used.
 */
export class DirectoryIndexKeeper {
  private ready: { generation: number; index: DirectoryIndex } | null = null;
  private building: { generation: number; promise: Promise<DirectoryIndex | null> } | null = null;
  private timer?: NodeJS.Timeout;
  private stopped = false;

  constructor(
    private readonly options: {
      enabled: boolean;
      db: DataSource;
      /** The cache generation the index is for; null when the cache is not in use. */
      generation: () => number | null;
      onError: (error: unknown) => void;
    },
  ) {}

  /** The index of what the directory holds now, or null (being rebuilt, off, or pub/sub not live). */
  current(): DirectoryIndex | null {
    const generation = this.options.generation();
    return generation !== null && this.ready?.generation === generation ? this.ready.index : null;
  }

  /** After a directory write (or on going live): forget the index, rebuild once writes settle. */
  schedule(): void {
    this.ready = null;
    if (!this.options.enabled || this.stopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.build(), INDEX_DELAY_MS);
    this.timer.unref();
  }

  /** Builds the index of the current generation now (or joins that build); null when it cannot be. */
  build(): Promise<DirectoryIndex | null> {
    clearTimeout(this.timer);
    const generation = this.options.generation();
    if (!this.options.enabled || this.stopped || generation === null) return Promise.resolve(null);
    if (this.ready?.generation === generation) return Promise.resolve(this.ready.index);
    if (this.building?.generation === generation) return this.building.promise;
    const isCurrent = () => !this.stopped && this.options.generation() === generation;
    const promise = loadDirectoryIndex(this.options.db, isCurrent)
      .then((index) => {
        if (index && isCurrent()) this.ready = { generation, index };
        return index;
      })
      .catch((error: unknown) => {
        this.options.onError(error);
        // Try again later rather than leave SQL answering until the next directory write.
        if (isCurrent()) this.retry(generation);
        return null;
      })
      .finally(() => {
        if (this.building?.promise === promise) this.building = null;
      });
    this.building = { generation, promise };
    return promise;
  }

  private retry(generation: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      if (this.options.generation() === generation) void this.build();
    }, RETRY_DELAY_MS);
    this.timer.unref();
  }

  stop(): void {
    this.stopped = true;
    this.ready = null;
    clearTimeout(this.timer);
  }
}
