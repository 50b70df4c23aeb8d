// The subscribers and the poster of the threads benchmark's latency figures, in a process of their own
// so that their client work (1,000 subscribers parse 1,000 frames per post) does not share the core of
// the server measured (forked by threads.bench.mjs, IPC messages).
// Sends { ready: true }, then waits for one message
// { sides: [{ url, postUrl? }, …], threadId, subscriberCookie, posterCookie, count, posts, rounds }:
// for each side, in order, `count` graphql-ws subscribers connect to `url`; then the sides are measured
// in alternation, `rounds` rounds of `posts / rounds` posts each, one post after the other to `postUrl`
// (default `url`). Answers { sides: [{ samples, answered }, …] } in ms: samples from the start of the
// POST until the last subscriber has the message, answered until the POST's own answer. Every wait is
// bounded: a failure throws, and this process exits non-zero.
import { Agent } from 'node:http';
import { postMessage, subscribers } from './threads-clients.mjs';

const WAIT_MS = 10_000;

const { sides, threadId, subscriberCookie, posterCookie, count, posts, rounds } = await new Promise((resolve) => {
  process.once('message', resolve);
  process.send({ ready: true });
});

// One keep-alive connection per server.
const agent = new Agent({ keepAlive: true, maxSockets: 1 });

// A subscriber that fails after connecting ends the run at once rather than at the next timeout.
let fail;
const failed = new Promise((_, reject) => (fail = reject));
failed.catch(() => {}); // only ever awaited in a race

/** `promise`, unless a subscriber fails or `what` takes more than WAIT_MS. */
async function bounded(promise, what) {
  let timer;
  const late = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: still waiting after ${WAIT_MS} ms`)), WAIT_MS);
  });
  try {
    return await Promise.race([promise, failed, late]);
  } finally {
    clearTimeout(timer);
  }
}

const WARM_UP = 20;

/** One side: `count` subscribers on `url`; `run(n)` posts n messages to `postUrl` and times each. */
async function latencyRunner({ url, postUrl = url }) {
  const received = new Map();
  // When the last subscriber had each seq: the figure ends there, whether or not the POST's own answer
  // (which also waits for the notification step) is back yet.
  const completedAt = new Map();
  const waiters = new Map();
  const stop = await subscribers(
    url,
    subscriberCookie,
    threadId,
    count,
    (seq) => {
      const n = (received.get(seq) ?? 0) + 1;
      received.set(seq, n);
      if (n === count) {
        completedAt.set(seq, performance.now());
        waiters.get(seq)?.();
      }
    },
    (error) => fail(new Error(`a subscriber of ${url} failed: ${error.message}`)),
  );
  let i = 0;
  const run = async (n) => {
    const samples = [];
    const answered = [];
    for (let k = 0; k < n; k++, i++) {
      const started = performance.now();
      let done;
      const all = new Promise((r) => (done = r));
      const res = await bounded(postMessage(agent, postUrl, posterCookie, threadId, `latence ${i}`), `POST to ${postUrl}`);
      answered.push(performance.now() - started);
      const seq = res.data?.postMessage.seq;
      if (seq === undefined) throw new Error(`POST to ${postUrl}: ${JSON.stringify(res.errors ?? res)}`);
      waiters.set(seq, done);
      if ((received.get(seq) ?? 0) < count)
        await bounded(all, `seq ${seq} at ${received.get(seq) ?? 0} of ${count} subscribers of ${url}`);
      waiters.delete(seq);
      samples.push(completedAt.get(seq) - started);
    }
    return { samples, answered };
  };
  return { run, stop };
}

const runners = [];
for (const side of sides) runners.push(await latencyRunner(side));
// Alternating rounds, so that a slow moment of this shared machine weighs on every side alike.
const results = sides.map(() => ({ samples: [], answered: [] }));
const perRound = Math.max(1, Math.round(posts / rounds));
// A few untimed posts on every side first: this process, its sockets and each server's code paths
// start cold, and the side that happened to go first would carry that in its p99.
for (const runner of runners) await runner.run(WARM_UP);
for (let round = 0; round < rounds; round++) {
  for (const [k, runner] of runners.entries()) {
    const { samples, answered } = await runner.run(perRound);
    results[k].samples.push(...samples);
    results[k].answered.push(...answered);
  }
}
await Promise.all(runners.map((r) => r.stop()));
agent.destroy();
process.send({ sides: results }, () => process.disconnect());
