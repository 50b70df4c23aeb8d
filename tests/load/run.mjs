// Benchmarks print figures side by side with a bare reference measured in the same run.
// Each benchmark is its own file, run one after the other (a 2-core machine: never in parallel).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const benches = ['threads.bench.mjs'];
let failed = 0;
for (const file of benches) {
  const result = spawnSync(process.execPath, [path.join(here, file)], { stdio: 'inherit' });
  if (result.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
