import type { Ptce } from '../../src/directory/ptce.entity.js';
import type { TestApp } from './app.js';
import { TestClient } from './client.js';
import { makePtce, makeUser, PASSWORD } from './factories.js';

export const PAIR_FIELDS = `id status requestMessage wishedStartDate wishedEndDate declineReason viewerActions viewerSide
  compagnon { id name } beneficiary { id name } themes { code }
  auditTrail { kind fromStatus toStatus actorName actorRole note }`;

/** A signed-in browser for a new person of `ptce` (or a new PTCE). */
export async function signedIn(t: TestApp, options: { role?: 'COORDINATOR' | 'MEMBER' | 'OPERATOR'; ptce?: Ptce } = {}) {
  const user = await makeUser(t.app, options);
  const client = new TestClient(t);
  const res = await client.logIn(user.email, PASSWORD);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return Object.assign(client, { user });
}

/** A Compagnon and an eligible beneficiary, each with a signed-in coordinator. */
export async function twoPtces(t: TestApp) {
  const compagnon = await makePtce(t.app, { isCompagnon: true });
  const beneficiary = await makePtce(t.app, { amiLaureate2021: true });
  return {
    compagnon,
    beneficiary,
    host: await signedIn(t, { ptce: compagnon }),
    guest: await signedIn(t, { ptce: beneficiary }),
  };
}

export const inDays = (days: number) => {
  const date = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(date);
};
