import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { mentionQuery, mergeMessages, mustResubscribe } from './feed';

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

describe('a live subscription ended by the server', () => {
  const ended = (code: string, reason?: string) =>
    new CombinedGraphQLErrors({
      data: null,
      errors: [{ message: 'ended', extensions: { code, ...(reason ? { reason } : {}) } }],
    });

  it('is started again from the last seq when it fell behind or its fan-out failed, not when access is gone', () => {
    expect(mustResubscribe(ended('CONFLICT', 'FELL_BEHIND'))).toBe(true);
    expect(mustResubscribe(ended('CONFLICT', 'STOPPED'))).toBe(true);
    expect(mustResubscribe(ended('NOT_FOUND'))).toBe(false);
    expect(mustResubscribe(ended('FORBIDDEN'))).toBe(false);
    expect(mustResubscribe(new Error('socket closed'))).toBe(false);
  });
});
