import { LRUCache } from 'lru-cache';
import type { DataSource, EntityMetadata, EntitySubscriberInterface, QueryRunner } from 'typeorm';
import type { AnswerCache, KeptAnswer } from '../core/graphql-http.js';

/** Tables whose rows appear in directory pages, counts or the theme vocabulary. */
const DIRECTORY_TABLES = new Set(['ptce', 'ptce_theme', 'ptce_member', 'theme']);
const WRITE_FLAG = 'tandemDirectoryWrite';

/** What a committed write touched: `vocabulary` when the theme table itself changed. */
export interface DirectoryChange {
  vocabulary: boolean;
}

/**
 * Calls `onCommitted` after every committed write to a directory table made through TypeORM
 * (services, seeds, test factories): after COMMIT when inside a transaction, at once otherwise.
 * Raw `query()` writes are not seen; whoever makes them calls `DirectoryService.directoryChanged()`.
 */
export function watchDirectoryWrites(db: DataSource, onCommitted: (change: DirectoryChange) => void): void {
  const touched = (event: { metadata: EntityMetadata; queryRunner: QueryRunner }) => {
    const table = event.metadata.tableName;
    if (!DIRECTORY_TABLES.has(table)) return;
    const vocabulary = table === 'theme';
    // Dropping the cache before COMMIT would let a reader cache the old rows again meanwhile.
    if (!event.queryRunner.isTransactionActive) return onCommitted({ vocabulary });
    const pending = event.queryRunner.data[WRITE_FLAG] as DirectoryChange | undefined;
    event.queryRunner.data[WRITE_FLAG] = { vocabulary: vocabulary || pending?.vocabulary === true };
  };
  const subscriber: EntitySubscriberInterface = {
    afterInsert: touched,
    afterUpdate: touched,
    afterRemove: touched,
    afterSoftRemove: touched,
    afterRecover: touched,
    afterTransactionCommit({ queryRunner }) {
      // A released savepoint is not a commit: wait for the outermost transaction.
      const change = queryRunner.data[WRITE_FLAG] as DirectoryChange | undefined;
      if (queryRunner.isTransactionActive || !change) return;
      delete queryRunner.data[WRITE_FLAG];
      onCommitted(change);
    },
    afterTransactionRollback({ queryRunner }) {
      if (!queryRunner.isTransactionActive) delete queryRunner.data[WRITE_FLAG];
    },
  };
  db.subscribers.push(subscriber);
}

export interface DirectoryCacheStats {
  hits: number;
  misses: number;
  invalidations: number;
  /** Requests answered from kept bytes (core/graphql-http.ts), before Apollo. */
  answerHits: number;
}

/**
 * Directory pages and counts in memory, keyed by the normalised filter, until the next directory
 * write. The directory changes a few times a month and is read on every visit, so a read is almost
 * always a hit. Never stale: every write (here, or on another instance through pub/sub) bumps the
 * generation and empties the cache; a load that overlapped a write is returned but not kept; and the
 * cache is bypassed whenever pub/sub may be losing events (Redis subscriber down, or not yet
 * subscribed again after a drop).
 */
export class DirectoryCache implements AnswerCache {
  private generation = 0;
  private subscribed = false;
  // Sized in rows (a page counts its PTCEs, a count 1) so a few big pages cannot hold much memory.
  private readonly entries = new LRUCache<string, { value: unknown }>({ max: 2_000, maxSize: 20_000 });
  private readonly inFlight = new Map<string, Promise<unknown>>();
  // Kept HTTP answers have a budget of their own (bytes): varied requests cannot push pages and counts out.
  private readonly answers = new LRUCache<string, KeptAnswer>({
    max: 1_000,
    maxSize: 8 * 2 ** 20,
    sizeCalculation: (answer, key) => answer.body.length + key.length,
  });
  readonly stats: DirectoryCacheStats = { hits: 0, misses: 0, invalidations: 0, answerHits: 0 };

  constructor(private readonly options: { enabled: boolean; connected: () => boolean }) {}

  /** Set once the cache listens to DIRECTORY_CHANGED (and again after each pub/sub drop). */
  setSubscribed(subscribed: boolean): void {
    this.subscribed = subscribed;
    if (!subscribed) this.invalidate();
  }

  private usable(): boolean {
    return this.options.enabled && this.subscribed && this.options.connected();
  }

  /** The kept value for `key`, or `load()`; concurrent misses of one key share one load. */
  get<T>(key: string, load: () => Promise<T>, size: (value: T) => number = () => 1): Promise<T> {
    if (!this.usable()) return load();
    const hit = this.entries.get(key);
    if (hit) {
      this.stats.hits++;
      return Promise.resolve(hit.value as T);
    }
    const pending = this.inFlight.get(key);
    if (pending) return pending as Promise<T>;
    this.stats.misses++;
    const generation = this.generation;
    const promise = load().then(
      (value) => {
        if (this.inFlight.get(key) === promise) this.inFlight.delete(key);
        if (generation === this.generation && this.usable()) {
          this.entries.set(key, { value }, { size: Math.max(1, size(value)) });
        }
        return value;
      },
      (error: unknown) => {
        if (this.inFlight.get(key) === promise) this.inFlight.delete(key);
        throw error;
      },
    );
    this.inFlight.set(key, promise);
    return promise;
  }

  /** The kept value for `key` (a whole GraphQL answer), counted as a hit; undefined otherwise. */
  peek<T>(key: string): T | undefined {
    if (!this.usable()) return undefined;
    const hit = this.entries.get(key);
    if (hit) this.stats.hits++;
    return hit?.value as T | undefined;
  }

  /** The generation of what is kept now; null when the cache is not in use. */
  current(): number | null {
    return this.usable() ? this.generation : null;
  }

  /** Starts a miss to be kept with `keep()`; null when the cache is not in use. */
  begin(): number | null {
    if (!this.usable()) return null;
    this.stats.misses++;
    return this.generation;
  }

  /** Keeps a value computed since `begin()` returned `generation`, unless a write came meanwhile. */
  keep(key: string, generation: number, value: unknown, size: number): void {
    if (generation === this.generation && this.usable()) this.entries.set(key, { value }, { size: Math.max(1, size) });
  }

  /** A whole HTTP answer kept by its request (core/graphql-http.ts `AnswerCache`). */
  answer(key: string): KeptAnswer | undefined {
    if (!this.usable()) return undefined;
    const kept = this.answers.get(key);
    if (kept) this.stats.answerHits++;
    return kept;
  }

  keepAnswer(key: string, generation: number, answer: KeptAnswer): void {
    if (generation === this.generation && this.usable()) this.answers.set(key, answer);
  }

  /**
   * Drops what is kept without a new generation: what was kept is still true, and so is the directory
   * index built for this generation (memory pressure; benchmarks timing a filter not seen yet).
   */
  forgetKept(): void {
    this.entries.clear();
    this.answers.clear();
  }

  /** Forget everything; loads still running will not be kept. */
  invalidate(): void {
    this.generation++;
    this.entries.clear();
    this.answers.clear();
    this.inFlight.clear();
    this.stats.invalidations++;
  }
}
