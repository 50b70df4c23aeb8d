import { describe, expect, it } from 'vitest';
import { Outbox } from './outbox';

function memoryStorage() {
  const data = new Map<string, string>();
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
}

describe('outbox', () => {
  it('keeps unsent messages across a reload, per thread', () => {
    const storage = memoryStorage();
    const first = new Outbox(storage);
    first.add({ clientId: 'c-1-abcdef', threadId: 't1', body: 'Bonjour', writtenAt: '2027-03-30T09:00:00Z', state: 'sending' });
    first.add({ clientId: 'c-2-abcdef', threadId: 't2', body: 'Ailleurs', writtenAt: '2027-03-30T09:01:00Z', state: 'sending' });
    first.update('c-1-abcdef', { state: 'failed' });

    const afterReload = new Outbox(storage);
    expect(afterReload.forThread('t1')).toEqual([expect.objectContaining({ clientId: 'c-1-abcdef', state: 'failed' })]);
    afterReload.remove('c-1-abcdef');
    expect(new Outbox(storage).all().map((i) => i.clientId)).toEqual(['c-2-abcdef']);
  });

  it('survives garbage in storage', () => {
    const storage = memoryStorage();
    storage.setItem('tandem.outbox.v1', '{not json');
    expect(new Outbox(storage).all()).toEqual([]);
  });
});
