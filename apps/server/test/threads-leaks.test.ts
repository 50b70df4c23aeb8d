import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Message } from '../src/threads/thread.entity.js';
import { startTestApp, TEST_ORIGIN, type TestApp } from './support/app.js';
import { EVENTS, liftPostLimit, pairWithPeople, post } from './support/threads.js';
import { ThreadHub } from '../src/threads/thread.hub.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => t?.close());

const hubs = () => (t.app.services.threads as unknown as { hubs: Map<string, ThreadHub> }).hubs;

/** A raw graphql-transport-ws socket, so the test controls when it reads (it never pulls by itself). */
async function rawSocket(cookie: string) {
  const ws = new WebSocket(t.wsUrl, 'graphql-transport-ws', { headers: { origin: TEST_ORIGIN, cookie } });
  const messages: { type: string; id?: string; payload?: unknown }[] = [];
  ws.on('message', (data) => messages.push(JSON.parse(String(data))));
  await new Promise((r) => ws.once('open', r));
  ws.send(JSON.stringify({ type: 'connection_init' }));
  await expectPoll(() => messages.some((m) => m.type === 'connection_ack'));
  return { ws, messages };
}
async function expectPoll(f: () => boolean, timeout = 5000) {
  const start = Date.now();
  while (!f()) {
    if (Date.now() - start > timeout) throw new Error('timeout');
    await new Promise((r) => setTimeout(r, 10));
  }
}

// A subscription left during its replay (completed, or its socket closed) leaves no listener and no
// hub behind, and the thread serves the next subscriber live.
describe('threads: subscriptions left during their replay', () => {
  it('complete while replaying a long backlog, complete right after subscribe, socket closed mid-replay: nothing left', async () => {
    const undo = liftPostLimit(t);
    const { thread, compagnon } = await pairWithPeople(t);
    for (let i = 0; i < 450; i++) await post(compagnon.client, thread.id, `m${i}`);
    undo();
    expect(await t.app.services.deps.db.getRepository(Message).countBy({ threadId: thread.id })).toBe(450);

    // 1. complete after a few replayed events
    const a = await rawSocket(compagnon.client.cookie!);
    a.ws.send(
      JSON.stringify({ id: '1', type: 'subscribe', payload: { query: EVENTS, variables: { threadId: thread.id, afterSeq: 0 } } }),
    );
    await expectPoll(() => a.messages.filter((m) => m.type === 'next').length >= 5);
    a.ws.send(JSON.stringify({ id: '1', type: 'complete' }));
    // 2. subscribe + complete in the same breath
    a.ws.send(
      JSON.stringify({ id: '2', type: 'subscribe', payload: { query: EVENTS, variables: { threadId: thread.id, afterSeq: 0 } } }),
    );
    a.ws.send(JSON.stringify({ id: '2', type: 'complete' }));
    // 3. another socket closed in the middle of its replay
    const b = await rawSocket(compagnon.client.cookie!);
    b.ws.send(
      JSON.stringify({ id: '1', type: 'subscribe', payload: { query: EVENTS, variables: { threadId: thread.id, afterSeq: 0 } } }),
    );
    await expectPoll(() => b.messages.filter((m) => m.type === 'next').length >= 50);
    b.ws.terminate();
    await new Promise((r) => setTimeout(r, 500));
    expect(hubs().size).toBe(0);
    // and a live subscriber afterwards still works
    a.ws.send(JSON.stringify({ id: '3', type: 'subscribe', payload: { query: EVENTS, variables: { threadId: thread.id } } }));
    await expectPoll(() => hubs().size === 1 && [...hubs().values()][0]!.listeners.size === 1);
    await post(compagnon.client, thread.id, 'live');
    await expectPoll(() => a.messages.some((m) => m.id === '3' && m.type === 'next'));
    a.ws.close();
    await expectPoll(() => hubs().size === 0);
  }, 60_000);
});
