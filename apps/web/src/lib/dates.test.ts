import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './dates';

describe('dates', () => {
  it('says a date as people do, in Paris time', () => {
    // 23:30 UTC on 29 March is already 30 March in Paris (summer time).
    expect(formatDate('2027-03-29T23:30:00.000Z', 'fr')).toBe('30 mars 2027');
    expect(formatDate('2027-03-29T23:30:00.000Z', 'en')).toBe('30 March 2027');
  });

  it('says a time the French way: « 9 h 30 », « 14 h »', () => {
    expect(formatDateTime('2027-03-30T07:30:00.000Z', 'fr')).toBe('mardi 30 mars 2027, 9 h 30');
    expect(formatDateTime('2027-03-30T12:00:00.000Z', 'fr')).toBe('mardi 30 mars 2027, 14 h');
    expect(formatDateTime('2027-03-30T07:30:00.000Z', 'en')).toBe('Tuesday, 30 March 2027 at 9:30');
  });
});
