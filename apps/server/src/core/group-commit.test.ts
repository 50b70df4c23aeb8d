import { describe, expect, it } from 'vitest';
import { GroupCommit, type Outcome } from './group-commit.js';

/** A group commit whose writes are recorded and held until released. */
function recorder(options: { after?: (items: number[]) => Promise<void>; maxBatch?: number } = {}) {
  const batches: { lane: string; items: number[] }[] = [];
  const held: (() => void)[] = [];
  const commit = new GroupCommit<number, number>({
    write: async (lane, items) => {
      batches.push({ lane, items });
      await new Promise<void>((release) => held.push(release));
      if (items.includes(-1)) throw new Error('the whole batch failed');
      return items.map((n): Outcome<number> =>
        n === 13 ? { ok: false, error: new Error('13 is refused') } : { ok: true, value: n * 10 },
      );
    },
    after: options.after ? (_lane, items) => options.after!(items) : undefined,
    maxBatch: options.maxBatch,
  });
  /** Lets every write scheduled so far, and those they lead to, finish. */
  const releaseAll = async () => {
    for (;;) {
      await new Promise((r) => setImmediate(r));
      if (held.length === 0) return;
      held.shift()!();
    }
  };
  return { commit, batches, held, releaseAll };
}

describe('GroupCommit', () => {
  it('writes the items of one turn together, and those that came during a write in the next batch', async () => {
    const { commit, batches, releaseAll } = recorder();
    const first = [1, 2, 3].map((n) => commit.submit('a', n));
    await new Promise((r) => setImmediate(r));
    expect(batches).toEqual([{ lane: 'a', items: [1, 2, 3] }]);
    // The first batch is still being written: these wait for it, then go as one.
    const second = [4, 5].map((n) => commit.submit('a', n));
    await new Promise((r) => setImmediate(r));
    expect(batches).toHaveLength(1);
    await releaseAll();
    expect(await Promise.all([...first, ...second])).toEqual([10, 20, 30, 40, 50]);
    expect(batches).toEqual([
      { lane: 'a', items: [1, 2, 3] },
      { lane: 'a', items: [4, 5] },
    ]);
  });

  it("with start 'now', an idle lane writes once the current job's promises are done, before the next turn", async () => {
    const batches: number[][] = [];
    const commit = new GroupCommit<number, number>({
      write: async (_lane, items) => (batches.push(items), items.map((n) => ({ ok: true as const, value: n }))),
      start: 'now',
    });
    const all = [1, 2].map((n) => commit.submit('a', n));
    await Promise.resolve();
    expect(batches).toEqual([[1, 2]]); // no turn of the event loop waited for
    expect(await Promise.all(all)).toEqual([1, 2]);
  });

  it('lanes do not wait for each other', async () => {
    const { commit, batches, releaseAll } = recorder();
    const a = commit.submit('a', 1);
    await new Promise((r) => setImmediate(r));
    const b = commit.submit('b', 2);
    await new Promise((r) => setImmediate(r));
    expect(batches.map((batch) => batch.lane)).toEqual(['a', 'b']);
    await releaseAll();
    expect(await Promise.all([a, b])).toEqual([10, 20]);
  });

  it('gives each item its own outcome; a failed write fails its batch only', async () => {
    const { commit, releaseAll } = recorder();
    // Outcomes are taken as they come (a rejection left waiting is an unhandled one).
    const outcome = (n: number) =>
      commit.submit('a', n).then(
        (value) => value,
        (error: Error) => error.message,
      );
    const mixed = [7, 13, 8].map(outcome);
    await new Promise((r) => setImmediate(r));
    const doomed = [-1, 9].map(outcome);
    await new Promise((r) => setImmediate(r));
    await releaseAll();
    const later = outcome(4);
    await releaseAll();
    expect(await Promise.all([...mixed, ...doomed, later])).toEqual([
      70,
      '13 is refused',
      80,
      'the whole batch failed',
      'the whole batch failed',
      40,
    ]);
  });

  it('holds batches to maxBatch items', async () => {
    const { commit, batches, releaseAll } = recorder({ maxBatch: 2 });
    const all = [1, 2, 3, 4, 5].map((n) => commit.submit('a', n));
    await new Promise((r) => setImmediate(r));
    await releaseAll();
    expect(await Promise.all(all)).toEqual([10, 20, 30, 40, 50]);
    expect(batches.map((batch) => batch.items)).toEqual([[1, 2], [3, 4], [5]]);
  });

  it('settles a batch after its follow-up work, while the next batch is already being written', async () => {
    let finishAfter!: () => void;
    const afterDone = new Promise<void>((resolve) => (finishAfter = resolve));
    const afterCalls: number[][] = [];
    const { commit, batches, releaseAll } = recorder({
      after: async (items) => {
        afterCalls.push(items);
        if (items.includes(1)) await afterDone;
      },
    });
    let firstSettled = false;
    const first = commit.submit('a', 1).then((v) => ((firstSettled = true), v));
    await new Promise((r) => setImmediate(r));
    const second = commit.submit('a', 2);
    await releaseAll();
    // The second batch was written while the first one's follow-up work still ran.
    expect(batches.map((batch) => batch.items)).toEqual([[1], [2]]);
    expect(await second).toBe(20);
    expect(firstSettled).toBe(false);
    finishAfter();
    expect(await first).toBe(10);
    expect(afterCalls).toEqual([[1], [2]]);
  });
});
