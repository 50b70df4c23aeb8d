// Benchmarks print figures side by side with a bare reference measured in the same run.
// Each benchmark is its own script run against the built server (`pnpm build` first).
// The realtime benchmarks (graphql-ws fan-out, autocannon on /graphql) arrive with threads.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const benchmarks = ['agenda-conflict.mjs'];

let failed = 0;
for (const file of benchmarks) {
  const run = spawnSync(process.execPath, [path.join(here, file)], { stdio: 'inherit' });
  if (run.status !== 0) failed++;
}
process.exitCode = failed > 0 ? 1 : 0;
