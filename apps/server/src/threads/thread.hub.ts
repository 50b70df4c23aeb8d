import { Between, type DataSource } from 'typeorm';
import { AppError } from '../core/errors.js';
import { quoteTable, rawRows } from '../core/raw-rows.js';
import type { Deps } from '../core/services.js';
import { User } from '../identity/user.entity.js';
import { Pair } from '../pairs/pair.entity.js';
import { canSeePair } from '../pairs/pair.policy.js';
import { withAuthors } from './message-authors.js';
import { Message, Thread } from './thread.entity.js';
import type { ThreadEventType } from './thread.inputs.js';

export interface HubEvent {
  type: ThreadEventType;
  message: Message | null;
  user?: User | null;
}

export interface HubListener {
  userId: string;
  deliver(event: HubEvent): void;
  /**
   * End this subscription: without an error when access was lost (nothing more to send); with one when
   * it fell behind, so that its client subscribes again from the last seq it has.
   */
  revoke(error?: Error): void;
}

/**
 * One per thread with local subscribers, per instance. It holds the instance's single pub/sub
 * subscription for the thread and does the per-event work once: load the message(s), check every
 * subscriber's access with one query, then hand the same object to each subscriber.
 *
 * POSTED events are dispatched densely: an event for seq N also dispatches every seq between the
 * last dispatched one and N (read from the database, where all of them are committed because seq
 * order is commit order). So an event lost or reordered by pub/sub costs a delay, never a message.
 */
/** The viewers query for `size` ids, built once per data source and size (it runs on every event). */
const viewersSqlBySize = new WeakMap<DataSource, Map<number, string>>();
function viewersSql(db: DataSource, size: number): string {
  let bySize = viewersSqlBySize.get(db);
  if (!bySize) viewersSqlBySize.set(db, (bySize = new Map()));
  let sql = bySize.get(size);
  if (!sql) {
    const q = (name: string) => db.driver.escape(name);
    sql = `SELECT ${q('id')}, ${q('role')}, ${q('ptceId')} FROM ${quoteTable(db, User)} WHERE ${q('id')} IN (${Array(size).fill('?').join(', ')})`;
    bySize.set(size, sql);
  }
  return sql;
}

/**
 * Ends a subscription with an error its client answers by subscribing again from the last seq it has
 * (the rest is read from the database: nothing is lost). A silent end would leave it without live events.
 */
export const resubscribe = (reason: 'FELL_BEHIND' | 'STOPPED') =>
  new AppError(
    'CONFLICT',
    reason === 'FELL_BEHIND'
      ? 'This subscription fell behind; subscribe again from the last seq received'
      : 'This subscription stopped; subscribe again from the last seq received',
    { reason },
  );

export class ThreadHub {
  readonly listeners = new Set<HubListener>();
  readonly ready: Promise<void>;
  private lastSeq = 0;
  /** The highest seq known to be committed (from pub/sub or a local post). */
  private wanted = 0;
  private flushQueued = false;
  /** Messages committed by this instance, not dispatched yet, by seq. */
  private readonly offered = new Map<number, Message>();
  private started = false;
  private pairSides: { compagnonId: string; beneficiaryId: string } | null = null;
  private queue: Promise<void> = Promise.resolve();
  private presenceIterator: AsyncIterator<{ userId: string; typing: boolean }> | undefined;
  private iterator: AsyncIterator<{ type: 'POSTED' | 'EDITED' | 'DELETED'; seq: number; messageId: string }> | undefined;

  constructor(
    private readonly deps: Deps,
    readonly threadId: string,
  ) {
    this.ready = this.start();
  }

  private async start(): Promise<void> {
    const source = this.deps.pubSub.subscribe('THREAD_EVENT', this.threadId);
    this.iterator = source[Symbol.asyncIterator]();
    // Subscribe first, then read where the thread is: nothing committed after this read is missed.
    const first = this.iterator.next();
    await this.deps.pubSubSubscribed?.();
    const thread = await this.deps.db.getRepository(Thread).findOneByOrFail({ id: this.threadId });
    this.lastSeq = thread.lastSeq;
    const pair = await this.deps.db
      .getRepository(Pair)
      .findOneOrFail({ select: { id: true, compagnonId: true, beneficiaryId: true }, where: { id: thread.pairId } });
    this.pairSides = { compagnonId: pair.compagnonId, beneficiaryId: pair.beneficiaryId };
    this.started = true;
    const failed = (err: unknown) => this.deps.logger.warn({ err, threadId: this.threadId }, 'thread hub stopped');
    this.pump(first).catch(failed);
    this.pumpPresence().catch(failed);
  }

  private async pump(first: Promise<IteratorResult<{ type: 'POSTED' | 'EDITED' | 'DELETED'; seq: number; messageId: string }>>) {
    let next = await first;
    while (!next.done) {
      const event = next.value;
      if (event.type === 'POSTED') this.want(event.seq);
      else {
        const type = event.type;
        this.enqueue(() => this.dispatchChange(type, event.messageId));
      }
      next = await this.iterator!.next();
    }
  }

  private async pumpPresence() {
    this.presenceIterator = this.deps.pubSub.subscribe('THREAD_PRESENCE', this.threadId)[Symbol.asyncIterator]();
    for (;;) {
      const next = await this.presenceIterator.next();
      if (next.done) return;
      const { userId, typing } = next.value;
      // Ephemeral and out of the message queue: a slow load never delays a message.
      void this.deps.db
        .getRepository(User)
        .findOne({ select: { id: true, displayName: true }, where: { id: userId } })
        .then((user) => user && this.dispatch([{ type: typing ? 'TYPING' : 'PRESENT', message: null, user }]))
        .catch(() => {});
    }
  }

  /** Runs jobs one after the other, so subscribers see events in order. */
  private enqueue(job: () => Promise<void>): void {
    this.queue = this.queue
      .then(job)
      .catch((err: unknown) => this.deps.logger.warn({ err, threadId: this.threadId }, 'thread fan-out failed'));
  }

  /**
   * A message just committed by this instance, handed over in memory. Concurrent posts finish in any
   * order, so it waits in `offered` until every seq before it is there too; a seq committed
   * elsewhere (another instance) is read from the database. Its pub/sub event, when it arrives,
   * finds the seq already dispatched and costs nothing.
   */
  offer(message: Message): void {
    if (!this.started || message.seq <= this.lastSeq) return; // Before start: the pub/sub event brings it.
    this.offered.set(message.seq, message);
    this.want(message.seq);
  }

  /**
   * Seq `seq` is committed: one flush is queued for everything known so far, so a burst of posts
   * costs one access query and at most one read, not one of each per message.
   */
  private want(seq: number): void {
    if (seq > this.wanted) this.wanted = seq;
    if (this.flushQueued) return;
    this.flushQueued = true;
    this.enqueue(() => {
      this.flushQueued = false;
      return this.dispatchUpTo(this.wanted);
    });
  }

  private async dispatchUpTo(seq: number): Promise<void> {
    if (seq <= this.lastSeq) return;
    const from = this.lastSeq + 1;
    if (this.listeners.size === 0) {
      this.forget(seq);
      return;
    }
    const inMemory: Message[] = [];
    for (let s = from; s <= seq && this.offered.has(s); s++) inMemory.push(this.offered.get(s)!);
    const messages =
      inMemory.length === seq - from + 1
        ? inMemory
        : await withAuthors(
            this.deps.db,
            await this.deps.db
              .getRepository(Message)
              .find({ where: { threadId: this.threadId, seq: Between(from, seq) }, order: { seq: 'ASC' } }),
          );
    this.forget(seq);
    await this.dispatch(messages.map((message) => ({ type: 'POSTED' as const, message })));
  }

  /** Everything up to `seq` is dispatched (or had nobody to go to). */
  private forget(seq: number): void {
    this.lastSeq = seq;
    for (const s of this.offered.keys()) if (s <= seq) this.offered.delete(s);
  }

  private async dispatchChange(type: 'EDITED' | 'DELETED', messageId: string): Promise<void> {
    if (this.listeners.size === 0) return;
    const message = await this.deps.db.getRepository(Message).findOne({ where: { id: messageId }, relations: { author: true } });
    if (message) await this.dispatch([{ type, message }]);
  }

  /** Redis came back: dispatch what was committed meanwhile, then tell clients to reload what they show. */
  resync(): void {
    this.enqueue(async () => {
      await this.deps.pubSubSubscribed?.();
      const thread = await this.deps.db.getRepository(Thread).findOneBy({ id: this.threadId });
      if (!thread) return;
      await this.dispatchUpTo(thread.lastSeq);
      await this.dispatch([{ type: 'RESYNC', message: null }]);
    });
  }

  /** One access query for all subscribers of this instance, then the same objects to each. */
  private async dispatch(events: HubEvent[]): Promise<void> {
    const listeners = [...this.listeners];
    if (listeners.length === 0 || events.length === 0) return;
    const userIds = [...new Set(listeners.map((l) => l.userId))];
    let users: { id: string; role: string; ptceId: string | null }[];
    try {
      users = await this.viewers(userIds);
    } catch (error) {
      // These events are marked dispatched: end every subscriber with an error, so that each client
      // subscribes again from its last seq and reads them from the database, rather than skip them.
      this.deps.logger.warn({ err: error, threadId: this.threadId }, 'thread fan-out failed; subscribers resume');
      for (const listener of listeners) {
        this.listeners.delete(listener);
        listener.revoke(resubscribe('STOPPED'));
      }
      return;
    }
    const allowed = new Set(users.filter((u) => canSeePair(u, this.pairSides!)).map((u) => u.id));
    for (const listener of listeners) {
      if (!allowed.has(listener.userId)) {
        this.listeners.delete(listener);
        listener.revoke();
        continue;
      }
      try {
        for (const event of events) listener.deliver(event);
      } catch {
        // Too slow to keep up (its socket has not taken the last 1,024 events): ended with an error, so
        // its client subscribes again from its last seq and reads the rest from the database.
        this.listeners.delete(listener);
        listener.revoke(resubscribe('FELL_BEHIND'));
      }
    }
  }

  /** Role and PTCE of each person, in one prepared query (lists padded to powers of two, so few statements). */
  private async viewers(userIds: string[]): Promise<{ id: string; role: string; ptceId: string | null }[]> {
    const size = 2 ** Math.ceil(Math.log2(userIds.length));
    const ids = [...userIds, ...Array<string>(size - userIds.length).fill(userIds[0]!)];
    return rawRows(this.deps.db, viewersSql(this.deps.db, size), ids);
  }

  close(): void {
    void this.iterator?.return?.();
    void this.presenceIterator?.return?.();
  }
}
