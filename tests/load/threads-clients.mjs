// The threads benchmark's clients, shared by the bench process (the sustained figure's 2 subscribers,
// the 10,000 sockets' proof post) and latency.child.mjs: graphql-ws subscribers on `threadEvents` and
// the `postMessage` mutation over a keep-alive node:http agent.
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { postJson } from './http-post.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { WebSocket } = createRequire(path.join(root, 'apps/server/package.json'))('ws');
const { createClient } = await import(pathToFileURL(path.join(root, 'apps/server/node_modules/graphql-ws/dist/client.js')).href);

/** The origin the bench's Tandem is configured with (PUBLIC_URL), sent by every socket. */
export const ORIGIN = 'http://bench.test';
export const POST_QUERY = 'mutation($input: PostMessageInput!) { postMessage(input: $input) { seq } }';
export const THREAD_EVENTS =
  'subscription($t: ID!, $a: Int) { threadEvents(threadId: $t, afterSeq: $a) { type message { seq body } } }';

/**
 * Posts `body` to the thread as the person of `cookie`, through `agent` (node:http, not `fetch`, whose
 * undici streams cost the posting process several times the CPU and GC of the request); resolves with
 * the GraphQL answer.
 */
export async function postMessage(agent, url, cookie, threadId, body) {
  const payload = JSON.stringify({ query: POST_QUERY, variables: { input: { threadId, body, clientId: randomUUID() } } });
  const { status, json } = await postJson(agent, `${url}/graphql`, payload, { cookie });
  if (!json) throw new Error(`HTTP ${status}: not JSON`);
  return json;
}

/** A subscriber's error (GraphQL errors, a close event or an Error) as an Error. */
const asError = (error) =>
  error instanceof Error
    ? error
    : new Error(typeof error?.code === 'number' ? `socket closed: ${error.code} ${error.reason}` : JSON.stringify(error));

/**
 * `count` graphql-ws subscribers to the thread; onEvent(seq, index) for each event. Resolves, with a
 * function that disposes them, once all are connected and their subscriptions had time to reach the hub;
 * rejects if one fails meanwhile or if they are not all connected within `openMs`. A failure after that
 * goes to `onError`.
 */
export async function subscribers(url, cookie, threadId, count, onEvent, onError = () => {}, openMs = 60_000) {
  const wsUrl = `${url.replace(/^http/, 'ws')}/graphql`;
  class CookieWs extends WebSocket {
    constructor(address, protocols) {
      super(address, protocols, { headers: { origin: ORIGIN, cookie } });
    }
  }
  const clients = [];
  let opening = true;
  let failOpening;
  const failed = new Promise((_, reject) => (failOpening = reject));
  const connected = new Promise((resolve) => {
    let started = 0;
    for (let i = 0; i < count; i++) {
      const client = createClient({ url: wsUrl, webSocketImpl: CookieWs, retryAttempts: 0, lazy: true });
      clients.push(client);
      client.subscribe(
        { query: THREAD_EVENTS, variables: { t: threadId, a: null } },
        {
          // Messages only: READY (once live) and presence are not deliveries.
          next: (v) => v.data?.threadEvents.type === 'POSTED' && onEvent(v.data.threadEvents.message.seq, i),
          error: (error) => (opening ? failOpening : onError)(asError(error)),
          complete: () => {},
        },
      );
      client.on('connected', () => ++started === count && resolve());
    }
  });
  const timer = setTimeout(() => failOpening(new Error(`${count} subscribers not all connected after ${openMs} ms`)), openMs);
  try {
    // Then let every subscription reach the hub.
    await Promise.race([connected.then(() => sleep(300 + count)), failed]);
  } finally {
    clearTimeout(timer);
    opening = false;
  }
  return () => Promise.all(clients.map((c) => c.dispose()));
}
