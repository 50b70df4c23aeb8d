import { PtceMember } from '../../src/directory/ptce-member.entity.js';
import type { Ptce } from '../../src/directory/ptce.entity.js';
import type { Pair } from '../../src/pairs/pair.entity.js';
import type { TestApp } from './app.js';
import { TestClient } from './client.js';
import { makePair, makeUser, PASSWORD } from './factories.js';

export const ITEM_FIELDS = `id version day startTime endTime title kind status location notes questions deletedAt
  theme { code } hosts { kind name role structureRef }`;

export const ADD = `mutation($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { ${ITEM_FIELDS} } }`;
export const UPDATE = `mutation($input: UpdateAgendaItemInput!) { updateAgendaItem(input: $input) { ${ITEM_FIELDS} } }`;
export const DELETE = `mutation($id: ID!, $v: Int!) { deleteAgendaItem(id: $id, expectedVersion: $v) }`;
export const AGENDA = `query($id: ID!) { pair(id: $id) { agenda { ${ITEM_FIELDS} } } }`;

export interface Item {
  id: string;
  version: number;
  day: string;
  startTime: string;
  endTime: string;
  title: string;
  kind: string;
  status: string;
  location: string | null;
  notes: string;
  questions: string;
  deletedAt: string | null;
  theme: { code: string } | null;
  hosts: { kind: string; name: string; role: string | null; structureRef: string | null }[];
}

export async function signedIn(t: TestApp, options: Parameters<typeof makeUser>[1] = {}): Promise<TestClient> {
  const user = await makeUser(t.app, options);
  const client = new TestClient(t);
  const login = await client.logIn(user.email, PASSWORD);
  if (login.errors) throw new Error(JSON.stringify(login.errors));
  return client;
}

/** A pair with a signed-in coordinator on each side. */
export async function pairWithBothSides(
  t: TestApp,
): Promise<{ pair: Pair; compagnon: TestClient; beneficiary: TestClient; ptces: Ptce[] }> {
  const pair = await makePair(t.app);
  const ptce = (id: string) => ({ id }) as Ptce;
  return {
    pair,
    compagnon: await signedIn(t, { ptce: ptce(pair.compagnonId) }),
    beneficiary: await signedIn(t, { ptce: ptce(pair.beneficiaryId) }),
    ptces: [ptce(pair.compagnonId), ptce(pair.beneficiaryId)],
  };
}

export function itemInput(pairId: string, overrides: Record<string, unknown> = {}) {
  return {
    pairId,
    day: '2027-03-30',
    startTime: '09:30',
    endTime: '11:00',
    title: 'Présentation croisée',
    kind: 'SESSION',
    ...overrides,
  };
}

export async function addItem(client: TestClient, pairId: string, overrides: Record<string, unknown> = {}): Promise<Item> {
  const result = await client.gql<{ addAgendaItem: Item }>(ADD, { input: itemInput(pairId, overrides) });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.addAgendaItem;
}

/** A member structure of a PTCE, as the directory lists it. */
export async function makeMember(app: TestApp['app'], ptceId: string, name: string): Promise<PtceMember> {
  const repo = app.services.deps.db.getRepository(PtceMember);
  return repo.save(repo.create({ ptceId, name, kind: 'ASSOCIATION', town: 'Dax', position: 0 }));
}
