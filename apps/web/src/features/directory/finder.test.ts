import { describe, expect, it } from 'vitest';
import { finderFromParams, noThemeMatched } from './finder';

const KNOWN = new Set(['mobilite', 'alimentation', 'culture']);

describe('the Compagnon finder', () => {
  it('drops unknown theme codes and départements from a shared link, silently', () => {
    expect(finderFromParams(new URLSearchParams('theme=textile-et-mode&theme=alimentation&dep=33'), KNOWN)).toEqual({
      themes: ['alimentation'],
      department: '33',
    });
    expect(finderFromParams(new URLSearchParams('theme=mobilite&theme=mobilite&dep=00'), KNOWN)).toEqual({
      themes: ['mobilite'],
      department: null,
    });
  });

  it('says when no Compagnon matches any chosen theme', () => {
    const nearby = [{ reasonDetails: [{ code: 'HOSTED_TSF' }, { code: 'NEIGHBOURING_DEPARTMENT' }] }, { reasonDetails: [] }];
    expect(noThemeMatched(['culture'], nearby)).toBe(true);
    expect(noThemeMatched(['culture'], [...nearby, { reasonDetails: [{ code: 'THEMES_IN_COMMON' }] }])).toBe(false);
    expect(noThemeMatched(['culture'], [{ reasonDetails: [{ code: 'HOSTED_ON_THEMES' }] }])).toBe(false);
    // Nothing to match: no themes asked, or no suggestion at all (another message says so).
    expect(noThemeMatched([], nearby)).toBe(false);
    expect(noThemeMatched(['culture'], [])).toBe(false);
  });
});
