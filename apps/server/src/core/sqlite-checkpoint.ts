import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { DataSource } from 'typeorm';
import { sqliteConnection } from './raw-rows.js';

/**
 * SQLite in WAL mode copies the log back into the database (a checkpoint: about 4 MB and two fsyncs
 * at the default 1,000 pages) inside the commit that crosses the threshold. better-sqlite3 is
 * synchronous, so that commit stopped the whole server for milliseconds, about once every few
 * hundred posts: the slowest percent of every request. Here the checkpoints run in a worker
 * thread, on a connection of its own, PASSIVE (they never wait for, nor block, the server's readers
 * and writer), every `intervalMs`. The server's connection keeps a far threshold as a backstop
 * (`backstopPages`), and goes back to SQLite's default if the worker fails.
 */
export interface CheckpointerOptions {
  intervalMs?: number;
  backstopPages?: number;
  onError?: (error: unknown) => void;
}

export interface Checkpointer {
  /** Checkpoints run, and the WAL pages they copied back, as the worker last reported. */
  stats(): { runs: number; pages: number; failures: number; running: boolean };
  /** Runs a last checkpoint and ends the worker (before the database is closed). */
  stop(): Promise<void>;
}

/** SQLite's own default, restored when the worker is gone. */
const SQLITE_DEFAULT_PAGES = 1000;

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path, { fileMustExist: true });
db.pragma('busy_timeout = 1000');
const run = () => {
  try {
    const [result] = db.pragma('wal_checkpoint(PASSIVE)');
    parentPort.postMessage({ ok: true, pages: result.checkpointed });
  } catch (error) {
    parentPort.postMessage({ ok: false, message: String((error && error.message) || error) });
  }
};
const timer = setInterval(run, workerData.intervalMs);
parentPort.on('message', (message) => {
  if (message !== 'stop') return;
  clearInterval(timer);
  run();
  db.close();
  parentPort.close();
});
`;

export function startCheckpointer(db: DataSource, path: string, options: CheckpointerOptions = {}): Checkpointer {
  const { intervalMs = 250, backstopPages = 10_000, onError = () => {} } = options;
  const connection = sqliteConnection(db) as unknown as { pragma(sql: string): unknown; open: boolean };
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver, path, intervalMs } });
  worker.unref();
  const state = { runs: 0, pages: 0, failures: 0, running: true };
  connection.pragma(`wal_autocheckpoint = ${backstopPages}`);
  worker.on('message', (message: { ok: boolean; pages?: number; message?: string }) => {
    state.runs++;
    if (message.ok) state.pages += Math.max(0, message.pages ?? 0);
    else {
      state.failures++;
      onError(new Error(message.message));
    }
  });
  let stopping = false;
  // (events.once would reject on the worker's 'error' event, which comes before its exit.)
  const gone = new Promise<void>((resolve) => worker.once('exit', () => resolve())).then(() => {
    state.running = false;
    // Failed or stopped: the server's connection checkpoints by itself again.
    if (connection.open) connection.pragma(`wal_autocheckpoint = ${SQLITE_DEFAULT_PAGES}`);
  });
  worker.on('error', (error) => {
    if (!stopping) onError(error);
  });
  return {
    stats: () => ({ ...state }),
    async stop() {
      if (!state.running) return;
      stopping = true;
      worker.postMessage('stop');
      const timeout = setTimeout(() => void worker.terminate(), 5_000);
      await gone;
      clearTimeout(timeout);
    },
  };
}
