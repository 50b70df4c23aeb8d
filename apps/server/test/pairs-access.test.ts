import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ptce } from '../src/directory/ptce.entity.js';
import { FollowUp } from '../src/pairs/follow-up.entity.js';
import { Pair } from '../src/pairs/pair.entity.js';
import { publishPairChange } from '../src/pairs/pair.shared.js';
import { startTestApp, type TestApp } from './support/app.js';
import { collect, errorCode, TestClient, type GqlResult } from './support/client.js';
import { makePair, makePtce, makeTheme } from './support/factories.js';
import { inDays, signedIn } from './support/pairs.js';

/**
 * The authorisation matrix of every pair query, mutation and subscription, as data: for each
 * operation, what each kind of caller gets. One test walks it; each cell gets a fresh pair.
 */
type Caller = 'compagnonCoordinator' | 'beneficiaryCoordinator' | 'beneficiaryMember' | 'outsider' | 'operator' | 'anonymous';
type Outcome = 'OK' | 'NOT_FOUND' | 'FORBIDDEN' | 'UNAUTHENTICATED';

const MATRIX: Record<string, Record<Caller, Outcome>> = {
  'query pair (with its audit trail)': {
    compagnonCoordinator: 'OK',
    beneficiaryCoordinator: 'OK',
    beneficiaryMember: 'OK',
    outsider: 'NOT_FOUND',
    operator: 'OK',
    anonymous: 'UNAUTHENTICATED',
  },
  acceptTsf: {
    compagnonCoordinator: 'OK',
    beneficiaryCoordinator: 'FORBIDDEN',
    beneficiaryMember: 'FORBIDDEN',
    outsider: 'NOT_FOUND',
    operator: 'OK',
    anonymous: 'UNAUTHENTICATED',
  },
  declineTsf: {
    compagnonCoordinator: 'OK',
    beneficiaryCoordinator: 'FORBIDDEN',
    beneficiaryMember: 'FORBIDDEN',
    outsider: 'NOT_FOUND',
    operator: 'OK',
    anonymous: 'UNAUTHENTICATED',
  },
  withdrawTsf: {
    compagnonCoordinator: 'FORBIDDEN',
    beneficiaryCoordinator: 'OK',
    beneficiaryMember: 'FORBIDDEN',
    outsider: 'NOT_FOUND',
    operator: 'FORBIDDEN',
    anonymous: 'UNAUTHENTICATED',
  },
  completeTsf: {
    compagnonCoordinator: 'OK',
    beneficiaryCoordinator: 'OK',
    beneficiaryMember: 'FORBIDDEN',
    outsider: 'NOT_FOUND',
    operator: 'OK',
    anonymous: 'UNAUTHENTICATED',
  },
  saveLesson: {
    compagnonCoordinator: 'OK',
    beneficiaryCoordinator: 'OK',
    beneficiaryMember: 'OK',
    outsider: 'NOT_FOUND',
    operator: 'FORBIDDEN',
    anonymous: 'UNAUTHENTICATED',
  },
  answerFollowUp: {
    compagnonCoordinator: 'OK',
    beneficiaryCoordinator: 'OK',
    beneficiaryMember: 'OK',
    outsider: 'NOT_FOUND',
    operator: 'FORBIDDEN',
    anonymous: 'UNAUTHENTICATED',
  },
  'subscription pairActivity': {
    compagnonCoordinator: 'OK',
    beneficiaryCoordinator: 'OK',
    beneficiaryMember: 'OK',
    outsider: 'NOT_FOUND',
    operator: 'OK',
    anonymous: 'UNAUTHENTICATED',
  },
  'query pairsOverview': {
    compagnonCoordinator: 'FORBIDDEN',
    beneficiaryCoordinator: 'FORBIDDEN',
    beneficiaryMember: 'FORBIDDEN',
    outsider: 'FORBIDDEN',
    operator: 'OK',
    anonymous: 'UNAUTHENTICATED',
  },
};

let t: TestApp;
let compagnon: Ptce;
let beneficiary: Ptce;
let callers: Record<Caller, TestClient>;

beforeAll(async () => {
  t = await startTestApp();
  compagnon = await makePtce(t.app, { isCompagnon: true });
  beneficiary = await makePtce(t.app);
  callers = {
    compagnonCoordinator: await signedIn(t, { ptce: compagnon }),
    beneficiaryCoordinator: await signedIn(t, { ptce: beneficiary }),
    beneficiaryMember: await signedIn(t, { role: 'MEMBER', ptce: beneficiary }),
    outsider: await signedIn(t),
    operator: await signedIn(t, { role: 'OPERATOR' }),
    anonymous: new TestClient(t),
  };
});
afterAll(() => t?.close());

/** A fresh pair of the two PTCEs in `status` (not "open", so cells never block each other). */
async function freshPair(status: Pair['status']): Promise<Pair> {
  const theme = await makeTheme(t.app);
  const pair = await makePair(t.app, { compagnon, beneficiary, status, themes: [theme] });
  await t.app.services.deps.db.getRepository(Pair).update({ id: pair.id }, { openKey: null });
  return pair;
}

const outcome = (res: GqlResult): Outcome | string => (res.errors ? String(errorCode(res)) : 'OK');

/** A refused subscription: a GraphQL error, or for a signed-out socket the close code 4401. */
function subscriptionOutcome(error: unknown): string {
  if (Array.isArray(error)) return String((error as { extensions?: { code?: string } }[])[0]?.extensions?.code);
  const code = (error as { code?: number }).code;
  return code === 4401 ? 'UNAUTHENTICATED' : `CLOSED_${code}`;
}

const RUN: Record<keyof typeof MATRIX, (client: TestClient) => Promise<Outcome | string>> = {
  'query pair (with its audit trail)': async (c) => {
    const pair = await freshPair('ACTIVE');
    return outcome(await c.gql(`query($id: ID!) { pair(id: $id) { id auditTrail { kind } } }`, { id: pair.id }));
  },
  acceptTsf: async (c) =>
    outcome(await c.gql(`mutation($id: ID!) { acceptTsf(pairId: $id) { id } }`, { id: (await freshPair('REQUESTED')).id })),
  declineTsf: async (c) =>
    outcome(
      await c.gql(`mutation($id: ID!) { declineTsf(pairId: $id, reason: "Pas cette année") { id } }`, {
        id: (await freshPair('REQUESTED')).id,
      }),
    ),
  withdrawTsf: async (c) =>
    outcome(await c.gql(`mutation($id: ID!) { withdrawTsf(pairId: $id) { id } }`, { id: (await freshPair('REQUESTED')).id })),
  completeTsf: async (c) =>
    outcome(await c.gql(`mutation($id: ID!) { completeTsf(pairId: $id) { id } }`, { id: (await freshPair('ACTIVE')).id })),
  saveLesson: async (c) => {
    const pair = await freshPair('COMPLETED');
    return outcome(
      await c.gql(`mutation($input: SaveLessonInput!) { saveLesson(input: $input) { id } }`, {
        input: {
          pairId: pair.id,
          themeCode: pair.themes[0].code,
          learned: 'Appris',
          nextStep: 'Ensuite',
          nextStepDue: inDays(10),
        },
      }),
    );
  },
  answerFollowUp: async (c) => {
    const pair = await freshPair('COMPLETED');
    const repo = t.app.services.deps.db.getRepository(FollowUp);
    const followUp = await repo.save(repo.create({ pairId: pair.id, monthsAfter: 1, dueOn: inDays(0) }));
    return outcome(
      await c.gql(`mutation($id: ID!) { answerFollowUp(followUpId: $id, answer: "Tout va bien") { id } }`, { id: followUp.id }),
    );
  },
  'subscription pairActivity': async (c) => {
    const pair = await freshPair('ACTIVE');
    const ws = c.ws();
    const sub = collect<{ pairActivity: { pairId: string } }>(
      ws,
      `subscription($id: ID!) { pairActivity(pairId: $id) { type pairId } }`,
      { id: pair.id },
    );
    try {
      // Denied subscriptions fail at once; allowed ones hear the next change.
      for (let i = 0; i < 50 && !sub.error && sub.events.length === 0; i++) {
        await publishPairChange(t.app.services.deps, pair, 'STATUS_CHANGED');
        await new Promise((r) => setTimeout(r, 50));
      }
      if (sub.error) return subscriptionOutcome(sub.error);
      return sub.events[0]?.pairActivity.pairId === pair.id ? 'OK' : 'NO_EVENT';
    } finally {
      sub.dispose();
      await ws.dispose();
    }
  },
  'query pairsOverview': async (c) => outcome(await c.gql(`{ pairsOverview { pair { id } } }`)),
};

describe('who may do what on a pair', () => {
  it('every pair query, mutation and subscription answers each caller as the matrix says', async () => {
    const actual: Record<string, Record<string, string>> = {};
    for (const [operation, row] of Object.entries(MATRIX)) {
      actual[operation] = {};
      for (const caller of Object.keys(row) as Caller[]) {
        actual[operation][caller] = await RUN[operation](callers[caller]);
      }
    }
    expect(actual).toEqual(MATRIX);
  });

  it('an id that does not exist answers exactly like a pair one may not see', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    const hidden = await freshPair('REQUESTED');
    for (const id of [missing, hidden.id]) {
      for (const query of [
        `query($id: ID!) { pair(id: $id) { id } }`,
        `mutation($id: ID!) { acceptTsf(pairId: $id) { id } }`,
        `mutation($id: ID!) { completeTsf(pairId: $id) { id } }`,
        `mutation($id: ID!) { answerFollowUp(followUpId: $id, answer: "x") { id } }`,
      ]) {
        const res = await callers.outsider.gql(query, { id });
        expect(res.errors?.[0]).toMatchObject({ message: expect.stringMatching(/not found/), extensions: { code: 'NOT_FOUND' } });
        expect(res.errors?.[0].extensions).toEqual({ code: 'NOT_FOUND' });
      }
    }
  });
});
