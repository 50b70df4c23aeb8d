import { afterEach, describe, expect, it, vi } from 'vitest';
import { Outbox, outbox, type OutboxItem } from './outbox';
import { flushOutbox, stopSendingOutbox } from './sender';

function memoryStorage() {
  const data = new Map<string, string>();
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) };
}

describe('outbox', () => {
  it('keeps unsent messages across a reload, per thread', () => {
    const storage = memoryStorage();
    const first = new Outbox(storage);
    first.add({
      clientId: 'c-1-abcdef',
      authorId: 'u1',
      threadId: 't1',
      body: 'Bonjour',
      writtenAt: '2027-03-30T09:00:00Z',
      state: 'sending',
    });
    first.add({
      clientId: 'c-2-abcdef',
      authorId: 'u1',
      threadId: 't2',
      body: 'Ailleurs',
      writtenAt: '2027-03-30T09:01:00Z',
      state: 'sending',
    });
    first.update('c-1-abcdef', { state: 'failed' });

    const afterReload = new Outbox(storage);
    expect(afterReload.forThread('t1', 'u1')).toEqual([expect.objectContaining({ clientId: 'c-1-abcdef', state: 'failed' })]);
    afterReload.remove('c-1-abcdef');
    expect(new Outbox(storage).all().map((i) => i.clientId)).toEqual(['c-2-abcdef']);
  });

  it('two tabs: a change in one keeps what the other added meanwhile', () => {
    const storage = memoryStorage();
    const item = (clientId: string): OutboxItem => ({
      clientId,
      authorId: 'u1',
      threadId: 't1',
      body: clientId,
      writtenAt: '2027-03-30T09:00:00Z',
      state: 'sending',
    });
    const tabA = new Outbox(storage);
    const tabB = new Outbox(storage); // opened before A wrote anything
    tabA.add(item('from-a-abcdef'));
    tabB.add(item('from-b-abcdef'));
    expect(new Outbox(storage).all().map((i) => i.clientId)).toEqual(['from-a-abcdef', 'from-b-abcdef']);
    tabB.update('from-b-abcdef', { state: 'failed' });
    tabA.remove('from-a-abcdef');
    expect(new Outbox(storage).all()).toEqual([expect.objectContaining({ clientId: 'from-b-abcdef', state: 'failed' })]);
  });

  it('survives garbage in storage', () => {
    const storage = memoryStorage();
    storage.setItem('tandem.outbox.v1', '{not json');
    expect(new Outbox(storage).all()).toEqual([]);
  });
});

const entry = (clientId: string, authorId: string): OutboxItem => ({
  clientId,
  authorId,
  threadId: 't1',
  body: `écrit par ${authorId}`,
  writtenAt: '2027-03-30T09:00:00Z',
  state: 'sending',
});

describe('outbox on a shared browser: entries belong to their author', () => {
  afterEach(() => outbox.all().forEach((item) => outbox.remove(item.clientId)));

  it('shows a person only their own entries (none when nobody is signed in)', () => {
    const box = new Outbox(memoryStorage());
    box.add(entry('c-x', 'x'));
    box.add(entry('c-y', 'y'));
    expect(box.of('y').map((i) => i.clientId)).toEqual(['c-y']);
    expect(box.forThread('t1', 'x').map((i) => i.clientId)).toEqual(['c-x']);
    expect(box.of(undefined)).toEqual([]);
  });

  it("sends only the signed-in person's entries; another's stay stored, unsent, for their next sign-in", async () => {
    outbox.add(entry('c-x', 'x'));
    outbox.add(entry('c-y', 'y'));
    const mutate = vi.fn(async ({ variables }: { variables: { input: { clientId: string } } }) => ({
      data: { postMessage: null, sent: variables.input.clientId },
    }));
    await flushOutbox({ mutate } as never, 'y');
    expect(mutate.mock.calls.map(([o]) => o.variables.input.clientId)).toEqual(['c-y']);
    expect(outbox.all().map((i) => i.clientId)).toEqual(['c-x']);
    // Nobody signed in: nothing is sent.
    await flushOutbox({ mutate } as never, undefined);
    expect(mutate).toHaveBeenCalledTimes(1);
    // X signs in again: their message goes, under their session.
    await flushOutbox({ mutate } as never, 'x');
    expect(mutate.mock.calls.map(([o]) => o.variables.input.clientId)).toEqual(['c-y', 'c-x']);
  });

  it('stops sending at log-out, even in the middle of a flush', async () => {
    outbox.add(entry('c-x1', 'x'));
    outbox.add(entry('c-x2', 'x'));
    const mutate = vi.fn(async () => {
      // X logs out while their first message is on its way.
      stopSendingOutbox();
      return { data: { postMessage: null } };
    });
    await flushOutbox({ mutate } as never, 'x');
    expect(mutate).toHaveBeenCalledTimes(1);
    expect(outbox.all().map((i) => i.clientId)).toEqual(['c-x2']);
  });
});
