// writeTogether: the notifications' and the mail outbox's writes, one transaction each.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Like } from 'typeorm';
import { AppSecret } from '../src/notifications/notification.entity.js';
import { writeTogether } from '../src/notifications/notification.writes.js';
import { startTestApp, type TestApp } from './support/app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ MAIL_WORKER_INTERVAL_SECONDS: '0' });
});
afterAll(async () => {
  await t?.close();
});
const db = () => t.app.services.deps.db;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('writeTogether', () => {
  it('runs the statements in one transaction: one that fails undoes the others, and nothing is left open', async () => {
    const secrets = db().getRepository(AppSecret);
    await secrets.save({ name: 'wt-kept', value: 'before' });
    await expect(
      writeTogether(db(), [
        ["UPDATE app_secret SET value = 'after' WHERE name = 'wt-kept'", []],
        ["INSERT INTO app_secret (name, value) VALUES ('wt-kept', 'twice')", []], // the primary key again
      ]),
    ).rejects.toThrow();
    expect((await secrets.findOneBy({ name: 'wt-kept' }))?.value).toBe('before');
    // The next one runs as usual.
    expect(await writeTogether(db(), [["UPDATE app_secret SET value = 'after' WHERE name = 'wt-kept'", []]])).toEqual([1]);
    expect((await secrets.findOneBy({ name: 'wt-kept' }))?.value).toBe('after');
    await secrets.delete({ name: 'wt-kept' });
  });
});

describe.runIf(process.env.TEST_DB === 'mysql')('writeTogether on MySQL/MariaDB', () => {
  it("a transaction chosen as a deadlock's victim is run again", async () => {
    const secrets = db().getRepository(AppSecret);
    await secrets.save(
      ['dl-a', 'dl-b', ...Array.from({ length: 50 }, (_, i) => `dl-heavy-${i}`)].map((name) => ({ name, value: '-' })),
    );
    const other = db().createQueryRunner();
    await other.connect();
    try {
      await other.startTransaction();
      // The other transaction changed more rows: InnoDB rolls back the lighter one, writeTogether's.
      await other.query("UPDATE app_secret SET value = 'other' WHERE name LIKE 'dl-heavy-%'");
      await other.query("UPDATE app_secret SET value = 'other' WHERE name = 'dl-a'");
      const write = writeTogether(db(), [
        ["UPDATE app_secret SET value = 'ours' WHERE name = 'dl-b'", []],
        ["UPDATE app_secret SET value = 'ours' WHERE name = 'dl-a'", []], // waits for the other
      ]);
      await sleep(200);
      await other.query("UPDATE app_secret SET value = 'other' WHERE name = 'dl-b'"); // waits for ours: a deadlock
      await other.commitTransaction();
      await expect(write).resolves.toEqual([1, 1]);
    } finally {
      await other.release();
    }
    const values = await secrets.find({ where: { name: Like('dl-_') }, order: { name: 'ASC' } });
    expect(values.map((s) => `${s.name}=${s.value}`)).toEqual(['dl-a=ours', 'dl-b=ours']);
    await secrets.delete({ name: Like('dl-%') });
  });
});
