import { departmentByCode } from '@tandem/shared';

/**
 * The finder's choices from a shared link. Unknown theme codes and départements (a hand-edited or old
 * link) are dropped silently, as the directory does, instead of showing a raw code and failing the query.
 */
export function finderFromParams(
  params: URLSearchParams,
  knownThemes: ReadonlySet<string>,
): { themes: string[]; department: string | null } {
  const themes = [...new Set(params.getAll('theme'))].filter((code) => knownThemes.has(code));
  const department = params.get('dep');
  return { themes, department: department && departmentByCode(department) ? department : null };
}

const THEME_REASONS = new Set(['THEMES_IN_COMMON', 'HOSTED_ON_THEMES']);

/** True when themes were asked and no suggestion matches any of them (the ranking then falls back on place). */
export function noThemeMatched(
  askedThemes: readonly string[],
  suggestions: readonly { reasonDetails: readonly { code: string }[] }[],
): boolean {
  if (askedThemes.length === 0 || suggestions.length === 0) return false;
  return !suggestions.some((s) => s.reasonDetails.some((r) => THEME_REASONS.has(r.code)));
}
