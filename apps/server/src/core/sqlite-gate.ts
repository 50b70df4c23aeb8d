import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, QueryRunner } from 'typeorm';

/**
 * TypeORM drives better-sqlite3 through ONE query runner on one connection for the whole process,
 * and keeps a transaction open across its awaits. Left alone, whatever another request runs
 * meanwhile joins that transaction: its statements, its own "transaction" (nested as a savepoint),
 * the implicit transaction of a `save()`. They are then committed or rolled back with someone
 * else's work, and a second COMMIT fails.
 *
 * The gate gives each top-level transaction an owner (an async-context token entered when it
 * starts), lets one owner at a time hold the connection's transaction, and makes every statement
 * of anyone else wait until it ends. Nested transactions of the owner stay savepoints, as before.
 * MySQL/MariaDB need none of this: each transaction has its own pooled connection.
 */
export class SqliteGate {
  private readonly scope = new AsyncLocalStorage<symbol>();
  private owner: symbol | null = null;
  /** Statements of non-owners that passed the gate and have not finished. */
  private running = 0;
  private waiters: (() => void)[] = [];

  /** True when the caller may run a statement now (no transaction, or its own). */
  get open(): boolean {
    return this.owner === null || this.owner === this.scope.getStore();
  }

  private changed(): Promise<void> {
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }

  /** Resolves when the caller may run a statement (see `open`). */
  async idle(): Promise<void> {
    while (!this.open) await this.changed();
  }

  /**
   * `db.transaction(fn)` runs in a context of its own: the owner token entered when it starts must
   * not leak into the caller's synchronous step (and so into whatever the caller does next).
   */
  isolate<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
    return (...args: A) => {
      // Inside the caller's own transaction: a nested one (savepoint), in the same context.
      if (this.owner !== null && this.scope.getStore() === this.owner) return fn(...args);
      return this.scope.run(Symbol('caller'), () => fn(...args));
    };
  }

  install(runner: QueryRunner): void {
    const query = runner.query.bind(runner);
    const start = runner.startTransaction.bind(runner);
    const commit = runner.commitTransaction.bind(runner);
    const rollback = runner.rollbackTransaction.bind(runner);

    runner.query = (async (...args: Parameters<QueryRunner['query']>) => {
      await this.idle();
      const mine = this.owner !== null;
      if (!mine) this.running++;
      try {
        return await query(...args);
      } finally {
        if (!mine && --this.running === 0) this.wake();
      }
    }) as QueryRunner['query'];

    // Not async on purpose: `enterWith` must run in the caller's synchronous step, so that the
    // rest of the caller's flow (after its `await`) carries the owner token.
    runner.startTransaction = ((isolationLevel?: Parameters<QueryRunner['startTransaction']>[0]) => {
      const current = this.scope.getStore();
      if (this.owner !== null && current === this.owner) return start(isolationLevel); // nested: a savepoint
      const token = Symbol('transaction');
      this.scope.enterWith(token);
      return (async () => {
        while (this.owner !== null || this.running > 0) await this.changed();
        this.owner = token;
        try {
          await start(isolationLevel);
        } catch (error) {
          this.release(runner);
          throw error;
        }
      })();
    }) as QueryRunner['startTransaction'];

    runner.commitTransaction = (async () => {
      try {
        await commit();
      } finally {
        this.release(runner);
      }
    }) as QueryRunner['commitTransaction'];

    runner.rollbackTransaction = (async () => {
      try {
        await rollback();
      } finally {
        this.release(runner);
      }
    }) as QueryRunner['rollbackTransaction'];
  }

  private release(runner: QueryRunner): void {
    if (runner.isTransactionActive) return; // a savepoint ended; the transaction goes on
    this.owner = null;
    this.wake();
  }
}

const gates = new WeakMap<DataSource, SqliteGate>();

/** Installs the gate on a better-sqlite3 data source (once). */
export function installSqliteGate(db: DataSource): SqliteGate {
  let gate = gates.get(db);
  if (!gate) {
    gate = new SqliteGate();
    gate.install(db.createQueryRunner());
    db.manager.transaction = gate.isolate(db.manager.transaction.bind(db.manager)) as typeof db.manager.transaction;
    gates.set(db, gate);
  }
  return gate;
}

/** The gate of a data source, if it has one (SQLite). */
export const sqliteGateOf = (db: DataSource): SqliteGate | undefined => gates.get(db);
