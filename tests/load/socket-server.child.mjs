// Child process of threads.bench.mjs, so the server's memory is measured apart from the clients'.
// argv[2] = 'tandem' (the built app with a pair, a thread and signed-in people) or 'bare' (a plain
// `ws` server keeping each socket and its one subscription message). Talks to the parent over IPC:
// → { url, threadId, cookies } once listening; ← 'rss' → { rss } after a full GC.
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const serverCjs = createRequire(path.join(root, 'apps/server/package.json'));
const serverImport = (p) => import(pathToFileURL(path.join(root, 'apps/server', p)).href);

async function tandem() {
  const { createApp } = await serverImport('dist/src/app.js');
  const { loadConfig } = await serverImport('dist/src/config.js');
  const { sceneFor } = await import('./threads-scene.mjs');
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'tandem-bench-'));
  const app = await createApp(
    loadConfig({
      NODE_ENV: 'test',
      DATA_DIR: dataDir,
      DEMO_DATA: 'off',
      LOG_LEVEL: 'silent',
      PUBLIC_URL: 'http://bench.test',
      WEB_DIST: path.join(dataDir, 'none'),
    }),
  );
  const url = await app.listen(0, '127.0.0.1');
  const { thread, cookies } = await sceneFor(app, url, 1);
  return { url, threadId: thread.id, cookies };
}

async function bare() {
  const { WebSocketServer } = serverCjs('ws');
  const http = createServer();
  const wss = new WebSocketServer({ server: http });
  const subscriptions = new Map();
  wss.on('connection', (socket) => socket.on('message', (data) => subscriptions.set(socket, data.toString())));
  await new Promise((r) => http.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${http.address().port}`, threadId: '', cookies: [''] };
}

const ready = process.argv[2] === 'bare' ? await bare() : await tandem();
process.on('message', (m) => {
  if (m !== 'rss') return;
  for (let i = 0; i < 3; i++) global.gc();
  setTimeout(() => process.send({ rss: process.memoryUsage().rss }), 200);
});
process.send(ready);
