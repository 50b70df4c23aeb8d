import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';

// The real entry point as an operator runs it: exit codes, messages, and a graceful stop.
const serverDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function startMain(env: Record<string, string>) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'tandem-main-'));
  dirs.push(dataDir);
  const child = spawn(process.execPath, ['--conditions=source', '--import', '@swc-node/register/esm-register', 'src/main.ts'], {
    cwd: serverDir,
    env: { PATH: process.env.PATH, DATA_DIR: dataDir, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const waitFor = async (pattern: RegExp, timeout = 30_000) => {
    const start = Date.now();
    while (!pattern.test(output)) {
      if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${pattern}; output:\n${output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  return { child, exited, waitFor, output: () => output };
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });

describe('the server process', () => {
  it('refuses a bad configuration, listing every problem, with a non-zero exit code', async () => {
    const main = startMain({ PORT: 'abc', DATABASE_URL: 'postgres://db/tandem' });
    expect(await main.exited).toBe(78);
    expect(main.output()).toMatch(/PORT: must be a port number/);
    expect(main.output()).toMatch(/DATABASE_URL: unknown kind "postgres"/);
  });

  it('says clearly when the database cannot be reached, and exits 1', async () => {
    const main = startMain({ DATABASE_URL: 'mysql://root@127.0.0.1:1/tandem' });
    expect(await main.exited).toBe(1);
    expect(main.output()).toMatch(/Tandem could not start: .*\nCheck DATABASE_URL/);
  });

  it('stops gracefully on SIGTERM: sockets are closed with 1001 and the process exits 0', async () => {
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    const main = startMain({ PORT: String(port), HOST: '127.0.0.1', PUBLIC_URL: origin, DEMO_DATA: 'on' });
    await main.waitFor(/Tandem is ready/);
    const login = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { logIn(email: "compagnon@tandem.test", password: "demo-tandem-2026") { id } }' }),
    });
    const cookie = login.headers.getSetCookie()[0].split(';')[0];
    const ws = new WebSocket(`ws://127.0.0.1:${port}/graphql`, 'graphql-transport-ws', { headers: { origin, cookie } });
    const acked = new Promise<void>((resolve) => ws.on('message', (m) => String(m).includes('connection_ack') && resolve()));
    const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
    ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init' })));
    await acked;

    main.child.kill('SIGTERM');
    expect(await closed).toBe(1001);
    expect(await main.exited).toBe(0);
    expect(main.output(), main.output()).toMatch(/"msg":"stopped"/);
  });
});
