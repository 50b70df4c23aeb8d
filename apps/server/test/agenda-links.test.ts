import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/app.js';
import { errorCode } from './support/client.js';
import { ADD, AGENDA, addItem, itemInput, makeMember, pairWithBothSides, signedIn, UPDATE, type Item } from './support/agenda.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

const HOST_STRUCTURES = `query($id: ID!) { pair(id: $id) { compagnon { members { id name } } } }`;
const CREATE_THREAD = `mutation($input: CreateThreadInput!) {
  createThread(input: $input) { id title agendaItemId agendaItem { id title day startTime } }
}`;
const ITEM_THREAD = `query($id: ID!) { pair(id: $id) { agenda { id thread { id title } } } }`;

type LinkedThread = { id: string; title: string; agendaItemId: string | null; agendaItem: { id: string; title: string } | null };

describe('agenda hosts picked from the directory', () => {
  it("a structure host is a member structure of the Compagnon, chosen from the directory's list", async () => {
    const { pair, compagnon, beneficiary } = await pairWithBothSides(t);
    const garage = await makeMember(t.app, pair.compagnonId, 'Garage solidaire Mobilité 40');
    const theirs = await makeMember(t.app, pair.beneficiaryId, 'Recyclerie du Pays basque');

    // The form's list: the members of the host PTCE, as the directory exposes them.
    const listed = await beneficiary.gql<{ pair: { compagnon: { members: { id: string; name: string }[] } } }>(HOST_STRUCTURES, {
      id: pair.id,
    });
    expect(listed.data?.pair.compagnon.members).toEqual([{ id: garage.id, name: garage.name }]);

    const item = await addItem(beneficiary, pair.id, {
      hosts: [
        { kind: 'STRUCTURE', name: garage.name, structureRef: garage.id },
        { kind: 'PERSON', name: 'Anne Laborde', role: 'Directrice' },
      ],
    });
    expect(item.hosts).toEqual([
      { kind: 'STRUCTURE', name: garage.name, role: null, structureRef: garage.id },
      { kind: 'PERSON', name: 'Anne Laborde', role: 'Directrice', structureRef: null },
    ]);

    // A structure of the other PTCE, or an id that is no member at all: refused, nothing written.
    for (const structureRef of [theirs.id, 'not-a-member']) {
      const added = await beneficiary.gql(ADD, {
        input: itemInput(pair.id, { title: 'Visite', hosts: [{ kind: 'STRUCTURE', name: 'X', structureRef }] }),
      });
      expect(errorCode(added)).toBe('BAD_USER_INPUT');
      expect(added.errors?.[0].extensions?.reason).toBe('UNKNOWN_STRUCTURE');
      const updated = await compagnon.gql(UPDATE, {
        input: { id: item.id, expectedVersion: 1, hosts: [{ kind: 'STRUCTURE', name: 'X', structureRef }] },
      });
      expect(updated.errors?.[0].extensions?.reason).toBe('UNKNOWN_STRUCTURE');
    }
    const agenda = (await compagnon.gql<{ pair: { agenda: Item[] } }>(AGENDA, { id: pair.id })).data!.pair.agenda;
    expect(agenda).toHaveLength(1);
    expect(agenda[0]).toMatchObject({ version: 1, hosts: item.hosts });
  });
});

describe('an agenda item opens a thread about it', () => {
  it('the thread and the item point at each other; opening it twice gives the same thread', async () => {
    const { pair, compagnon, beneficiary } = await pairWithBothSides(t);
    const item = await addItem(compagnon, pair.id, { title: 'Visite du garage solidaire' });
    const before = await beneficiary.gql<{ pair: { agenda: { id: string; thread: unknown }[] } }>(ITEM_THREAD, { id: pair.id });
    expect(before.data?.pair.agenda).toEqual([{ id: item.id, thread: null }]);

    const opened = await beneficiary.gql<{ createThread: LinkedThread }>(CREATE_THREAD, {
      input: { pairId: pair.id, title: item.title, agendaItemId: item.id },
    });
    expect(opened.data?.createThread).toMatchObject({
      title: 'Visite du garage solidaire',
      agendaItemId: item.id,
      agendaItem: { id: item.id, title: item.title, day: item.day, startTime: item.startTime },
    });
    const threadId = opened.data!.createThread.id;

    const after = await compagnon.gql<{ pair: { agenda: { id: string; thread: { id: string } | null }[] } }>(ITEM_THREAD, {
      id: pair.id,
    });
    expect(after.data?.pair.agenda).toEqual([{ id: item.id, thread: { id: threadId, title: item.title } }]);

    // The other side clicks too (even at the same time): one thread per item.
    const again = await Promise.all(
      [compagnon, beneficiary].map((c) =>
        c.gql<{ createThread: LinkedThread }>(CREATE_THREAD, {
          input: { pairId: pair.id, title: 'Autre', agendaItemId: item.id },
        }),
      ),
    );
    expect(again.map((r) => r.data?.createThread.id)).toEqual([threadId, threadId]);
    const threads = await compagnon.gql<{ pair: { threads: { id: string }[] } }>(
      'query($id: ID!) { pair(id: $id) { threads { id } } }',
      {
        id: pair.id,
      },
    );
    expect(threads.data?.pair.threads).toEqual([{ id: threadId }]);
  });

  it('two people opening the discussion of a new item at once get one thread', async () => {
    const { pair, compagnon, beneficiary } = await pairWithBothSides(t);
    const item = await addItem(compagnon, pair.id);
    const both = await Promise.all(
      [compagnon, beneficiary, compagnon, beneficiary].map((c) =>
        c.gql<{ createThread: LinkedThread }>(CREATE_THREAD, {
          input: { pairId: pair.id, title: item.title, agendaItemId: item.id },
        }),
      ),
    );
    expect(both.map((r) => r.errors)).toEqual([undefined, undefined, undefined, undefined]);
    expect(new Set(both.map((r) => r.data!.createThread.id)).size).toBe(1);
  });

  it("an item of another pair answers NOT_FOUND, and an outsider cannot open or see the item's thread", async () => {
    const { pair, compagnon } = await pairWithBothSides(t);
    const other = await pairWithBothSides(t);
    const otherItem = await addItem(other.compagnon, other.pair.id, { title: 'Chez les autres' });

    const wrongPair = await compagnon.gql(CREATE_THREAD, {
      input: { pairId: pair.id, title: 'Curieux', agendaItemId: otherItem.id },
    });
    expect(errorCode(wrongPair)).toBe('NOT_FOUND');
    const unknown = await compagnon.gql(CREATE_THREAD, { input: { pairId: pair.id, title: 'Curieux', agendaItemId: 'nope' } });
    expect(errorCode(unknown)).toBe('NOT_FOUND');

    const outsider = await signedIn(t);
    const intruding = await outsider.gql(CREATE_THREAD, {
      input: { pairId: other.pair.id, title: 'Intrus', agendaItemId: otherItem.id },
    });
    expect(errorCode(intruding)).toBe('NOT_FOUND');
    const peeking = await outsider.gql(ITEM_THREAD, { id: other.pair.id });
    expect(errorCode(peeking)).toBe('NOT_FOUND');
    const threads = await other.compagnon.gql<{ pair: { agenda: { thread: unknown }[]; threads: unknown[] } }>(
      'query($id: ID!) { pair(id: $id) { agenda { thread { id } } threads { id } } }',
      { id: other.pair.id },
    );
    expect(threads.data?.pair).toEqual({ agenda: [{ thread: null }], threads: [] });
  });
});
