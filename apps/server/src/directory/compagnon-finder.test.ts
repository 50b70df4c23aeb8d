import { describe, expect, it } from 'vitest';
import { rankCompagnons, reasonInFrench, type Candidate } from './compagnon-finder.js';
import { canEditDirectory, canSeePeople } from './directory.policy.js';

const pole = (id: string, overrides: Partial<Candidate> = {}): Candidate => ({
  id,
  name: id,
  departments: ['75'],
  region: 'Île-de-France',
  themes: [],
  hostedThemes: [],
  ...overrides,
});

describe('ranking Compagnons', () => {
  it('prefers shared themes, then TSFs hosted on them, then proximity', () => {
    const ranked = rankCompagnons(
      [
        pole('far-but-expert', {
          themes: ['mobilite'],
          hostedThemes: [['mobilite']],
          departments: ['13'],
          region: "Provence-Alpes-Côte d'Azur",
        }),
        pole('next-door', { departments: ['56'], region: 'Bretagne' }),
        pole('same-region', { departments: ['29'], region: 'Bretagne' }),
        pole('same-department', { departments: ['35'], region: 'Bretagne' }),
        pole('elsewhere'),
      ],
      { themes: ['mobilite'], department: '35' },
    );
    expect(ranked.map((r) => r.id)).toEqual(['far-but-expert', 'same-department', 'next-door', 'same-region', 'elsewhere']);
    expect(ranked.map((r) => r.score)).toEqual([5, 3, 2, 1, 0]);
    expect(ranked[4].reasons).toEqual([]);
  });

  it('words each reason in French', () => {
    const label = (code: string) => ({ mobilite: 'Mobilité', jeunesse: 'Jeunesse' })[code] ?? code;
    expect(reasonInFrench({ code: 'HOSTED_ON_THEMES', params: ['2', 'mobilite', 'jeunesse'] }, label)).toBe(
      'A déjà accueilli 2 TSF sur : mobilité, jeunesse',
    );
    expect(reasonInFrench({ code: 'SAME_REGION', params: ['Bretagne'] }, label)).toBe('Même région (Bretagne)');
    expect(reasonInFrench({ code: 'NEIGHBOURING_DEPARTMENT', params: ['56'] }, label)).toBe('Département voisin (Morbihan)');
  });
});

describe('directory policy', () => {
  it('only operators edit; anyone signed in sees people', () => {
    expect(canEditDirectory({ role: 'OPERATOR', ptceId: null })).toBe(true);
    expect(canEditDirectory({ role: 'COORDINATOR', ptceId: 'p' })).toBe(false);
    expect(canEditDirectory({ role: 'MEMBER', ptceId: 'p' })).toBe(false);
    expect(canEditDirectory(null)).toBe(false);
    expect(canSeePeople({ role: 'MEMBER', ptceId: 'p' })).toBe(true);
    expect(canSeePeople(null)).toBe(false);
  });
});
