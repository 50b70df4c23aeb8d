import { describe, expect, it } from 'vitest';
import { mentionQuery, mergeMessages } from './feed';

const m = (seq: number, body = `m${seq}`) => ({
  id: `id${seq}`,
  seq,
  clientId: `c${seq}`,
  body,
  createdAt: '',
  author: { id: 'a', displayName: 'A' },
});

describe('feed', () => {
  it('keeps one copy per seq, in order, the latest copy winning', () => {
    const merged = mergeMessages([m(1), m(3)], [m(2), m(3, 'edited'), m(1)]);
    expect(merged.map((x) => [x.seq, x.body])).toEqual([
      [1, 'm1'],
      [2, 'm2'],
      [3, 'edited'],
    ]);
  });

  it('finds the @mention being typed', () => {
    expect(mentionQuery('Bonjour @Cla', 12)).toBe('Cla');
    expect(mentionQuery('mail a@b', 8)).toBeNull();
    expect(mentionQuery('@', 1)).toBe('');
  });
});
