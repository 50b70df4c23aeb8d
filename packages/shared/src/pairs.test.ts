import { describe, expect, it } from 'vitest';
import { addMonths, checkWishedDates, isIsoDay, parisToday } from './pairs.js';

describe('TSF dates', () => {
  it('knows real calendar days', () => {
    expect(isIsoDay('2027-03-30')).toBe(true);
    expect(isIsoDay('2027-02-31')).toBe(false);
    expect(isIsoDay('30/03/2027')).toBe(false);
  });

  it('refuses wished dates in the past or ending before they start', () => {
    const today = '2027-01-10';
    expect(checkWishedDates('2027-03-30', '2027-03-31', today)).toBeNull();
    expect(checkWishedDates(null, null, today)).toBeNull();
    expect(checkWishedDates('2027-01-09', null, today)).toBe('DATE_IN_PAST');
    expect(checkWishedDates('2027-03-30', '2027-03-29', today)).toBe('END_BEFORE_START');
    expect(checkWishedDates(null, '2027-03-29', today)).toBe('END_WITHOUT_START');
    expect(checkWishedDates('2027-13-01', null, today)).toBe('INVALID_DATE');
  });

  it('adds months the way a calendar does', () => {
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2027-08-15', 6)).toBe('2028-02-15');
    expect(parisToday(new Date('2027-03-29T23:30:00Z'))).toBe('2027-03-30');
  });

  it('knows the Paris day on either side of its midnight, one call after the other', () => {
    expect(parisToday(new Date('2027-01-14T22:59:59.999Z'))).toBe('2027-01-14');
    expect(parisToday(new Date('2027-01-14T23:00:00Z'))).toBe('2027-01-15');
    expect(parisToday(new Date('2027-07-14T21:59:30Z'))).toBe('2027-07-14');
    expect(parisToday(new Date('2027-07-14T21:59:59Z'))).toBe('2027-07-14');
    expect(parisToday(new Date('2027-07-14T22:00:00Z'))).toBe('2027-07-15');
  });
});
