import { departmentByCode } from '@tandem/shared';

// The Compagnon finder's ranking, pure so it reads (and is tested) apart from the database.

export interface Candidate {
  id: string;
  name: string;
  departments: string[];
  region: string | null;
  themes: string[];
  /** Theme codes of every ACTIVE or COMPLETED TSF it hosted (one entry per TSF). */
  hostedThemes: string[][];
}

export interface Ask {
  themes: string[];
  department: string | null;
}

export interface Reason {
  code: 'THEMES_IN_COMMON' | 'HOSTED_ON_THEMES' | 'HOSTED_TSF' | 'SAME_DEPARTMENT' | 'NEIGHBOURING_DEPARTMENT' | 'SAME_REGION';
  params: string[];
}

export interface Ranked {
  id: string;
  score: number;
  reasons: Reason[];
}

// Weights: a theme in common is worth most, a TSF already hosted on it next; proximity breaks ties
// between equally relevant pôles (two days of visits are easier close by).
const WEIGHTS = { theme: 3, hostedTheme: 2, hostedAny: 1, sameDepartment: 3, neighbour: 2, sameRegion: 1 };

export function rankCompagnons(candidates: Candidate[], ask: Ask): Ranked[] {
  const wanted = new Set(ask.themes);
  const home = ask.department ? departmentByCode(ask.department) : undefined;
  const ranked = candidates.map((c) => {
    const reasons: Reason[] = [];
    let score = 0;
    const common = ask.themes.filter((t) => c.themes.includes(t));
    if (common.length > 0) {
      score += WEIGHTS.theme * common.length;
      reasons.push({ code: 'THEMES_IN_COMMON', params: common });
    }
    const hostedOnWanted = c.hostedThemes.filter((themes) => themes.some((t) => wanted.has(t)));
    const hostedCodes = ask.themes.filter((t) => hostedOnWanted.some((themes) => themes.includes(t)));
    if (hostedCodes.length > 0) {
      score += WEIGHTS.hostedTheme * hostedCodes.length;
      reasons.push({ code: 'HOSTED_ON_THEMES', params: [String(hostedOnWanted.length), ...hostedCodes] });
    } else if (c.hostedThemes.length > 0) {
      score += WEIGHTS.hostedAny;
      reasons.push({ code: 'HOSTED_TSF', params: [String(c.hostedThemes.length)] });
    }
    if (home) {
      if (c.departments.includes(home.code)) {
        score += WEIGHTS.sameDepartment;
        reasons.push({ code: 'SAME_DEPARTMENT', params: [home.code] });
      } else {
        const neighbour = c.departments.find((code) => home.neighbours.includes(code));
        if (neighbour) {
          score += WEIGHTS.neighbour;
          reasons.push({ code: 'NEIGHBOURING_DEPARTMENT', params: [neighbour] });
        } else if (c.region && c.region === home.region) {
          score += WEIGHTS.sameRegion;
          reasons.push({ code: 'SAME_REGION', params: [home.region] });
        }
      }
    }
    return { id: c.id, name: c.name, score, reasons };
  });
  ranked.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, 'fr'));
  return ranked.map(({ id, score, reasons }) => ({ id, score, reasons }));
}

/** The reason as a French sentence; `label` gives a theme's French label. */
export function reasonInFrench(reason: Reason, label: (code: string) => string): string {
  const themes = (codes: string[]) => codes.map((c) => label(c).toLowerCase()).join(', ');
  switch (reason.code) {
    case 'THEMES_IN_COMMON':
      return `Travaille sur : ${themes(reason.params)}`;
    case 'HOSTED_ON_THEMES': {
      const [count, ...codes] = reason.params;
      return count === '1'
        ? `A déjà accueilli un TSF sur : ${themes(codes)}`
        : `A déjà accueilli ${count} TSF sur : ${themes(codes)}`;
    }
    case 'HOSTED_TSF':
      return reason.params[0] === '1' ? 'A déjà accueilli un TSF' : `A déjà accueilli ${reason.params[0]} TSF`;
    case 'SAME_DEPARTMENT':
      return `Même département (${departmentByCode(reason.params[0])?.name ?? reason.params[0]})`;
    case 'NEIGHBOURING_DEPARTMENT':
      return `Département voisin (${departmentByCode(reason.params[0])?.name ?? reason.params[0]})`;
    case 'SAME_REGION':
      return `Même région (${reason.params[0]})`;
  }
}
