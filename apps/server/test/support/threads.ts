import { randomUUID } from 'node:crypto';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import type { App } from '../../src/app.js';
import type { Pair } from '../../src/pairs/pair.entity.js';
import { Thread } from '../../src/threads/thread.entity.js';
import type { TestApp } from './app.js';
import { makePair, makeUser, PASSWORD } from './factories.js';
import { TestClient } from './client.js';

export async function makeThread(app: App, pair: Pair, title = 'Préparer la visite'): Promise<Thread> {
  const repo = app.services.deps.db.getRepository(Thread);
  const creator = await makeUser(app, { ptce: { id: pair.compagnonId } as never });
  return repo.save(repo.create({ pairId: pair.id, title, createdById: creator.id, lastSeq: 0, lastActivityAt: new Date() }));
}

/** A pair with a thread, one signed-in person of each PTCE and a signed-in outsider. */
export async function pairWithPeople(t: TestApp) {
  const pair = await makePair(t.app);
  const thread = await makeThread(t.app, pair);
  const signIn = async (ptceId?: string) => {
    const user = await makeUser(t.app, ptceId ? { ptce: { id: ptceId } as never } : {});
    const client = new TestClient(t);
    await client.logIn(user.email, PASSWORD);
    return { user, client };
  };
  return {
    pair,
    thread,
    compagnon: await signIn(pair.compagnonId),
    beneficiary: await signIn(pair.beneficiaryId),
    outsider: await signIn(),
    signIn,
  };
}

export const POST = `mutation($input: PostMessageInput!) { postMessage(input: $input) { id seq clientId body author { id displayName } } }`;
export const EVENTS = `subscription($threadId: ID!, $afterSeq: Int) {
  threadEvents(threadId: $threadId, afterSeq: $afterSeq) { type message { id seq body clientId deletedAt editedAt } }
}`;

export type EventData = {
  threadEvents: { type: string; message: { id: string; seq: number; body: string; deletedAt: string | null } | null };
};

export function post(client: TestClient, threadId: string, body: string, clientId: string = randomUUID()) {
  return client.gql<{ postMessage: { id: string; seq: number; body: string; clientId: string } }>(POST, {
    input: { threadId, body, clientId },
  });
}

/** Lifts the per-person post limit (40 posts per 10 s) of this app, as the threads benchmark does; returns the undo. */
export function liftPostLimit(t: TestApp): () => void {
  const limiters = (t.app.services.deps.rateLimits as unknown as { limiters: Map<string, unknown> }).limiters;
  const limiter = limiters.get('messagePerUser');
  limiters.set('messagePerUser', new RateLimiterMemory({ points: 1e9, duration: 1 }));
  return () => void limiters.set('messagePerUser', limiter);
}

/** A thread made on `a`, a person of one side signed in on `a` and one of the other side on `b`. */
export async function threadOnTwoInstances(a: TestApp, b: TestApp) {
  const pair = await makePair(a.app);
  const thread = await makeThread(a.app, pair);
  const userA = await makeUser(a.app, { ptce: { id: pair.compagnonId } as never });
  const onA = new TestClient(a);
  await onA.logIn(userA.email, PASSWORD);
  const userB = await makeUser(a.app, { ptce: { id: pair.beneficiaryId } as never });
  const onB = new TestClient(b);
  await onB.logIn(userB.email, PASSWORD);
  return { thread, onA, onB, userA, userB };
}
