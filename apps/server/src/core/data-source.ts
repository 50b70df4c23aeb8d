import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { createConnection } from 'mysql2/promise';
import { DataSource, type DataSourceOptions } from 'typeorm';
import type { DatabaseConfig } from '../config.js';
import { mysqlMigrations } from '../../migrations/mysql/index.js';
import { sqliteMigrations } from '../../migrations/sqlite/index.js';
import { entities } from './entities.js';
import { installSqliteGate } from './sqlite-gate.js';

/**
 * TypeORM reads MariaDB's catalogue differently from MySQL's (e.g. the default of a nullable
 * column), so the driver type must match the server even though the DDL is the same.
 */
export async function detectMysqlFlavour(url: string): Promise<'mysql' | 'mariadb'> {
  const connection = await createConnection({ uri: url, connectTimeout: 10_000 });
  try {
    const [rows] = await connection.query('SELECT VERSION() AS version');
    const version = String((rows as { version: string }[])[0]?.version ?? '');
    return version.toLowerCase().includes('mariadb') ? 'mariadb' : 'mysql';
  } finally {
    await connection.end();
  }
}

export async function dataSourceOptions(database: DatabaseConfig): Promise<DataSourceOptions> {
  if (database.kind === 'sqlite') {
    mkdirSync(path.dirname(database.path), { recursive: true });
    return {
      type: 'better-sqlite3',
      database: database.path,
      entities,
      migrations: sqliteMigrations,
      migrationsRun: false,
      synchronize: false,
      enableWAL: true,
      // Writers wait for the lock instead of failing at once under concurrent requests.
      timeout: 10_000,
      prepareDatabase: (db: { pragma(sql: string): unknown }) => {
        db.pragma('busy_timeout = 10000');
        db.pragma('synchronous = NORMAL');
      },
    };
  }
  return {
    type: await detectMysqlFlavour(database.url),
    url: database.url,
    entities,
    migrations: mysqlMigrations,
    migrationsRun: false,
    synchronize: false,
    timezone: 'Z',
    charset: 'utf8mb4_unicode_ci',
    dateStrings: false,
    extra: { connectionLimit: 10 },
    connectTimeout: 10_000,
  };
}

/** Opens the database and applies pending migrations (DESIGN §2: at start). */
export async function openDatabase(database: DatabaseConfig): Promise<DataSource> {
  const dataSource = new DataSource(await dataSourceOptions(database));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  if (dataSource.options.type === 'better-sqlite3') installSqliteGate(dataSource);
  return dataSource;
}

export function describeDatabase(database: DatabaseConfig): string {
  if (database.kind === 'sqlite') return `sqlite:${database.path}`;
  const url = new URL(database.url);
  url.password = url.password ? '***' : '';
  return url.toString();
}
