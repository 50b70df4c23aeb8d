// One JSON POST over a keep-alive node:http agent, for the benchmarks' clients (lighter than `fetch`,
// whose undici streams would cost the measured process more than the request they time).
import { request } from 'node:http';

/**
 * POSTs `payload` (a JSON string) to `url` through `agent`; resolves with { status, json } once the
 * answer is read (json undefined when it is not JSON, or not parsed: `parse` false), rejects on a
 * network error.
 */
export function postJson(agent, url, payload, headers = {}, parse = true) {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname + target.search,
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), ...headers },
      },
      (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () => {
          if (!parse) return resolve({ status: res.statusCode, json: undefined });
          let json;
          try {
            json = JSON.parse(Buffer.concat(chunks).toString('utf8'));
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode, json });
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}
