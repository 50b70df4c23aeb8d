import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRereader, mentionQuery, mergeMessages, mustResubscribe } from './feed';
import type { FeedMessage } from './sender';

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

  it('keeps an edit or a deletion that came live over an older copy read before it', () => {
    const edited = { ...m(2, 'v2'), editedAt: '2026-03-01T10:00:05.000Z' };
    const deleted = { ...m(3, ''), deletedAt: '2026-03-01T10:00:06.000Z' };
    const current = [m(1), edited, deleted];
    // A page read before the edit and the deletion arrives after their live events.
    const stale = mergeMessages(current, [m(1, 'm1 bis'), m(2, 'v1'), { ...m(3, 'secret') }]);
    expect(stale.map((x) => [x.seq, x.body])).toEqual([
      [1, 'm1 bis'],
      [2, 'v2'],
      [3, ''],
    ]);
    const earlierEdit = mergeMessages(current, [{ ...m(2, 'v1.5'), editedAt: '2026-03-01T10:00:01.000Z' }]);
    expect(earlierEdit[1]!.body).toBe('v2');
    // Later states replace: a newer edit, a deletion (the text gone).
    const later = mergeMessages(current, [
      { ...m(2, 'v3'), editedAt: '2026-03-01T10:00:09.000Z' },
      { ...m(1, ''), deletedAt: '2026-03-01T10:00:10.000Z' },
    ]);
    expect(later.map((x) => [x.seq, x.body, Boolean(x.deletedAt)])).toEqual([
      [1, '', true],
      [2, 'v3', false],
      [3, '', true],
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

describe('reading the shown messages again after a resubscribe', () => {
  afterEach(() => vi.useRealTimers());

  /** A thread of `count` messages read through the keyset query: pages after `afterSeq`, at most `size`. */
  const thread = (count: number) => {
    const calls: [number, number][] = [];
    const readPage = (afterSeq: number, size: number) => {
      calls.push([afterSeq, size]);
      const page: FeedMessage[] = [];
      for (let seq = afterSeq + 1; seq <= Math.min(count, afterSeq + size); seq++) page.push(m(seq));
      return Promise.resolve(page);
    };
    return { calls, readPage };
  };
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('reads the shown range by afterSeq pages of the largest size: one request per page', async () => {
    const { calls, readPage } = thread(400);
    const pages: number[][] = [];
    const rereader = createRereader({
      range: () => ({ from: 51, to: 300 }),
      readPage,
      onPage: (p) => pages.push(p.map((x) => x.seq)),
    });
    rereader.reread();
    await settle();
    expect(calls).toEqual([
      [50, 100],
      [150, 100],
      [250, 100],
    ]);
    expect(pages.flat().slice(0, 250)).toEqual(Array.from({ length: 250 }, (_, i) => 51 + i));
  });

  it('stops at the last shown seq, or when the thread ends before it', async () => {
    const exact = thread(400);
    createRereader({ range: () => ({ from: 1, to: 200 }), readPage: exact.readPage, onPage: () => {} }).reread();
    await settle();
    expect(exact.calls).toEqual([
      [0, 100],
      [100, 100],
    ]);
    const short = thread(30);
    createRereader({ range: () => ({ from: 1, to: 30 }), readPage: short.readPage, onPage: () => {} }).reread();
    await settle();
    expect(short.calls).toEqual([[0, 100]]);
    const none = thread(30);
    createRereader({ range: () => null, readPage: none.readPage, onPage: () => {} }).reread();
    await settle();
    expect(none.calls).toEqual([]);
  });

  it('reads once more after the read under way when asked again meanwhile, with the range of that moment', async () => {
    let from = 11;
    const calls: number[] = [];
    let release: () => void = () => {};
    const readPage = (afterSeq: number) => {
      calls.push(afterSeq);
      // Everything up to the shown end in one page.
      return new Promise<FeedMessage[]>(
        (resolve) => (release = () => resolve(Array.from({ length: 40 - afterSeq }, (_, i) => m(afterSeq + 1 + i)))),
      );
    };
    const rereader = createRereader({ range: () => ({ from, to: 40 }), readPage, onPage: () => {} });
    rereader.reread();
    from = 1; // an older page loaded meanwhile
    rereader.reread();
    rereader.reread();
    expect(calls).toEqual([10]);
    release();
    await settle();
    expect(calls).toEqual([10, 0]);
    release();
    await settle();
    expect(calls).toEqual([10, 0]);
  });

  it('goes on after a page shorter than asked, up to the last shown seq', async () => {
    const calls: number[] = [];
    const readPage = (afterSeq: number) => {
      calls.push(afterSeq);
      // A server that caps pages lower than the client asks.
      return Promise.resolve(Array.from({ length: Math.min(50, 250 - afterSeq) }, (_, i) => m(afterSeq + 1 + i)));
    };
    createRereader({ range: () => ({ from: 1, to: 250 }), readPage, onPage: () => {} }).reread();
    await settle();
    expect(calls).toEqual([0, 50, 100, 150, 200]);
  });

  it('retries from the page that failed; asking again while a retry waits does not cut its delay short', async () => {
    vi.useFakeTimers();
    const calls: number[] = [];
    let failAt: number | null = 200;
    const readPage = (afterSeq: number, size: number) => {
      calls.push(afterSeq);
      if (afterSeq === failAt) return Promise.reject(new Error('offline'));
      return Promise.resolve(Array.from({ length: Math.min(size, 500 - afterSeq) }, (_, i) => m(afterSeq + 1 + i)));
    };
    const rereader = createRereader({ range: () => ({ from: 1, to: 500 }), readPage, onPage: () => {}, retryDelay: () => 2_000 });
    rereader.reread();
    await vi.advanceTimersByTimeAsync(10);
    expect(calls).toEqual([0, 100, 200]);
    failAt = null;
    await vi.advanceTimersByTimeAsync(2_000);
    expect(calls).toEqual([0, 100, 200, 200, 300, 400]);

    // A subscription ended again and again (every 100 ms) while the server is away.
    calls.length = 0;
    failAt = 0;
    rereader.reread();
    for (let t = 0; t < 1_900; t += 100) {
      await vi.advanceTimersByTimeAsync(100);
      rereader.reread();
    }
    expect(calls).toEqual([0]);
    await vi.advanceTimersByTimeAsync(200);
    expect(calls).toEqual([0, 0]); // the retry, on time, from the start (asked again meanwhile)
    rereader.stop();
  });

  it('retries a failed read a few times, and reads nothing once the view closed', async () => {
    vi.useFakeTimers();
    let failures = 2;
    const calls: number[] = [];
    const pages: FeedMessage[][] = [];
    const readPage = (afterSeq: number) => {
      calls.push(afterSeq);
      return failures-- > 0 ? Promise.reject(new Error('offline')) : Promise.resolve([m(afterSeq + 1)]);
    };
    const rereader = createRereader({
      range: () => ({ from: 5, to: 5 }),
      readPage,
      onPage: (page) => pages.push(page),
      retryDelay: () => 1000,
    });
    rereader.reread();
    await vi.advanceTimersByTimeAsync(2500);
    expect(calls).toEqual([4, 4, 4]);
    expect(pages).toEqual([[m(5)]]);

    failures = 10;
    rereader.reread();
    await vi.advanceTimersByTimeAsync(0);
    rereader.stop();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toHaveLength(4);
    rereader.reread();
    expect(calls).toHaveLength(4);
  });

  it('hands over no page that arrives after the view closed', async () => {
    let release: () => void = () => {};
    const pages: FeedMessage[][] = [];
    const rereader = createRereader({
      range: () => ({ from: 1, to: 1 }),
      readPage: () => new Promise((resolve) => (release = () => resolve([m(1)]))),
      onPage: (page) => pages.push(page),
    });
    rereader.reread();
    rereader.stop();
    release();
    await settle();
    expect(pages).toEqual([]);
  });
});

describe('createRereader: a request during a failing read', () => {
  const msg = (seq: number) => ({ id: `m${seq}`, seq }) as unknown as FeedMessage;

  it('a re-read of an older page asked for during a failing read is done by its retry', async () => {
    let from = 101; // shown: 101..300
    const calls: number[] = [];
    let fail = true;
    let release: () => void = () => {};
    const readPage = (afterSeq: number, size: number) => {
      calls.push(afterSeq);
      if (afterSeq >= 200 && fail) {
        // The second page of the READY read fails, once the older page has been asked for.
        return new Promise<FeedMessage[]>((_, reject) => (release = () => reject(new Error('network'))));
      }
      return Promise.resolve(Array.from({ length: size }, (_, i) => msg(afterSeq + 1 + i)).filter((m) => m.seq <= 300));
    };
    const rereader = createRereader({
      range: () => ({ from, to: 300 }),
      readPage,
      onPage: () => {},
      retryDelay: () => 1,
    });
    rereader.reread(300); // READY, afterSeq 300: reads 101..300
    await new Promise((r) => setTimeout(r, 5));
    // An older page (1..100) answered after READY: shown now, and asked to be read again up to 100.
    from = 1;
    rereader.reread(100);
    fail = false;
    release();
    await new Promise((r) => setTimeout(r, 50));
    // Something must read from afterSeq 0 (the older page) again.
    expect(calls).toContain(0);
  });
});
