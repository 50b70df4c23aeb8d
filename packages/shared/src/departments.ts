import { DEPARTMENT_ROWS } from './departments.data.js';

export interface Department {
  /** INSEE code: "01"…"95", "2A", "2B", "971"…"976". */
  code: string;
  name: string;
  region: string;
  /** Départements sharing a land border (empty overseas). */
  neighbours: readonly string[];
}

export const DEPARTMENTS: readonly Department[] = DEPARTMENT_ROWS.map(([code, name, region, neighbours]) => ({
  code,
  name,
  region,
  neighbours,
}));

const BY_CODE = new Map(DEPARTMENTS.map((d) => [d.code, d]));
export const departmentByCode = (code: string): Department | undefined => BY_CODE.get(code);

/** The regions (2016 map), in alphabetical order. */
export const REGIONS: readonly string[] = [...new Set(DEPARTMENTS.map((d) => d.region))].sort((a, b) => a.localeCompare(b, 'fr'));

/**
 * The folded form used for search on both sides: lower case, accents stripped, word separators
 * (spaces, apostrophes, hyphens, punctuation) folded to one space. Other signs (`%`, `_`, `\\`, `&`, `=`)
 * are kept, so they are searched literally. `L'Île-Saint-Denis` → `l ile saint denis`.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[\s'’‘`´"“”«»\-‐‑–—.,;:!?()[\]{}/|]+/gu, ' ')
    .trim();
}
