import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Theme } from '../src/directory/theme.entity.js';
import { startTestApp, type TestApp } from './support/app.js';
import { makeTheme } from './support/factories.js';

// On SQLite, TypeORM shares one connection for the whole process (core/sqlite-gate.ts): these are
// the interleavings that used to mix one request's writes into another's transaction. On MariaDB
// each transaction has its own connection; the same expectations hold.

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

const themes = () => t.app.services.deps.db.getRepository(Theme);
const exists = async (code: string) => (await themes().countBy({ code })) === 1;
const later = (ms: number) => new Promise((r) => setTimeout(r, ms));
const code = () => `tx-${randomUUID().slice(0, 8)}`;

function held() {
  let release!: () => void;
  const until = new Promise<void>((r) => (release = r));
  return { until, release };
}

describe('transactions of concurrent requests stay apart', () => {
  it("a save made while another request's transaction is open survives that transaction's rollback", async () => {
    const [mine, theirs] = [code(), code()];
    const gate = held();
    const failing = t.app.services.deps.db
      .transaction(async (manager) => {
        await manager.getRepository(Theme).save(themes().create({ code: theirs, labelFr: 'x', labelEn: 'x', group: 'topic' }));
        await gate.until;
        throw new Error('rolled back');
      })
      .catch((error: Error) => error.message);
    await later(20);
    const saved = makeTheme(t.app, mine);
    await later(30);
    gate.release();
    expect(await failing).toBe('rolled back');
    await saved;
    expect(await exists(mine)).toBe(true);
    expect(await exists(theirs)).toBe(false);
  });

  it('two transactions at once: the one that commits keeps its writes when the other rolls back', async () => {
    const [kept, dropped] = [code(), code()];
    const gate = held();
    const db = t.app.services.deps.db;
    const slowFailing = db
      .transaction(async (manager) => {
        await manager.getRepository(Theme).save(themes().create({ code: dropped, labelFr: 'd', labelEn: 'd', group: 'topic' }));
        await gate.until;
        throw new Error('refused');
      })
      .catch((error: Error) => error.message);
    await later(20);
    const committing = db.transaction(async (manager) => {
      await manager.getRepository(Theme).save(themes().create({ code: kept, labelFr: 'k', labelEn: 'k', group: 'topic' }));
    });
    await later(30);
    gate.release();
    expect(await slowFailing).toBe('refused');
    await committing;
    expect(await exists(kept)).toBe(true);
    expect(await exists(dropped)).toBe(false);
  });

  it('a transaction nested in another (same request) is a savepoint, as before', async () => {
    const [outer, inner] = [code(), code()];
    await t.app.services.deps.db.transaction(async (manager) => {
      await manager.getRepository(Theme).save(themes().create({ code: outer, labelFr: 'o', labelEn: 'o', group: 'topic' }));
      await manager
        .transaction(async (nested) => {
          await nested.getRepository(Theme).save(themes().create({ code: inner, labelFr: 'i', labelEn: 'i', group: 'topic' }));
          throw new Error('inner only');
        })
        .catch(() => {});
    });
    expect(await exists(outer)).toBe(true);
    expect(await exists(inner)).toBe(false);
  });

  it('db.transaction called again from inside a transaction nests instead of waiting for itself', async () => {
    const [outer, inner] = [code(), code()];
    const db = t.app.services.deps.db;
    await db.transaction(async (manager) => {
      await manager.getRepository(Theme).save(themes().create({ code: outer, labelFr: 'o', labelEn: 'o', group: 'topic' }));
      await db.transaction(async (nested) => {
        await nested.getRepository(Theme).save(themes().create({ code: inner, labelFr: 'i', labelEn: 'i', group: 'topic' }));
      });
    });
    expect(await exists(outer)).toBe(true);
    expect(await exists(inner)).toBe(true);
  });
});
