// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readDraft, writeDraft } from './drafts';
import { outbox } from './outbox';
import { flushOutbox } from './sender';
import { forgetThreadsOf } from './sign-out';

beforeEach(() => {
  localStorage.clear();
  outbox.all().forEach((item) => outbox.remove(item.clientId));
});

describe('log-out on a shared browser', () => {
  it("removes the person's drafts (only theirs) and keeps their unsent messages, unsent, for their next sign-in", async () => {
    writeDraft('x', 't1', 'Brouillon de X');
    writeDraft('x', 't2', 'Autre brouillon de X');
    writeDraft('y', 't1', 'Brouillon de Y');
    localStorage.setItem('tandem.other', 'gardé');
    outbox.add({
      clientId: 'c-x',
      authorId: 'x',
      threadId: 't1',
      body: 'Pas encore parti',
      writtenAt: '2027-03-30T09:00:00Z',
      state: 'failed',
    });
    const mutate = vi.fn(async () => ({ data: { postMessage: null } }));
    forgetThreadsOf('x');

    expect(readDraft('x', 't1')).toBe('');
    expect(readDraft('x', 't2')).toBe('');
    expect(readDraft('y', 't1')).toBe('Brouillon de Y');
    expect(localStorage.getItem('tandem.other')).toBe('gardé');
    expect(outbox.all().map((i) => i.clientId)).toEqual(['c-x']);
    // The next person's flush does not send it.
    await flushOutbox({ mutate } as never, 'y');
    expect(mutate).not.toHaveBeenCalled();
  });
});
