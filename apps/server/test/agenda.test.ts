import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/app.js';
import { collect, errorCode, TestClient } from './support/client.js';
import { makeTheme } from './support/factories.js';
import {
  ADD,
  AGENDA,
  addItem,
  DELETE,
  itemInput,
  ITEM_FIELDS,
  pairWithBothSides,
  signedIn,
  UPDATE,
  type Item,
} from './support/agenda.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

const EVENTS = `subscription($pairId: ID!) { agendaEvents(pairId: $pairId) { type item { ${ITEM_FIELDS} } } }`;
const PRESENCE = `subscription($pairId: ID!) { agendaPresence(pairId: $pairId) { pairId editors { userId displayName itemId } } }`;

async function until(check: () => boolean, ms = 5_000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}

const agendaOf = async (client: TestClient, pairId: string) =>
  (await client.gql<{ pair: { agenda: Item[] } }>(AGENDA, { id: pairId })).data!.pair.agenda;

describe('building the agenda together', () => {
  it('the beneficiary adds, the Compagnon sees it live, changes and moves it, then cancels it', async () => {
    const { pair, compagnon, beneficiary } = await pairWithBothSides(t);
    const theme = await makeTheme(t.app);
    const ws = compagnon.ws();
    const live = collect<{ agendaEvents: { type: string; item: Item } }>(ws, EVENTS, { pairId: pair.id });
    await new Promise((r) => setTimeout(r, 150));

    const item = await addItem(beneficiary, pair.id, {
      themeCode: theme.code,
      location: '12 rue des Arènes, Dax',
      questions: 'Comment financez-vous le transport à la demande ?',
      hosts: [
        { kind: 'STRUCTURE', name: 'Mobilité 40', role: 'Garage solidaire' },
        { kind: 'PERSON', name: 'Anne Laborde', role: 'Directrice' },
      ],
    });
    expect(item).toMatchObject({ version: 1, status: 'PROPOSED', theme: { code: theme.code }, deletedAt: null });
    expect(item.hosts.map((h) => h.name)).toEqual(['Mobilité 40', 'Anne Laborde']);
    await until(() => live.events.length === 1);
    expect(live.events[0].agendaEvents).toMatchObject({ type: 'ADDED', item: { id: item.id, title: 'Présentation croisée' } });

    const changed = await compagnon.gql<{ updateAgendaItem: Item }>(UPDATE, {
      input: { id: item.id, expectedVersion: 1, status: 'CONFIRMED', notes: '**Salle** du conseil' },
    });
    expect(changed.data?.updateAgendaItem).toMatchObject({ version: 2, status: 'CONFIRMED', notes: '**Salle** du conseil' });
    // Fields not sent are kept, hosts included.
    expect(changed.data?.updateAgendaItem.hosts).toHaveLength(2);

    // Moving is a write like any other.
    const moved = await beneficiary.gql<{ updateAgendaItem: Item }>(UPDATE, {
      input: { id: item.id, expectedVersion: 2, day: '2027-03-31', startTime: '14:00', endTime: '15:30' },
    });
    expect(moved.data?.updateAgendaItem).toMatchObject({
      version: 3,
      day: '2027-03-31',
      startTime: '14:00',
      status: 'CONFIRMED',
    });

    const removed = await compagnon.gql<{ deleteAgendaItem: boolean }>(DELETE, { id: item.id, v: 3 });
    expect(removed.data?.deleteAgendaItem).toBe(true);
    expect(await agendaOf(beneficiary, pair.id)).toEqual([]);

    await until(() => live.events.length === 4);
    expect(live.events.map((e) => [e.agendaEvents.type, e.agendaEvents.item.version])).toEqual([
      ['ADDED', 1],
      ['UPDATED', 2],
      ['UPDATED', 3],
      ['DELETED', 4],
    ]);
    expect(live.events[3].agendaEvents.item.deletedAt).not.toBeNull();
    live.dispose();
    await ws.dispose();
  });

  it('two writers with the same version: exactly one wins, the other gets CONFLICT with the current item', async () => {
    const { pair, compagnon, beneficiary } = await pairWithBothSides(t);
    const item = await addItem(beneficiary, pair.id);
    const [a, b] = await Promise.all([
      compagnon.gql<{ updateAgendaItem: Item }>(UPDATE, {
        input: { id: item.id, expectedVersion: 1, title: 'Version Compagnon' },
      }),
      beneficiary.gql<{ updateAgendaItem: Item }>(UPDATE, {
        input: { id: item.id, expectedVersion: 1, title: 'Version bénéficiaire' },
      }),
    ]);
    const winners = [a, b].filter((r) => !r.errors);
    const losers = [a, b].filter((r) => r.errors);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    expect(errorCode(losers[0])).toBe('CONFLICT');
    const current = losers[0].errors![0].extensions!.current as Item;
    expect(current).toMatchObject({ id: item.id, version: 2, title: winners[0].data!.updateAgendaItem.title });
    expect((await agendaOf(compagnon, pair.id))[0].title).toBe(winners[0].data!.updateAgendaItem.title);

    // Deleting with a stale version is refused the same way; a write on a cancelled item too.
    expect(errorCode(await compagnon.gql(DELETE, { id: item.id, v: 1 }))).toBe('CONFLICT');
    expect((await compagnon.gql(DELETE, { id: item.id, v: 2 })).data).toEqual({ deleteAgendaItem: true });
    const late = await beneficiary.gql(UPDATE, { input: { id: item.id, expectedVersion: 3, title: 'Trop tard' } });
    expect(errorCode(late)).toBe('CONFLICT');
    expect(late.errors![0].extensions).toMatchObject({ reason: 'ITEM_DELETED', current: { version: 3 } });
  });

  it('200 concurrent conflicting writes leave the state of a serial replay of the accepted ones', async () => {
    const { pair, compagnon, beneficiary } = await pairWithBothSides(t);
    const initial = await addItem(beneficiary, pair.id, { notes: '' });
    const writers = [compagnon, beneficiary];
    const patches = Array.from({ length: 200 }, (_, i) => ({
      title: `Écriture ${i}`,
      startTime: `${String(8 + (i % 8)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`,
      endTime: '18:00',
      hosts: [{ kind: 'PERSON', name: `Hôte ${i}`, role: null }],
    }));
    // Every writer starts from version 1 and retries once with the version the conflict tells it.
    const accepted: { version: number; patch: (typeof patches)[number] }[] = [];
    let conflicts = 0;
    await Promise.all(
      patches.map(async (patch, i) => {
        let expectedVersion = 1;
        for (let attempt = 0; attempt < 2; attempt++) {
          const r = await writers[i % 2].gql<{ updateAgendaItem: Item }>(UPDATE, {
            input: { id: initial.id, expectedVersion, ...patch },
          });
          if (!r.errors) {
            accepted.push({ version: r.data!.updateAgendaItem.version, patch });
            return;
          }
          expect(errorCode(r)).toBe('CONFLICT');
          conflicts++;
          expectedVersion = (r.errors[0].extensions!.current as Item).version;
        }
      }),
    );
    expect(accepted.length).toBeGreaterThan(1);
    expect(conflicts).toBeGreaterThan(0);
    // Versions of accepted writes are 2, 3, … without gap or duplicate: nobody overwrote silently.
    accepted.sort((x, y) => x.version - y.version);
    expect(accepted.map((a) => a.version)).toEqual(accepted.map((_, i) => i + 2));
    const replay = accepted.reduce(
      (state, { patch }) => ({ ...state, ...patch, hosts: patch.hosts.map((h) => ({ ...h, structureRef: null })) }),
      { ...initial } as Record<string, unknown>,
    );
    const [final] = await agendaOf(compagnon, pair.id);
    expect(final).toEqual({ ...replay, version: accepted.length + 1 });
  }, 120_000);

  it('who is editing which item is shown live, and forgotten when they stop', async () => {
    const { pair, compagnon, beneficiary } = await pairWithBothSides(t);
    const item = await addItem(beneficiary, pair.id);
    const ws = compagnon.ws();
    const live = collect<{ agendaPresence: { editors: { itemId: string; displayName: string }[] } }>(ws, PRESENCE, {
      pairId: pair.id,
    });
    await until(() => live.events.length === 1);
    const mark = `mutation($p: ID!, $i: ID) { markAgendaEditing(pairId: $p, itemId: $i) }`;
    expect((await beneficiary.gql(mark, { p: pair.id, i: item.id })).data).toEqual({ markAgendaEditing: true });
    await until(() => live.events.length === 2);
    expect(live.events[1].agendaPresence.editors).toEqual([
      expect.objectContaining({ itemId: item.id, displayName: expect.stringMatching(/^Person/) }),
    ]);
    await beneficiary.gql(mark, { p: pair.id, i: null });
    await until(() => live.events.length === 3);
    expect(live.events[2].agendaPresence.editors).toEqual([]);
    live.dispose();
    await ws.dispose();
  });

  it('starts from the typical two-day TSF in one go, once', async () => {
    const { pair, compagnon } = await pairWithBothSides(t);
    const start = `mutation($p: ID!, $d: String!) { startAgendaFromTemplate(pairId: $p, firstDay: $d) { day title kind } }`;
    const result = await compagnon.gql<{ startAgendaFromTemplate: Item[] }>(start, { p: pair.id, d: '2027-03-30' });
    const items = result.data!.startAgendaFromTemplate;
    expect(new Set(items.map((i) => i.day))).toEqual(new Set(['2027-03-30', '2027-03-31']));
    expect(items.map((i) => i.title)).toContain('Présentation croisée des deux PTCE');
    expect(items.map((i) => i.title)).toContain('Restitution et suites à donner');
    const again = await compagnon.gql(start, { p: pair.id, d: '2027-03-30' });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'AGENDA_NOT_EMPTY' });
    expect(await agendaOf(compagnon, pair.id)).toHaveLength(items.length);
  });
});

describe('who may see and change the agenda', () => {
  it('an outsider gets NOT_FOUND on every operation; an operator reads but does not write', async () => {
    const { pair, beneficiary } = await pairWithBothSides(t);
    const item = await addItem(beneficiary, pair.id);
    const outsider = await signedIn(t);
    const notFound = [
      await outsider.gql(ADD, { input: itemInput(pair.id) }),
      await outsider.gql(UPDATE, { input: { id: item.id, expectedVersion: 1, title: 'x' } }),
      await outsider.gql(DELETE, { id: item.id, v: 1 }),
      await outsider.gql(`mutation($p: ID!) { startAgendaFromTemplate(pairId: $p, firstDay: "2027-03-30") { id } }`, {
        p: pair.id,
      }),
      await outsider.gql(`mutation($p: ID!, $i: ID) { markAgendaEditing(pairId: $p, itemId: $i) }`, { p: pair.id, i: item.id }),
      await outsider.gql(AGENDA, { id: pair.id }),
    ];
    expect(notFound.map(errorCode)).toEqual(Array(6).fill('NOT_FOUND'));
    const ws = outsider.ws();
    const sub = collect(ws, EVENTS, { pairId: pair.id });
    await sub.done.catch(() => {});
    await until(() => sub.error !== undefined);
    expect(JSON.stringify(sub.error)).toContain('NOT_FOUND');
    await ws.dispose();
    expect((await fetch(`${t.url}/api/pairs/${pair.id}/agenda.ics`, { headers: { cookie: outsider.cookie! } })).status).toBe(404);
    expect((await fetch(`${t.url}/api/pairs/${pair.id}/agenda.ics`)).status).toBe(401);

    const operator = await signedIn(t, { role: 'OPERATOR' });
    expect(await agendaOf(operator, pair.id)).toHaveLength(1);
    expect(errorCode(await operator.gql(UPDATE, { input: { id: item.id, expectedVersion: 1, title: 'x' } }))).toBe('FORBIDDEN');
    expect((await agendaOf(beneficiary, pair.id))[0]).toMatchObject({ version: 1, title: item.title });
  });
});

describe('bad input is refused clearly and changes nothing', () => {
  it.each([
    ['end before start', { startTime: '11:00', endTime: '10:00' }, 'END_BEFORE_START'],
    ['an impossible day', { day: '2027-02-30' }, 'INVALID_DAY'],
    ['a time that is not HH:MM', { startTime: '9h30' }, 'INVALID_TIME'],
    ['an unknown theme', { themeCode: 'astrologie' }, 'UNKNOWN_THEME'],
    ['an empty title', { title: '   ' }, 'TITLE_REQUIRED'],
    ['a host without a name', { hosts: [{ kind: 'PERSON', name: ' ' }] }, 'HOST_NAME_REQUIRED'],
  ])('%s', async (_label, overrides, reason) => {
    const { pair, beneficiary } = await pairWithBothSides(t);
    const result = await beneficiary.gql(ADD, { input: itemInput(pair.id, overrides) });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason });
    expect(await agendaOf(beneficiary, pair.id)).toEqual([]);
  });

  it('an unknown kind, a negative or stale version are refused; HTML in a title stays plain text', async () => {
    const { pair, beneficiary } = await pairWithBothSides(t);
    expect(errorCode(await beneficiary.gql(ADD, { input: itemInput(pair.id, { kind: 'PARTY' }) }))).toBe('BAD_USER_INPUT');
    const item = await addItem(beneficiary, pair.id, { title: '<script>alert(1)</script> Visite' });
    expect(item.title).toBe('<script>alert(1)</script> Visite');
    const negative = await beneficiary.gql(UPDATE, { input: { id: item.id, expectedVersion: -1, title: 'x' } });
    expect(negative.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_VERSION' });
    const future = await beneficiary.gql(UPDATE, { input: { id: item.id, expectedVersion: 7, title: 'x' } });
    expect(errorCode(future)).toBe('CONFLICT');
    const bad = await beneficiary.gql(UPDATE, { input: { id: item.id, expectedVersion: 1, endTime: '08:00' } });
    expect(bad.errors?.[0].extensions?.reason).toBe('END_BEFORE_START');
    expect((await agendaOf(beneficiary, pair.id))[0]).toMatchObject({ version: 1, endTime: '11:00' });
  });
});
