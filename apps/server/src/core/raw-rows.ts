import { LRUCache } from 'lru-cache';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { sqliteGateOf } from './sqlite-gate.js';

/**
 * Hot paths (the session behind every request, the access check of every live event) read rows
 * with plain SQL prepared once, and hydrate them with TypeORM's own column conversions: the result
 * is the same entity as `findOne` gives, without building the query anew each time.
 */

/** The part of better-sqlite3's synchronous API that Tandem's hot paths use directly. */
export interface SqliteStatement {
  run(...params: unknown[]): { changes: number };
  get(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
}
export interface SqliteConnection {
  /** False once a statement's error rolled the whole transaction back (SQLITE_FULL, SQLITE_IOERR…). */
  readonly inTransaction: boolean;
  prepare(sql: string): SqliteStatement;
  /** Called inside another transaction, the function runs as a savepoint. */
  transaction<A extends unknown[], R>(fn: (...args: A) => R): ((...args: A) => R) & { immediate(...args: A): R };
}

/** The better-sqlite3 connection behind a SQLite data source (TypeORM has one for the process). */
export const sqliteConnection = (db: DataSource): SqliteConnection =>
  (db.driver as unknown as { databaseConnection: SqliteConnection }).databaseConnection;

/**
 * Resolves when a statement may run on the SQLite connection outside of another request's open
 * transaction (see core/sqlite-gate.ts); statements run synchronously right after cannot be caught
 * in one. Inside the caller's own transaction it resolves at once.
 */
export async function sqliteIdle(db: DataSource): Promise<void> {
  await sqliteGateOf(db)?.idle(); // installed on every SQLite data source by openDatabase
}

/** Keyed by the connection itself: a statement belongs to the connection that prepared it. */
const statements = new WeakMap<SqliteConnection, LRUCache<string, SqliteStatement>>();

/**
 * The statement for `sql`, prepared once per data source (better-sqlite3's `prepare` compiles the
 * SQL each time). Bounded: statements built with a variable number of rows have many texts.
 */
export function preparedStatement(db: DataSource, sql: string): SqliteStatement {
  const connection = sqliteConnection(db);
  let cache = statements.get(connection);
  if (!cache) statements.set(connection, (cache = new LRUCache({ max: 500 })));
  let statement = cache.get(sql);
  if (!statement) {
    statement = connection.prepare(sql);
    cache.set(sql, statement);
  }
  return statement;
}

/** Drops the prepared statements (tests that count statements by spying on `prepare`). */
export const forgetPreparedStatements = (db: DataSource): void => void statements.delete(sqliteConnection(db));

/**
 * Runs a read; on SQLite through a statement prepared once per data source, outside any open
 * transaction (see sqliteIdle: not for use inside a transaction).
 */
export async function rawRows<T = Record<string, unknown>>(db: DataSource, sql: string, params: unknown[]): Promise<T[]> {
  if (db.options.type !== 'better-sqlite3') return (await db.query(sql, params)) as T[];
  const statement = preparedStatement(db, sql);
  await sqliteIdle(db); // never read another request's uncommitted rows
  return statement.all(...params) as T[];
}

/** `alias.col AS alias__col, …` for every column of the entity, quoted for the data source's dialect. */
export function selectColumns(db: DataSource, entity: EntityTarget<ObjectLiteral>, alias: string): string {
  const q = (name: string) => db.driver.escape(name);
  return db
    .getMetadata(entity)
    .columns.map((c) => `${q(alias)}.${q(c.databaseName)} AS ${q(`${alias}__${c.databaseName}`)}`)
    .join(', ');
}

/** The entity from the columns selected by `selectColumns` (same conversions as TypeORM's loads). */
export function hydrate<T extends ObjectLiteral>(
  db: DataSource,
  entity: EntityTarget<T>,
  alias: string,
  row: Record<string, unknown>,
): T {
  const metadata = db.getMetadata(entity);
  const result = metadata.create() as T;
  for (const column of metadata.columns) {
    const raw = row[`${alias}__${column.databaseName}`];
    column.setEntityValue(result, db.driver.prepareHydratedValue(raw, column));
  }
  return result;
}

export const quoteTable = (db: DataSource, entity: EntityTarget<ObjectLiteral>) =>
  db.driver.escape(db.getMetadata(entity).tableName);
