import type { TFunction } from 'i18next';

// A PTCE's `uncertain` field (GraphQL `Ptce.uncertain`, the seed CSV's `uncertain` column) is free text:
// short English phrases separated by `;`, some with a detail in parentheses, e.g.
// "town approximate (Gers); AMI 2021 status inferred from TSF eligibility". The phrases the directory
// knows are shown in the reader's language; any other one is shown as it is.

export type NoteKey =
  | 'departmentInferred'
  | 'charterFromCompagnonRole'
  | 'charterNotConfirmed'
  | 'amiFromEligibility'
  | 'amiCandidate'
  | 'laureateUncertain'
  | 'townApproximate'
  | 'townAndDepartmentApproximate'
  | 'departmentLikelyNotConfirmed'
  | 'departmentLikely'
  | 'departmentUncertain'
  | 'departmentsApproximate'
  | 'regionalProject'
  | 'themeFromName'
  | 'townNote'
  | 'straddlesTwoDepartments'
  | 'borders'
  | 'south'
  | 'either'
  | 'coversArrondissements';

export type NotePart = { key: NoteKey; params: Record<string, string>; details: NotePart[] } | { text: string };

const PATTERNS: readonly (readonly [RegExp, NoteKey, readonly string[]])[] = [
  [/^(\d[\dAB]\d?) inferred$/i, 'departmentInferred', ['code']],
  [/^charter signature inferred from its compagnon role$/i, 'charterFromCompagnonRole', []],
  [/^charter signature not confirmed$/i, 'charterNotConfirmed', []],
  [/^ami 2021 status inferred from tsf eligibility$/i, 'amiFromEligibility', []],
  [/^candidate to the ami 2021$/i, 'amiCandidate', []],
  [/^laureate status uncertain$/i, 'laureateUncertain', []],
  [/^town approximate$/i, 'townApproximate', []],
  [/^town and département approximate$/i, 'townAndDepartmentApproximate', []],
  [/^département likely, not confirmed$/i, 'departmentLikelyNotConfirmed', []],
  [/^département likely$/i, 'departmentLikely', []],
  [/^département uncertain$/i, 'departmentUncertain', []],
  [/^départements approximate$/i, 'departmentsApproximate', []],
  [/^regional project$/i, 'regionalProject', []],
  [/^theme inferred from the name$/i, 'themeFromName', []],
  [/^the pôle straddles two départements$/i, 'straddlesTwoDepartments', []],
  [/^the collectif covers the (.+) and (.+) arrondissements$/i, 'coversArrondissements', ['a', 'b']],
  [/^(\S+) or (\S+)$/i, 'either', ['a', 'b']],
  [/^south (.+)$/i, 'south', ['place']],
  [/^(\S+) borders (.+)$/i, 'borders', ['town', 'place']],
];

/** Splits on `;` outside parentheses: "a (b; c); d" → ["a (b; c)", "d"]. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (char === '(') depth += 1;
    if (char === ')') depth = Math.max(0, depth - 1);
    if (char === ';' && depth === 0) {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter(Boolean);
}

function parsePart(part: string): NotePart {
  const town = /^town:\s*(.+)$/i.exec(part);
  if (town) return { key: 'townNote', params: {}, details: parseUncertain(town[1] ?? '') };
  const withDetail = /^(.*\S)\s*\((.+)\)$/.exec(part);
  const main = withDetail ? (withDetail[1] ?? '') : part;
  for (const [pattern, key, names] of PATTERNS) {
    const match = pattern.exec(main);
    if (!match) continue;
    const params = Object.fromEntries(names.map((name, i) => [name, match[i + 1] ?? '']));
    return { key, params, details: withDetail ? parseUncertain(withDetail[2] ?? '') : [] };
  }
  return { text: part };
}

/** The notes of a PTCE, one part per phrase; an unknown phrase is kept as it is. */
export function parseUncertain(note: string): NotePart[] {
  return splitTopLevel(note).map(parsePart);
}

/** One part in the reader's language (`t` from react-i18next or an i18next instance). */
export function noteText(part: NotePart, t: TFunction): string {
  if ('text' in part) return part.text;
  const details = part.details.map((d) => noteText(d, t)).join(t('directory.page.uncertainNotes.separator'));
  if (part.key === 'townNote') return t('directory.page.uncertainNotes.townNote', { detail: details });
  // The key is built from the code, so the typed `t` cannot check its parameters: they are the pattern's.
  const text = (t as unknown as (key: string, options: Record<string, string>) => string)(
    `directory.page.uncertainNotes.${part.key}`,
    part.params,
  );
  return details ? t('directory.page.uncertainNotes.withDetail', { note: text, detail: details }) : text;
}

/** The notes as sentences in the reader's language. */
export function uncertainNotes(note: string, t: TFunction): string[] {
  return parseUncertain(note).map((part) => noteText(part, t));
}
