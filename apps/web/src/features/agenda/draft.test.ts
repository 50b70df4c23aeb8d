import { describe, expect, it } from 'vitest';
import { differingFields, emptyDraft, mergeDrafts } from './draft';

describe('resolving an agenda conflict', () => {
  it('lists only the fields that differ, and merges field by field', () => {
    const theirs = { ...emptyDraft('2027-03-30'), title: 'Visite du garage', startTime: '10:00' };
    const mine = { ...emptyDraft('2027-03-30'), title: 'Visite du garage solidaire', notes: 'Bottes' };
    expect(differingFields(mine, theirs)).toEqual(['startTime', 'title', 'notes']);
    const merged = mergeDrafts(mine, theirs, new Set(['title'] as const));
    expect(merged).toMatchObject({ title: 'Visite du garage solidaire', startTime: '10:00', notes: '' });
  });
});
