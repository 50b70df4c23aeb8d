import { Repeater } from '@graphql-yoga/subscription';
import { describe, expect, it } from 'vitest';
import { LiveStream } from './live-stream.js';

const tick = () => new Promise((r) => setImmediate(r));
type Op = 'next' | 'push' | 'flood' | 'end' | 'endErr' | 'return' | 'tick';
const OPS: Op[] = ['next', 'next', 'next', 'push', 'push', 'flood', 'end', 'endErr', 'return', 'tick', 'tick'];

interface Adapter {
  next(): Promise<IteratorResult<number>>;
  ret(): Promise<IteratorResult<number>>;
  push(v: number): 'ok' | 'overflow' | 'none';
  end(err?: Error): void;
}
function repeater(): Adapter {
  let push: ((v: number) => Promise<unknown>) | undefined;
  let stop: ((e?: Error) => void) | undefined;
  let stopped = false;
  const r = new Repeater<number>(async (p, s) => {
    push = p;
    stop = s as (e?: Error) => void;
    await s;
  });
  return {
    next: () => r.next(),
    // (return() also stops)
    ret: () => r.return().catch(() => ({ value: undefined, done: true as const })),
    push(v) {
      if (!push) return 'none';
      if (stopped) return 'ok';
      try {
        push(v).catch(() => {});
        return 'ok';
      } catch {
        return 'overflow';
      }
    },
    end(err) {
      if (stop) stopped = true;
      stop?.(err);
    },
  };
}
function live(): Adapter {
  let started = false;
  const s = new LiveStream<number>(1024, async (st) => {
    started = true;
    await st.stopped;
  });
  return {
    next: () => s.next(),
    ret: () => s.return(),
    push(v) {
      if (!started) return 'none';
      return s.push(v) || s.ended ? 'ok' : 'overflow';
    },
    end(err) {
      if (started) s.end(err);
    },
  };
}
function rng(seed: number) {
  return () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
}
async function play(a: Adapter, ops: Op[]) {
  const log: string[] = [];
  let n = 0;
  let v = 0;
  const watch = (label: string, p: Promise<IteratorResult<number>>) =>
    p.then(
      (r) => log.push(`${label}=${r.done ? 'done' : r.value}`),
      (e: Error) => log.push(`${label}!${e.message}`),
    );
  for (const op of ops) {
    if (op === 'next') watch(`n${n++}`, a.next());
    else if (op === 'push') log.push(`push:${a.push(v++)}`);
    else if (op === 'flood') {
      const out = new Set<string>();
      for (let i = 0; i < 1030; i++) out.add(a.push(v++));
      log.push(`flood:${[...out].join('/')}`);
    } else if (op === 'end') a.end();
    else if (op === 'endErr') a.end(new Error('E'));
    else if (op === 'return') watch(`r${n++}`, a.ret());
    else await tick();
  }
  await tick();
  await tick();
  const pushes = log.filter((l) => l.startsWith('push') || l.startsWith('flood'));
  const results = log.filter((l) => !(l.startsWith('push') || l.startsWith('flood'))).sort();
  return [...pushes, ...results];
}

// LiveStream replaced a Repeater (@repeaterjs, through @graphql-yoga/subscription) per thread subscriber:
// random sequences of next / push / a flood past the 1,024 limit / end / end with an error / return,
// played on both, must give the same results. With no tick between operations, only the kind of
// end may differ (an error or done, when several next() wait at once: graphql-ws never does that).
describe('LiveStream vs Repeater', () => {
  it('same observable results for random op sequences (ticks between ops)', async () => {
    const diffs: unknown[] = [];
    for (let seed = 1; seed <= 400; seed++) {
      const r = rng(seed);
      const ops: Op[] = ['next', 'tick'];
      for (let i = 0; i < 10; i++) {
        ops.push(OPS[Math.floor(r() * OPS.length)]!);
        ops.push('tick');
      }
      const a = await play(repeater(), ops);
      const b = await play(live(), ops);
      if (JSON.stringify(a) !== JSON.stringify(b))
        diffs.push({ seed, ops: ops.filter((o) => o !== 'tick'), repeater: a, live: b });
      if (diffs.length > 5) break;
    }
    expect(diffs).toEqual([]);
  }, 120_000);
  it('same observable results without ticks between ops', async () => {
    const diffs: unknown[] = [];
    for (let seed = 1; seed <= 1000; seed++) {
      const r = rng(seed * 7);
      const ops: Op[] = ['next', 'tick'];
      for (let i = 0; i < 12; i++) ops.push(OPS[Math.floor(r() * OPS.length)]!);
      const a = await play(repeater(), ops);
      const b = await play(live(), ops);
      const norm = (l: string[]) => l.map((x) => x.replace(/^(n\d+)(!E|=done)$/, '$1=end'));
      if (JSON.stringify(norm(a)) !== JSON.stringify(norm(b))) diffs.push({ seed, ops, repeater: a, live: b });
      if (diffs.length > 5) break;
    }
    expect(diffs).toEqual([]);
  }, 120_000);
});
