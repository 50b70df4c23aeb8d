import { describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/core/data-source.js';
import { startTestApp } from './support/app.js';

describe('migrations', () => {
  it('agree with the entities, and go up, down and up again', async () => {
    const t = await startTestApp();
    // Its own connection: the app's is left alone.
    const ds = new DataSource(await dataSourceOptions(t.config.database));
    await ds.initialize();
    try {
      const diff = await ds.driver.createSchemaBuilder().log();
      expect(diff.upQueries.map((q) => q.query)).toEqual([]);
      const applied = ds.migrations.length;
      expect(applied).toBeGreaterThan(0);
      for (let i = 0; i < applied; i++) await ds.undoLastMigration({ transaction: 'each' });
      const tables = await ds.createQueryRunner().getTables(['user', 'pair']);
      expect(tables).toEqual([]);
      await ds.runMigrations({ transaction: 'each' });
      expect((await ds.driver.createSchemaBuilder().log()).upQueries).toEqual([]);
    } finally {
      await ds.destroy();
      await t.close();
    }
  });
});
