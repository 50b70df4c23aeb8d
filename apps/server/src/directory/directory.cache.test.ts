import { describe, expect, it } from 'vitest';
import { DirectoryCache } from './directory.cache.js';

function liveCache(connected = () => true) {
  const cache = new DirectoryCache({ enabled: true, connected });
  cache.setSubscribed(true);
  return cache;
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('the directory cache', () => {
  it('keeps a value until the next write', async () => {
    const cache = liveCache();
    let loads = 0;
    const load = async () => ++loads;
    expect(await cache.get('k', load)).toBe(1);
    expect(await cache.get('k', load)).toBe(1);
    cache.invalidate();
    expect(await cache.get('k', load)).toBe(2);
    expect(cache.stats).toMatchObject({ hits: 1, misses: 2 });
  });

  it('can drop what it keeps without a new generation (the rows have not changed)', async () => {
    const cache = liveCache();
    let loads = 0;
    const load = async () => ++loads;
    await cache.get('k', load);
    const generation = cache.current();
    cache.forgetKept();
    expect(cache.current()).toBe(generation);
    expect(await cache.get('k', load)).toBe(2);
    expect(cache.stats.invalidations).toBe(0);
  });

  it('does not keep a load that overlapped a write (it may hold the rows from before)', async () => {
    const cache = liveCache();
    const slow = deferred<string>();
    const first = cache.get('k', () => slow.promise);
    cache.invalidate(); // the write commits while the read is still running
    slow.resolve('before the write');
    expect(await first).toBe('before the write'); // that reader overlapped the write: either answer is fair
    expect(await cache.get('k', async () => 'after the write')).toBe('after the write');
  });

  it('lets concurrent misses of one key share one load', async () => {
    const cache = liveCache();
    const slow = deferred<number>();
    let loads = 0;
    const load = () => {
      loads++;
      return slow.promise;
    };
    const both = Promise.all([cache.get('k', load), cache.get('k', load)]);
    slow.resolve(7);
    expect(await both).toEqual([7, 7]);
    expect(loads).toBe(1);
  });

  it('does not keep failures', async () => {
    const cache = liveCache();
    await expect(cache.get('k', () => Promise.reject(new Error('db down')))).rejects.toThrow('db down');
    expect(await cache.get('k', async () => 'back')).toBe('back');
  });

  it('reads through while pub/sub may lose events, and until subscribed again', async () => {
    let connected = true;
    const cache = liveCache(() => connected);
    let loads = 0;
    const load = async () => ++loads;
    await cache.get('k', load);
    connected = false;
    expect(await cache.get('k', load)).toBe(2);
    expect(await cache.get('k', load)).toBe(3);
    connected = true;
    cache.setSubscribed(false); // resubscribing: what was kept before the drop is gone
    expect(await cache.get('k', load)).toBe(4);
    cache.setSubscribed(true);
    expect(await cache.get('k', load)).toBe(5);
    expect(await cache.get('k', load)).toBe(5);
  });

  it('reads through when turned off', async () => {
    const cache = new DirectoryCache({ enabled: false, connected: () => true });
    cache.setSubscribed(true);
    let loads = 0;
    const load = async () => ++loads;
    await cache.get('k', load);
    expect(await cache.get('k', load)).toBe(2);
    expect(cache.stats.hits).toBe(0);
  });
});
