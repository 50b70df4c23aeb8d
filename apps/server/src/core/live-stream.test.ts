import { describe, expect, it } from 'vitest';
import { LiveStream } from './live-stream.js';

const tick = () => new Promise((resolve) => setImmediate(resolve));

/** A stream whose `run` only waits for its end; pushes come from the test. */
function idleStream<T>(limit = 3) {
  let ran = 0;
  const stream = new LiveStream<T>(limit, async (s) => {
    ran++;
    await s.stopped;
  });
  return { stream, ran: () => ran };
}

describe('LiveStream', () => {
  it('starts its run on the first next(), not before', async () => {
    const { stream, ran } = idleStream<number>();
    await tick();
    expect(ran()).toBe(0);
    const first = stream.next();
    await tick();
    expect(ran()).toBe(1);
    stream.push(7);
    expect(await first).toEqual({ value: 7, done: false });
    void stream.next(); // a second next() does not run it again
    await tick();
    expect(ran()).toBe(1);
  });

  it('hands out in order what was pushed before and after the consumer asked', async () => {
    const { stream } = idleStream<number>(10);
    const waiting = [stream.next(), stream.next()];
    await tick();
    for (const n of [1, 2, 3, 4]) expect(stream.push(n)).toBe(true);
    expect(await Promise.all(waiting)).toEqual([
      { value: 1, done: false },
      { value: 2, done: false },
    ]);
    expect(await stream.next()).toEqual({ value: 3, done: false });
    expect(await stream.next()).toEqual({ value: 4, done: false });
  });

  it('still hands out what it holds after an end with an error, then the error once, then done', async () => {
    const { stream } = idleStream<number>(2);
    const first = stream.next();
    await tick();
    stream.push(1);
    await first;
    expect(stream.push(2)).toBe(true);
    expect(stream.push(3)).toBe(true);
    expect(stream.push(4)).toBe(false); // two wait already
    stream.end(new Error('fell behind'));
    expect(stream.push(5)).toBe(false); // ended
    expect(await stream.next()).toEqual({ value: 2, done: false });
    expect(await stream.next()).toEqual({ value: 3, done: false });
    await expect(stream.next()).rejects.toThrow('fell behind');
    expect(await stream.next()).toEqual({ value: undefined, done: true });
  });

  it('settles a waiting consumer when it ends: with the error, or done', async () => {
    const failing = idleStream<number>().stream;
    const waiting = failing.next();
    await tick();
    failing.end(new Error('stopped'));
    await expect(waiting).rejects.toThrow('stopped');

    const ending = idleStream<number>().stream;
    const pending = ending.next();
    await tick();
    ending.end();
    expect(await pending).toEqual({ value: undefined, done: true });
  });

  it('return() drops what it holds, ends the run, and throws nothing', async () => {
    let finished = false;
    const stream = new LiveStream<number>(5, async (s) => {
      await s.stopped;
      finished = true;
    });
    const first = stream.next();
    await tick();
    stream.push(1);
    await first;
    stream.push(2);
    stream.end(new Error('ignored: the consumer left'));
    expect(await stream.return()).toEqual({ value: undefined, done: true });
    await tick();
    expect(finished).toBe(true);
    expect(await stream.next()).toEqual({ value: undefined, done: true });
  });

  it('ends with the error its run throws, after what the run pushed', async () => {
    const stream = new LiveStream<number>(5, async (s) => {
      s.push(1);
      throw new Error('database away');
    });
    expect(await stream.next()).toEqual({ value: 1, done: false });
    await expect(stream.next()).rejects.toThrow('database away');
  });

  it('demanded() waits until the consumer took everything and asks for more', async () => {
    const steps: string[] = [];
    const stream = new LiveStream<number>(5, async (s) => {
      for (const n of [1, 2, 3]) {
        s.push(n);
        steps.push(`pushed ${n}`);
        await s.demanded();
      }
    });
    expect(await stream.next()).toEqual({ value: 1, done: false });
    await tick();
    // 1 was taken, but nobody asked for more yet: the run waits.
    expect(steps).toEqual(['pushed 1']);
    const second = stream.next();
    expect(await second).toEqual({ value: 2, done: false });
    await tick();
    expect(steps).toEqual(['pushed 1', 'pushed 2']);
    stream.end();
    await tick();
    // An end wakes the run; what it pushes afterwards is refused.
    expect(steps).toEqual(['pushed 1', 'pushed 2', 'pushed 3']);
    expect(await stream.next()).toEqual({ value: undefined, done: true });
  });
});
