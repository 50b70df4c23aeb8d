// Load generator for the benchmarks, in a process of its own so the client's work does not count
// against the server measured. argv[2] = JSON { mode, url, body, connections, seconds, requests }:
// - mode "load": autocannon (HTTP/1.1 keep-alive) posting the body on `connections` connections for
//   `seconds`; prints JSON { rps, errors, non2xx };
// - mode "sequential": one keep-alive node:http connection, `requests` POSTs one after the other
//   (after 50 to warm up), each timed with hrtime; prints JSON { p50, p99 } in ms (autocannon's
//   histogram counts whole milliseconds, too coarse here).
import { Agent } from 'node:http';
import autocannon from 'autocannon';
import { postJson } from './http-post.mjs';

const { mode, url, body, connections = 20, seconds = 2, requests = 1000 } = JSON.parse(process.argv[2]);

if (mode === 'load') {
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections,
    duration: seconds,
  });
  process.stdout.write(
    JSON.stringify({ rps: result.requests.average, errors: result.errors + result.timeouts, non2xx: result.non2xx }),
  );
} else {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const once = async () => {
    const { status } = await postJson(agent, url, body, {}, false); // timed to the last byte, not parsed
    if (status !== 200) throw new Error(`HTTP ${status}`);
  };
  for (let i = 0; i < 50; i++) await once();
  const times = [];
  for (let i = 0; i < requests; i++) {
    const start = process.hrtime.bigint();
    await once();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  const pct = (p) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))];
  process.stdout.write(JSON.stringify({ p50: pct(50), p99: pct(99) }));
  agent.destroy();
}
