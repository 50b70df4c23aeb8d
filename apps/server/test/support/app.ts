import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp, type App } from '../../src/app.js';
import { loadConfig, type Config } from '../../src/config.js';
import { createMysqlDatabase, dropMysqlDatabase } from './mysql.js';

export const TEST_ORIGIN = 'http://tandem.test';

export interface TestApp {
  app: App;
  config: Config;
  url: string;
  wsUrl: string;
  dataDir: string;
  close(): Promise<void>;
}

/**
 * Boots the real app on a free port with a fresh database: SQLite in a temporary folder, or a new
 * database on the MariaDB/MySQL server of TEST_MYSQL_URL when the project runs with TEST_DB=mysql.
 */
/** One per test file (module): both instances of a two-instance test share their limits. */
const RUN_PREFIX = `test-${randomUUID().slice(0, 8)}:`;

export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'tandem-test-'));
  let mysqlUrl: string | undefined;
  if (process.env.TEST_DB === 'mysql') {
    if (!process.env.TEST_MYSQL_URL) throw new Error('TEST_DB=mysql needs TEST_MYSQL_URL');
    mysqlUrl = await createMysqlDatabase(process.env.TEST_MYSQL_URL);
  }
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    DEMO_DATA: 'off',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    PUBLIC_URL: TEST_ORIGIN,
    WEB_DIST: path.join(dataDir, 'no-web'),
    // Test files (and several checkouts) share one Redis: each file counts its own rate limits.
    REDIS_KEY_PREFIX: RUN_PREFIX,
    ...(mysqlUrl ? { DATABASE_URL: mysqlUrl } : {}),
    ...env,
  });
  const app = await createApp(config);
  const url = await app.listen(0, '127.0.0.1');
  return {
    app,
    config,
    url,
    wsUrl: `${url.replace(/^http/, 'ws')}/graphql`,
    dataDir,
    async close() {
      await app.close();
      if (mysqlUrl) await dropMysqlDatabase(mysqlUrl);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The database of `t`, for a second instance on the same one (two-instance tests). */
export const databaseUrlOf = (t: TestApp) =>
  t.config.database.kind === 'sqlite' ? `sqlite:${t.config.database.path}` : t.config.database.url;
