import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from './data-source.js';
import { sqliteConnection } from './raw-rows.js';
import { startCheckpointer, type Checkpointer } from './sqlite-checkpoint.js';

describe('SQLite checkpoints in a worker thread', () => {
  let dir: string;
  let db: DataSource;
  let checkpointer: Checkpointer | undefined;
  const pragma = (sql: string) =>
    (sqliteConnection(db) as unknown as { pragma(s: string, o?: object): unknown }).pragma(sql, { simple: true });

  beforeEach(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'tandem-checkpoint-'));
    db = await openDatabase({ kind: 'sqlite', path: path.join(dir, 'db.sqlite') });
  });
  afterEach(async () => {
    await checkpointer?.stop();
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it("copies the log back in the worker, the server's connection keeping a far threshold", async () => {
    checkpointer = startCheckpointer(db, path.join(dir, 'db.sqlite'), { intervalMs: 20, backstopPages: 10_000 });
    expect(pragma('wal_autocheckpoint')).toBe(10_000);
    await db.query('CREATE TABLE filler (data BLOB)');
    // ≈ 1,300 pages of log: past SQLite's own threshold (1,000), under the backstop.
    for (let i = 0; i < 300; i++) await db.query('INSERT INTO filler (data) VALUES (randomblob(16000))');
    await expect.poll(() => checkpointer!.stats().pages, { timeout: 5_000 }).toBeGreaterThan(1_000);
    expect(checkpointer.stats()).toMatchObject({ failures: 0, running: true });
  });

  it('stopped (or failed), it gives SQLite its own checkpoints back', async () => {
    checkpointer = startCheckpointer(db, path.join(dir, 'db.sqlite'), { intervalMs: 20 });
    await expect.poll(() => checkpointer!.stats().runs).toBeGreaterThan(0);
    await checkpointer.stop();
    expect(checkpointer.stats().running).toBe(false);
    expect(pragma('wal_autocheckpoint')).toBe(1_000);
  });

  it('a worker that cannot open the database is reported, and SQLite checkpoints by itself', async () => {
    const errors: unknown[] = [];
    checkpointer = startCheckpointer(db, path.join(dir, 'missing.sqlite'), { onError: (e) => errors.push(e) });
    await expect.poll(() => checkpointer!.stats().running).toBe(false);
    expect(errors).toHaveLength(1);
    expect(pragma('wal_autocheckpoint')).toBe(1_000);
  });
});
