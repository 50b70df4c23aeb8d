import type { DataSource } from 'typeorm';
import { preparedStatement, sqliteConnection, sqliteIdle } from '../core/raw-rows.js';

/** A statement as a query builder produces it (`getQueryAndParameters()`), parameters already converted. */
export type Statement = [query: string, parameters: unknown[]];

/**
 * Runs the statements in one transaction of their own and returns the rows each one changed.
 * On SQLite TypeORM shares one connection and keeps other requests' transactions open across their
 * awaits: a claim or a "sent" mark run meanwhile would join such a transaction and vanish with its
 * rollback (and an email would go twice). So on SQLite this waits until no transaction is open, then
 * runs synchronously in an IMMEDIATE transaction; on MySQL/MariaDB each transaction has its connection,
 * and one chosen as a deadlock's victim is run again (twice at most).
 */
export async function writeTogether(db: DataSource, statements: Statement[]): Promise<number[]> {
  if (statements.length === 0) return [];
  if (db.options.type === 'better-sqlite3') {
    const sqlite = sqliteConnection(db);
    await sqliteIdle(db);
    return sqlite
      .transaction(() => statements.map(([query, parameters]) => preparedStatement(db, query).run(...parameters).changes))
      .immediate();
  }
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction(async (manager) => {
        const changed: number[] = [];
        for (const [query, parameters] of statements) {
          const result = (await manager.query(query, parameters)) as { affectedRows?: number } | undefined;
          changed.push(result?.affectedRows ?? 0);
        }
        return changed;
      });
    } catch (error) {
      // Chosen as a deadlock's victim, the whole transaction was rolled back: it is run again.
      if (attempt >= DEADLOCK_ATTEMPTS || !isDeadlock(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * attempt));
    }
  }
}

/** Runs of a transaction chosen as a deadlock's victim (MySQL/MariaDB), the first included. */
const DEADLOCK_ATTEMPTS = 3;

const isDeadlock = (error: unknown) =>
  (error as { driverError?: { errno?: number }; errno?: number }).driverError?.errno === 1213 ||
  (error as { errno?: number }).errno === 1213;

/**
 * For the SET of an UPDATE that reads or emails notifications: a reply line is closed, so its
 * dedupe key (`r:<thread>:<person>`, one pending line per thread and person) is freed for the next
 * reply's line. Other keys stay (one mention per message and person, one reminder per follow-up).
 */
export const lineClosed = (db: DataSource) => {
  const q = (name: string) => db.driver.escape(name);
  return () => `CASE WHEN ${q('kind')} = 'THREAD_REPLY' THEN NULL ELSE ${q('dedupeKey')} END`;
};
