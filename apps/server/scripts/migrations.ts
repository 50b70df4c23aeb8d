// Generates and checks the migrations of both dialects from the entities.
//   generate NAME   write a migration per dialect holding the difference entities − migrations
//   check           fail when a fresh database migrated to the latest differs from the entities
// MySQL/MariaDB: TEST_MYSQL_URL (or mysql://root@127.0.0.1:3306) must reach a server where
// the script may create a throw-away database.
import 'reflect-metadata';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataSource } from 'typeorm';
import type { DatabaseConfig } from '../src/config.js';
import { dataSourceOptions } from '../src/core/data-source.js';
import { createMysqlDatabase, dropMysqlDatabase } from '../test/support/mysql.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const dialects = ['sqlite', 'mysql'] as const;
type Dialect = (typeof dialects)[number];

async function withFreshDatabase<T>(dialect: Dialect, run: (db: DatabaseConfig) => Promise<T>): Promise<T> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'tandem-migrations-'));
    try {
      return await run({ kind: 'sqlite', path: path.join(dir, 'check.sqlite') });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const server = process.env.TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306';
  const url = await createMysqlDatabase(server, 'tandem_migrations');
  try {
    return await run({ kind: 'mysql', url });
  } finally {
    await dropMysqlDatabase(url);
  }
}

/** Queries that would bring a database migrated to the latest in line with the entities. */
async function pendingDiff(dialect: Dialect) {
  return withFreshDatabase(dialect, async (database) => {
    const ds = new DataSource(await dataSourceOptions(database));
    await ds.initialize();
    try {
      await ds.runMigrations({ transaction: 'each' });
      const sql = await ds.driver.createSchemaBuilder().log();
      return { up: sql.upQueries, down: sql.downQueries.reverse() };
    } finally {
      await ds.destroy();
    }
  });
}

function render(className: string, up: { query: string }[], down: { query: string }[]): string {
  const lines = (qs: { query: string }[]) => qs.map((q) => `    await queryRunner.query(${JSON.stringify(q.query)});`).join('\n');
  return `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${lines(up)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${lines(down)}
  }
}
`;
}

async function generate(name: string) {
  if (!/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('Name the migration in PascalCase, e.g. AddThreads');
  const stamp = Date.now();
  const className = `${name}${stamp}`;
  for (const dialect of dialects) {
    const { up, down } = await pendingDiff(dialect);
    if (up.length === 0) {
      console.log(`${dialect}: entities and migrations agree, nothing to write`);
      continue;
    }
    const dir = path.join(here, '../migrations', dialect);
    const file = `${stamp}-${name}`;
    writeFileSync(path.join(dir, `${file}.ts`), render(className, up, down));
    const indexPath = path.join(dir, 'index.ts');
    const exportName = dialect === 'sqlite' ? 'sqliteMigrations' : 'mysqlMigrations';
    let index = readFileSync(indexPath, 'utf8');
    index = index.replace(/^(\/\/.*\n)/, `$1import { ${className} } from './${file}.js';\n`);
    index = index.replace(
      new RegExp(`(export const ${exportName}: Function\\[\\] = \\[)([^\\]]*)(\\];)`),
      (_m, a, items: string, c) => {
        const list = items
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
        list.push(className);
        return `${a}\n  ${list.join(',\n  ')},\n${c}`;
      },
    );
    writeFileSync(indexPath, index);
    console.log(`${dialect}: wrote migrations/${dialect}/${file}.ts (${up.length} statements)`);
  }
}

async function check() {
  let stale = false;
  for (const dialect of dialects) {
    if (dialect === 'mysql' && !process.env.TEST_MYSQL_URL) {
      console.log('mysql: not checked (set TEST_MYSQL_URL to a MariaDB/MySQL server to check it)');
      continue;
    }
    const { up } = await pendingDiff(dialect);
    if (up.length > 0) {
      stale = true;
      console.error(`${dialect}: migrations are behind the entities; run migrations:generate. Missing:`);
      for (const q of up) console.error(`  ${q.query}`);
    } else {
      console.log(`${dialect}: entities and migrations agree`);
    }
  }
  if (stale) process.exitCode = 1;
}

const [command, name] = process.argv.slice(2);
if (command === 'generate' && name) await generate(name);
else if (command === 'check') await check();
else {
  console.error('usage: migrations.ts generate NAME | check');
  process.exitCode = 2;
}
