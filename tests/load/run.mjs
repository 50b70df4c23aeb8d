// `pnpm bench`: runs every benchmark of this folder (files named *.bench.mjs), one after the other,
// each in its own process. Benchmarks print figures side by side with a bare reference measured in
// the same run; they assert nothing. They use the built server: run `pnpm build` first.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SERVER_NODE_FLAGS } from '../../scripts/server-flags.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.mjs'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
if (files.length === 0) {
  process.stdout.write('no benchmarks found\n');
  process.exit(0);
}
let failed = 0;
for (const file of files) {
  process.stdout.write(`\n=== ${file} ===\n`);
  // The server runs in the benchmark's process: give it the V8 flags it has in production, and let the
  // benchmark settle the heap (global.gc) between its own setup and a timed run.
  const result = spawnSync(process.execPath, [...SERVER_NODE_FLAGS, '--expose-gc', path.join(here, file)], {
    stdio: 'inherit',
  });
  if (result.status !== 0) failed++;
}
process.exit(failed > 0 ? 1 : 0);
