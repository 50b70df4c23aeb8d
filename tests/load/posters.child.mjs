// The posters of the threads benchmark's "sustained" figure, in a process of their own so the client's
// work does not count against the server measured (forked by threads.bench.mjs, IPC messages).
// Sends { ready: true }, then waits for one message { url, cookies, threadId, seconds, concurrency, query }:
// `concurrency` loops, each on its own keep-alive node:http socket, POST `query` to `url` with
// variables.input { threadId, body, clientId } (one cookie per loop, none when it is empty) one after
// the other until `seconds` have passed. A post counts when the response JSON has `data`. Answers
// { posted, errors, p50, p99, seconds }: latencies in ms over every answered post, `seconds` from the
// first post to the end of the last one.
import { randomUUID } from 'node:crypto';
import { Agent } from 'node:http';
import { postJson } from './http-post.mjs';

const {
  url,
  cookies,
  threadId,
  seconds,
  concurrency = 20,
  query,
} = await new Promise((resolve) => {
  process.once('message', resolve);
  process.send({ ready: true });
});

const agent = new Agent({ keepAlive: true, maxSockets: concurrency });

/** One POST; resolves with the parsed JSON answer, rejects on a network error, a non-200 status or bad JSON. */
const postOnce = async (cookie, body) => {
  const payload = JSON.stringify({ query, variables: { input: { threadId, body, clientId: randomUUID() } } });
  const { status, json } = await postJson(agent, url, payload, cookie ? { cookie } : {});
  if (status !== 200) throw new Error(`HTTP ${status}`);
  if (json === undefined) throw new Error('not JSON');
  return json;
};

let posted = 0;
let errors = 0;
const latencies = [];
const started = performance.now();
const deadline = started + seconds * 1000;
await Promise.all(
  Array.from({ length: concurrency }, async (_, i) => {
    const cookie = cookies[i] ?? '';
    while (performance.now() < deadline) {
      const t0 = performance.now();
      try {
        const res = await postOnce(cookie, `charge ${posted}`);
        latencies.push(performance.now() - t0);
        if (res.data) posted++;
        else errors++;
      } catch {
        errors++;
        await new Promise((r) => setTimeout(r, 10)); // do not spin on a refused connection
      }
    }
  }),
);
const elapsed = (performance.now() - started) / 1000;
agent.destroy();
latencies.sort((a, b) => a - b);
const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN;
process.send({ posted, errors, p50: pct(50), p99: pct(99), seconds: elapsed }, () => process.disconnect());
