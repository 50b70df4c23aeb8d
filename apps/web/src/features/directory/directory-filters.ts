import { DEPARTMENTS, REGIONS } from '@tandem/shared';

/** The directory's filters, as they live in the URL (so a filtered view can be shared). */
export interface DirectoryFilters {
  search: string;
  themes: string[];
  departments: string[];
  regions: string[];
  compagnonOnly: boolean;
  eligibleOnly: boolean;
}

const KNOWN_DEPARTMENTS = new Set(DEPARTMENTS.map((d) => d.code));

export function filtersFromParams(params: URLSearchParams): DirectoryFilters {
  return {
    search: params.get('q') ?? '',
    themes: params.getAll('theme'),
    // Unknown codes in a hand-edited link are dropped rather than failing the whole page.
    departments: params.getAll('dep').filter((code) => KNOWN_DEPARTMENTS.has(code)),
    regions: params.getAll('region').filter((name) => REGIONS.includes(name)),
    compagnonOnly: params.get('compagnon') === '1',
    eligibleOnly: params.get('eligible') === '1',
  };
}

export function paramsFromFilters(filters: DirectoryFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.search.trim()) params.set('q', filters.search);
  for (const code of filters.themes) params.append('theme', code);
  for (const code of filters.departments) params.append('dep', code);
  for (const name of filters.regions) params.append('region', name);
  if (filters.compagnonOnly) params.set('compagnon', '1');
  if (filters.eligibleOnly) params.set('eligible', '1');
  return params;
}

export const toggle = (list: string[], value: string) =>
  list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
