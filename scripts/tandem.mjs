#!/usr/bin/env node
// The README's commands, runnable on a fresh machine with only Node 20 and npm:
//   npm start   installs pnpm 12.4.2 if missing, the dependencies, builds what is missing or stale, serves
//   npm test    typecheck, lint, formatting, schema and migrations checks, build, every test
//   npm run dev the server with live reload of TypeScript sources, and Vite's dev server for the web app
import { execSync, spawn, spawnSync } from 'node:child_process';
import { SERVER_NODE_FLAGS } from './server-flags.mjs';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PNPM_VERSION = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).packageManager.split('@')[1];

// Native addons (better-sqlite3) build against Node's own headers when the machine has them,
// instead of downloading them (this machine kind has no internet beyond the registries).
const env = { ...process.env };
if (!env.npm_config_nodedir) {
  try {
    const nodedir = execSync('npm config get nodedir', { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (nodedir && nodedir !== 'undefined' && existsSync(path.join(nodedir, 'include', 'node'))) env.npm_config_nodedir = nodedir;
  } catch {
    // no npm config: node-gyp falls back to its own behaviour
  }
}

const say = (message) => console.log(`\x1b[36m▸ ${message}\x1b[0m`);

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env, ...options });
  return result.status === 0;
}

function must(command, args, options) {
  if (!run(command, args, options)) {
    console.error(`\n✗ ${command} ${args.join(' ')} failed`);
    process.exit(1);
  }
}

function ensurePnpm() {
  const probe = spawnSync('pnpm', ['--version'], { encoding: 'utf8', env });
  if (probe.status === 0 && probe.stdout.trim() === PNPM_VERSION) return;
  say(`installing pnpm ${PNPM_VERSION} with npm`);
  must('npm', ['install', '--global', `pnpm@${PNPM_VERSION}`]);
}

function ensureDependencies() {
  const marker = path.join(root, 'node_modules', '.modules.yaml');
  const lock = path.join(root, 'pnpm-lock.yaml');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  say('installing dependencies (the first time compiles better-sqlite3: a minute or two)');
  must('pnpm', ['install', '--frozen-lockfile']);
}

/** Newest modification time of the files under `dirs` (skipping dist and node_modules). */
function newest(dirs) {
  let latest = 0;
  const walk = (dir) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name === 'dist') continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else latest = Math.max(latest, statSync(full).mtimeMs);
    }
  };
  for (const d of dirs) {
    const full = path.join(root, d);
    if (existsSync(full) && statSync(full).isFile()) latest = Math.max(latest, statSync(full).mtimeMs);
    else walk(full);
  }
  return latest;
}

const BUILDS = [
  {
    name: '@tandem/shared',
    output: 'packages/shared/dist/index.js',
    inputs: ['packages/shared/src', 'packages/shared/package.json'],
  },
  {
    name: '@tandem/server',
    output: 'apps/server/dist/src/main.js',
    inputs: ['apps/server/src', 'apps/server/migrations', 'apps/server/package.json', 'packages/shared/src'],
  },
  {
    name: '@tandem/web',
    output: 'apps/web/dist/index.html',
    inputs: ['apps/web/src', 'apps/web/index.html', 'apps/web/vite.config.ts', 'packages/shared/src'],
  },
];

function buildWhatIsMissing({ force = false } = {}) {
  for (const build of BUILDS) {
    const output = path.join(root, build.output);
    if (!force && existsSync(output) && statSync(output).mtimeMs >= newest(build.inputs)) continue;
    say(`building ${build.name}`);
    must('pnpm', ['--filter', build.name, 'run', 'build']);
  }
}

function start() {
  ensurePnpm();
  ensureDependencies();
  buildWhatIsMissing();
  const server = spawn(process.execPath, [...SERVER_NODE_FLAGS, 'apps/server/dist/src/main.js'], {
    cwd: root,
    stdio: 'inherit',
    env,
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
  server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function dev() {
  ensurePnpm();
  ensureDependencies();
  must('pnpm', ['--filter', '@tandem/shared', 'run', 'build']);
  const children = [
    spawn(
      'node',
      ['--enable-source-maps', '--watch', '--conditions=source', '--import', '@swc-node/register/esm-register', 'src/main.ts'],
      {
        cwd: path.join(root, 'apps/server'),
        stdio: 'inherit',
        env: { ...env, PUBLIC_URL: env.PUBLIC_URL ?? 'http://localhost:5173' },
      },
    ),
    spawn('pnpm', ['--filter', '@tandem/web', 'run', 'dev'], { cwd: root, stdio: 'inherit', env }),
  ];
  const stop = () => children.forEach((c) => c.kill('SIGTERM'));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/** Every check and test; ends with the line `N passed, N failed`. */
function test() {
  ensurePnpm();
  ensureDependencies();
  const steps = [
    ['typecheck', ['run', 'typecheck']],
    ['lint', ['run', 'lint']],
    ['formatting', ['run', 'format:check']],
    ['schema.graphql up to date', ['run', 'schema:check']],
    ['migrations agree with entities', ['run', 'migrations:check']],
    ['generated client documents up to date', ['--filter', '@tandem/web', 'run', 'codegen:check']],
    ['build', ['run', 'build']],
  ];
  let passed = 0;
  let failed = 0;
  const failures = [];
  for (const [name, args] of steps) {
    say(name);
    if (run('pnpm', args)) passed++;
    else {
      failed++;
      failures.push(name);
    }
  }
  say(`tests (server on SQLite${env.TEST_MYSQL_URL ? ' and MariaDB/MySQL' : ''}, web, browser)`);
  const resultsDir = path.join(root, '.vitest-results');
  mkdirSync(resultsDir, { recursive: true });
  const resultsFile = path.join(resultsDir, 'results.json');
  const vitestOk = run('pnpm', [
    'exec',
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${resultsFile}`,
  ]);
  if (existsSync(resultsFile)) {
    const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
    passed += results.numPassedTests;
    failed += results.numFailedTests;
    // A file that failed to load has no test results of its own: count it as a failure.
    const brokenFiles = results.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
    failed += brokenFiles;
    if (!vitestOk && results.numFailedTests === 0 && brokenFiles === 0) failed++;
    if (results.numTotalTests === 0) {
      failed++;
      failures.push('no test ran');
    }
  } else {
    failed++;
    failures.push('vitest produced no results');
  }
  if (!vitestOk) failures.push('tests');
  if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

const command = process.argv[2];
if (command === 'start') start();
else if (command === 'dev') dev();
else if (command === 'test') test();
else if (command === 'build') {
  ensurePnpm();
  ensureDependencies();
  buildWhatIsMissing({ force: true });
} else {
  console.error('usage: node scripts/tandem.mjs start|dev|test|build');
  process.exit(2);
}
