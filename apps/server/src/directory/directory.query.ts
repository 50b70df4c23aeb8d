import { departmentByCode, foldForSearch, LIMITS, REGIONS } from '@tandem/shared';
import type { SelectQueryBuilder } from 'typeorm';
import { badInput } from '../core/errors.js';
import type { PtceFilter } from './directory.inputs.js';
import type { Ptce } from './ptce.entity.js';

/** A filter checked against the vocabulary and folded for search; what the SQL is built from. */
export interface CleanFilter {
  words: string[];
  /** A search made only of separators (quotes, dashes…): matches nothing rather than everything. */
  nothing: boolean;
  themes: string[];
  departments: string[];
  regions: string[];
  compagnonOnly: boolean;
  eligibleOnly: boolean;
}

const MAX_WORDS = 8;
const MAX_LIST = 120;

export function cleanFilter(filter: PtceFilter | null | undefined, knownThemes: ReadonlySet<string>): CleanFilter {
  const search = filter?.search ?? '';
  if (search.length > LIMITS.directorySearchMaxLength) {
    throw badInput(`The search is limited to ${LIMITS.directorySearchMaxLength} characters`, { reason: 'SEARCH_TOO_LONG' });
  }
  const words = foldForSearch(search).split(' ').filter(Boolean).slice(0, MAX_WORDS);
  const list = (values: string[] | null | undefined, what: string) => {
    const unique = [...new Set(values ?? [])];
    if (unique.length > MAX_LIST) throw badInput(`Too many ${what}`, { reason: 'FILTER_TOO_LONG' });
    return unique;
  };
  const themes = list(filter?.themes, 'themes');
  const unknownTheme = themes.find((code) => !knownThemes.has(code));
  if (unknownTheme !== undefined) throw badInput(`Unknown theme: ${unknownTheme.slice(0, 64)}`, { reason: 'UNKNOWN_THEME' });
  const departments = list(filter?.departments, 'départements');
  const unknownDepartment = departments.find((code) => !departmentByCode(code));
  if (unknownDepartment !== undefined) {
    throw badInput(`Unknown département: ${unknownDepartment.slice(0, 8)}`, { reason: 'UNKNOWN_DEPARTMENT' });
  }
  const regions = list(filter?.regions, 'regions');
  const unknownRegion = regions.find((name) => !REGIONS.includes(name));
  if (unknownRegion !== undefined) throw badInput(`Unknown region: ${unknownRegion.slice(0, 64)}`, { reason: 'UNKNOWN_REGION' });
  return {
    words,
    nothing: words.length === 0 && search.trim().length > 0,
    themes,
    departments,
    regions,
    compagnonOnly: filter?.compagnonOnly === true,
    eligibleOnly: filter?.eligibleOnly === true,
  };
}

/** `first` must be 1…pageSizeMax: a page size beyond is refused rather than silently cut. */
export function checkPageSize(first: number | null | undefined, max: number = LIMITS.pageSizeMax): number {
  const size = first ?? LIMITS.pageSizeDefault;
  if (!Number.isInteger(size) || size < 0 || size > max) {
    throw badInput(`first must be between 0 and ${max}`, { reason: 'PAGE_SIZE', max });
  }
  return size;
}

// LIKE with `!` as the escape character: the same on SQLite and MySQL (a backslash is not, since
// MySQL string literals treat it as an escape of their own). %, _ and ! match themselves.
const LIKE_ESCAPE = '!';
export const likeContains = (word: string) => `%${word.replace(/[!%_]/g, (c) => LIKE_ESCAPE + c)}%`;

/**
 * Adds the WHERE conditions of `filter` to a query over `ptce` aliased `p`. Parameters only;
 * the département list is `;`-separated, so a code matches whole entries, never a prefix.
 */
export function applyFilter(
  qb: SelectQueryBuilder<Ptce>,
  filter: CleanFilter,
  options: { territory?: boolean } = {},
): SelectQueryBuilder<Ptce> {
  if (filter.nothing) qb.andWhere('1 = 0');
  // The folded text is compared code point by code point, as on SQLite and in the index: MySQL's
  // utf8mb4_unicode_ci would also take "m2" for "m²", "o" for "ø" and any emoji for another.
  const searchText = qb.connection.options.type === 'better-sqlite3' ? 'p.searchText' : 'p.searchText COLLATE utf8mb4_bin';
  filter.words.forEach((word, i) => {
    qb.andWhere(`${searchText} LIKE :w${i} ESCAPE '${LIKE_ESCAPE}'`, { [`w${i}`]: likeContains(word) });
  });
  if (filter.themes.length > 0) {
    qb.andWhere('EXISTS (SELECT 1 FROM ptce_theme pt WHERE pt.ptceId = p.id AND pt.themeCode IN (:...themes))', {
      themes: filter.themes,
    });
  }
  if (options.territory !== false) {
    if (filter.departments.length > 0) {
      const parts = filter.departments.map((code, i) => {
        qb.setParameters({ [`d${i}`]: code, [`d${i}a`]: `${code};%`, [`d${i}b`]: `%;${code}`, [`d${i}c`]: `%;${code};%` });
        return `p.departmentCodes = :d${i} OR p.departmentCodes LIKE :d${i}a OR p.departmentCodes LIKE :d${i}b OR p.departmentCodes LIKE :d${i}c`;
      });
      qb.andWhere(`(${parts.join(' OR ')})`);
    }
    if (filter.regions.length > 0) qb.andWhere('p.region IN (:...regions)', { regions: filter.regions });
  }
  if (filter.compagnonOnly) qb.andWhere('p.isCompagnon = 1');
  if (filter.eligibleOnly) qb.andWhere('(p.amiLaureate2021 = 1 OR p.charterSignatory = 1)');
  return qb;
}

/** Rows after `after` in directory order (sortKey, id): the keyset of pages and of the index's chunks. */
export function afterKey(qb: SelectQueryBuilder<Ptce>, after: { sortKey: string; id: string }): SelectQueryBuilder<Ptce> {
  return qb.andWhere('(p.sortKey > :afterKey OR (p.sortKey = :afterKey AND p.id > :afterId))', {
    afterKey: after.sortKey,
    afterId: after.id,
  });
}

// Cursors are opaque to clients: base64url of [sortKey, id], checked on the way back in.
export const encodeCursor = (ptce: Pick<Ptce, 'sortKey' | 'id'>): string =>
  Buffer.from(JSON.stringify([ptce.sortKey, ptce.id]), 'utf8').toString('base64url');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function decodeCursor(cursor: string): { sortKey: string; id: string } {
  const invalid = () => badInput('This page cursor is not valid; start again from the first page', { reason: 'INVALID_CURSOR' });
  if (cursor.length > 400 || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw invalid();
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (
    !Array.isArray(value) ||
    value.length !== 2 ||
    typeof value[0] !== 'string' ||
    typeof value[1] !== 'string' ||
    value[0].length > 200 ||
    !UUID.test(value[1])
  ) {
    throw invalid();
  }
  return { sortKey: value[0], id: value[1] };
}
