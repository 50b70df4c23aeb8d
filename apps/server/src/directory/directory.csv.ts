import { departmentByCode, LIMITS, REGIONS } from '@tandem/shared';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { badInput } from '../core/errors.js';
import type { Ptce } from './ptce.entity.js';

// The directory as CSV, with the columns of the seed file (apps/server/seed/ptce-directory.csv).
export const CSV_COLUMNS = [
  'slug',
  'name',
  'carrier',
  'town',
  'departments',
  'region',
  'is_compagnon',
  'ami_laureate_2021',
  'charter_signatory',
  'labelled_year',
  'themes',
  'summary',
  'source',
  'uncertain',
] as const;

export interface PtceRow {
  slug: string;
  name: string;
  carrier: string | null;
  town: string | null;
  departments: string[];
  region: string | null;
  summary: string | null;
  themes: string[];
  labelledYear: number | null;
  amiLaureate2021: boolean;
  charterSignatory: boolean;
  isCompagnon: boolean;
  sources: string | null;
  uncertain: string | null;
}

export interface RowError {
  line: number;
  column: string;
  message: string;
}

export function toCsv(ptces: Ptce[]): string {
  return stringify(
    ptces.map((p) => ({
      slug: p.slug,
      name: p.name,
      carrier: p.carrier ?? '',
      town: p.town ?? '',
      departments: p.departmentCodes,
      region: p.region ?? '',
      is_compagnon: String(p.isCompagnon),
      ami_laureate_2021: String(p.amiLaureate2021),
      charter_signatory: String(p.charterSignatory),
      labelled_year: p.labelledYear === null ? '' : String(p.labelledYear),
      themes: (p.themes ?? []).map((t) => t.code).join(';'),
      summary: p.summary ?? '',
      source: p.sources ?? '',
      uncertain: p.uncertain ?? '',
    })),
    { header: true, columns: [...CSV_COLUMNS] },
  );
}

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const orNull = (value: string | undefined) => (value && value.trim().length > 0 ? value.trim() : null);

/** Field rules shared by the CSV import and the operator's form. Returns the problems found. */
export function checkPtceFields(
  row: {
    slug: string;
    name: string;
    departments: string[];
    region: string | null;
    themes: string[];
    labelledYear: number | null;
  },
  knownThemes: ReadonlySet<string>,
): { column: string; message: string }[] {
  const problems: { column: string; message: string }[] = [];
  if (!SLUG.test(row.slug) || row.slug.length > 120)
    problems.push({ column: 'slug', message: 'lower-case letters, digits and hyphens' });
  if (row.name.trim().length === 0 || row.name.length > 200)
    problems.push({ column: 'name', message: 'required, at most 200 characters' });
  if (row.departments.length === 0) problems.push({ column: 'departments', message: 'at least one département' });
  for (const code of row.departments) {
    if (!departmentByCode(code)) problems.push({ column: 'departments', message: `unknown département ${code.slice(0, 8)}` });
  }
  if (row.region !== null && !REGIONS.includes(row.region))
    problems.push({ column: 'region', message: `unknown region ${row.region.slice(0, 60)}` });
  for (const code of row.themes) {
    if (!knownThemes.has(code)) problems.push({ column: 'themes', message: `unknown theme ${code.slice(0, 64)}` });
  }
  if (row.labelledYear !== null && (!Number.isInteger(row.labelledYear) || row.labelledYear < 1990 || row.labelledYear > 2100)) {
    problems.push({ column: 'labelled_year', message: 'a year such as 2014' });
  }
  return problems;
}

/**
 * Parses and checks a whole file. Any problem → BAD_USER_INPUT with every bad row by line number
 * (line 1 is the header), so the operator can fix them all at once.
 */
export function parseDirectoryCsv(text: string, knownThemes: ReadonlySet<string>): PtceRow[] {
  if (Buffer.byteLength(text, 'utf8') > LIMITS.csvImportMaxBytes) {
    throw badInput('The file is too large', { reason: 'CSV_TOO_LARGE' });
  }
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), { columns: true, skip_empty_lines: true, trim: true, info: true }) as never;
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw badInput('The file is not valid CSV', {
      reason: 'CSV_MALFORMED',
      rowErrors: [{ line: line ?? 1, column: '', message: 'malformed CSV' }],
    });
  }
  const header = records[0] ? Object.keys(records[0].record) : [];
  const missing = CSV_COLUMNS.filter(
    (c) => !['carrier', 'source', 'uncertain', 'summary', 'labelled_year'].includes(c) && !header.includes(c),
  );
  if (records.length === 0 || missing.length > 0) {
    throw badInput(`Missing columns: ${missing.join(', ') || 'no rows'}`, { reason: 'CSV_COLUMNS', missing });
  }
  const errors: RowError[] = [];
  const rows: PtceRow[] = [];
  const seen = new Map<string, number>();
  for (const { record: r, info } of records) {
    const line = info.lines;
    const bool = (column: string) => {
      const value = (r[column] ?? '').toLowerCase();
      if (value === 'true') return true;
      if (value === 'false' || value === '') return false;
      errors.push({ line, column, message: 'true or false' });
      return false;
    };
    const departments = (r.departments ?? '')
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean);
    const row: PtceRow = {
      slug: r.slug ?? '',
      name: r.name ?? '',
      carrier: orNull(r.carrier),
      town: orNull(r.town),
      departments,
      region: orNull(r.region) ?? (departments[0] ? (departmentByCode(departments[0])?.region ?? null) : null),
      summary: orNull(r.summary),
      themes: (r.themes ?? '')
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean),
      labelledYear: orNull(r.labelled_year) === null ? null : Number(r.labelled_year),
      amiLaureate2021: bool('ami_laureate_2021'),
      charterSignatory: bool('charter_signatory'),
      isCompagnon: bool('is_compagnon'),
      sources: orNull(r.source),
      uncertain: orNull(r.uncertain),
    };
    for (const p of checkPtceFields(row, knownThemes)) errors.push({ line, ...p });
    const previous = seen.get(row.slug);
    if (previous !== undefined) errors.push({ line, column: 'slug', message: `same slug as line ${previous}` });
    seen.set(row.slug, line);
    rows.push(row);
  }
  if (errors.length > 0) {
    const lines = [...new Set(errors.map((e) => e.line))];
    throw badInput(`Nothing was imported: ${lines.length} row(s) to fix (lines ${lines.slice(0, 20).join(', ')})`, {
      reason: 'CSV_ROWS',
      rowErrors: errors.slice(0, 200),
    });
  }
  return rows;
}
