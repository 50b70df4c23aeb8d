import { LIMITS } from '@tandem/shared';
import { Brackets, In, MoreThan, QueryFailedError } from 'typeorm';
import { preparedStatement, sqliteConnection, sqliteIdle } from '../core/raw-rows.js';
import { GroupCommit, type Outcome } from '../core/group-commit.js';
import { LiveStream } from '../core/live-stream.js';
import { AppError, badInput, forbidden, notFound, unauthenticated } from '../core/errors.js';
import type { Deps } from '../core/services.js';
import { AgendaItem } from '../agenda/agenda-item.entity.js';
import { Theme } from '../directory/theme.entity.js';
import { User } from '../identity/user.entity.js';
import { Pair } from '../pairs/pair.entity.js';
import { PairService } from '../pairs/pair.service.js';
import { canSeePair } from '../pairs/pair.policy.js';
import { withAuthors } from './message-authors.js';
import { resubscribe, ThreadHub, type HubEvent } from './thread.hub.js';
import { Message, Thread, ThreadState } from './thread.entity.js';
import type { CreateThreadInput, PostMessageInput, ThreadReader } from './thread.inputs.js';
import { LIKE_ESCAPE, canChangeMessage, escapeLike, isClientId, messageBodyProblem } from './thread.policy.js';

/** The SQLite statements of the post path (prepared once, core/raw-rows.ts `preparedStatement`). */
const SQLITE_POST = {
  findClient: 'SELECT 1 FROM "message" WHERE "authorId" = ? AND "clientId" = ?',
  bump: 'UPDATE "thread" SET "lastSeq" = "lastSeq" + 1, "lastActivityAt" = ? WHERE "id" = ? RETURNING "lastSeq"',
  message:
    'INSERT INTO "message" ("id", "threadId", "seq", "clientId", "authorId", "body", "createdAt") VALUES (?, ?, ?, ?, ?, ?, ?)',
  readPosition:
    'INSERT INTO "thread_state" ("threadId", "userId", "readSeq", "muted") VALUES (?, ?, ?, 0) ' +
    'ON CONFLICT ("threadId", "userId") DO UPDATE SET "readSeq" = excluded."readSeq" WHERE "readSeq" < excluded."readSeq"',
};

/** What an access check needs to know about a thread. */
interface ThreadSides {
  threadId: string;
  pairId: string;
  compagnonId: string;
  beneficiaryId: string;
}
const SIDES_CACHE_SIZE = 10_000;

const isUniqueViolation = (error: unknown): boolean => {
  if (!(error instanceof QueryFailedError) && !(error instanceof Error)) return false;
  const code =
    (error as { driverError?: { code?: string }; code?: string }).driverError?.code ?? (error as { code?: string }).code;
  return code === 'ER_DUP_ENTRY' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
};

let lastDateText = { time: NaN, text: '' };
/** A UTC date as both dialects' DATETIME text (the MySQL connection's timezone is 'Z' too). */
const utcDateText = (date: Date) => {
  // Posts carry whole seconds: under load, many in a row share one.
  if (date.getTime() !== lastDateText.time)
    lastDateText = { time: date.getTime(), text: date.toISOString().replace('T', ' ').replace('Z', '') };
  return lastDateText.text;
};

/** Events a subscription may hold for a consumer that does not take them. */
const MAX_BEHIND = 1_024;

export class ThreadService {
  private readonly hubs = new Map<string, ThreadHub>();
  private readonly sides = new Map<string, ThreadSides>();
  private sqliteOne: ((m: Message) => number | null) | undefined;
  private sqliteBatch: { immediate(batch: Message[]): Outcome<number | null>[] } | undefined;

  constructor(
    private readonly deps: Deps,
    // Pair visibility has one owner; PairService keeps no state, so its own instance is fine.
    private readonly pairs = new PairService(deps),
  ) {
    deps.onPubSubResubscribed?.(() => {
      for (const hub of this.hubs.values()) hub.resync();
    });
  }

  private get db() {
    return this.deps.db;
  }

  /** The thread if the person may see its pair; NOT_FOUND otherwise (never revealing it exists). */
  async visibleThread(user: User | null, threadId: string): Promise<Thread> {
    await this.visibleSides(user, threadId);
    const thread = await this.db.getRepository(Thread).findOneBy({ id: threadId });
    if (!thread) throw notFound('Thread not found');
    return thread;
  }

  /** The thread opened about an agenda item, if any (the caller has checked access to the item). */
  threadAbout(agendaItemId: string): Promise<Thread | null> {
    return this.db.getRepository(Thread).findOne({ where: { agendaItemId }, relations: { theme: true } });
  }

  /** The agenda item a thread is about (cancelled items included, with deletedAt set). */
  async agendaItemOf(thread: Thread): Promise<AgendaItem | null> {
    if (!thread.agendaItemId) return null;
    return this.db
      .getRepository(AgendaItem)
      .findOne({ where: { id: thread.agendaItemId, pairId: thread.pairId }, relations: { hosts: true, theme: true } });
  }

  /** A pair's threads, latest activity first. */
  async threadsOf(user: User | null, pair: Pair): Promise<Thread[]> {
    if (!user || !canSeePair(user, pair)) return [];
    return this.db.getRepository(Thread).find({
      where: { pairId: pair.id },
      relations: { theme: true },
      order: { lastActivityAt: 'DESC', createdAt: 'DESC' },
    });
  }

  async createThread(user: User | null, input: CreateThreadInput): Promise<Thread> {
    const pair = await this.pairs.visiblePair(user, input.pairId);
    const title = input.title.trim();
    if (!title) throw badInput('The title is empty', { reason: 'TITLE_EMPTY' });
    if (title.length > LIMITS.threadTitleMaxLength) throw badInput('The title is too long', { reason: 'TITLE_TOO_LONG' });
    const themeCode = input.themeCode?.trim() || null;
    if (themeCode && !(await this.db.getRepository(Theme).existsBy({ code: themeCode }))) {
      throw badInput('Unknown theme', { reason: 'UNKNOWN_THEME' });
    }
    const repo = this.db.getRepository(Thread);
    const agendaItemId = input.agendaItemId ?? null;
    if (agendaItemId) {
      const item = await this.db
        .getRepository(AgendaItem)
        .findOne({ where: { id: agendaItemId }, select: { id: true, pairId: true } });
      if (!item || item.pairId !== pair.id) throw notFound('Agenda item not found');
      const existing = await this.threadAbout(agendaItemId);
      if (existing) return existing;
    }
    let thread: Thread;
    try {
      thread = await repo.save(
        repo.create({
          pairId: pair.id,
          title,
          themeCode,
          agendaItemId,
          createdById: user!.id,
          lastSeq: 0,
          lastActivityAt: new Date(),
        }),
      );
    } catch (error) {
      // Both sides opened the discussion of the same item at once: one thread per item, the first wins.
      const winner = agendaItemId && isUniqueViolation(error) ? await this.threadAbout(agendaItemId) : null;
      if (winner) return winner;
      throw error;
    }
    await this.deps.pubSub.publish('PAIR_ACTIVITY', pair.id, { type: 'THREAD_CREATED', pairId: pair.id });
    return repo.findOneOrFail({ where: { id: thread.id }, relations: { theme: true } });
  }

  /** The thread's pair sides if the person may see its pair; NOT_FOUND otherwise. */
  private async visibleSides(user: User | null, threadId: string): Promise<ThreadSides> {
    if (!user) throw unauthenticated();
    const sides = await this.sidesOf(threadId);
    if (!sides || !canSeePair(user, sides)) throw notFound('Thread not found');
    return sides;
  }

  /**
   * The pair sides of a thread, for access checks. Threads never change pair and pairs never change
   * sides, so the answer is kept (bounded): posting to a thread costs no access query after the first.
   */
  private async sidesOf(threadId: string): Promise<ThreadSides | null> {
    const known = this.sides.get(threadId);
    if (known) return known;
    const row = await this.db
      .getRepository(Thread)
      .createQueryBuilder('t')
      .innerJoin(Pair, 'p', 'p.id = t.pairId')
      .select(['t.id AS threadId', 't.pairId AS pairId', 'p.compagnonId AS compagnonId', 'p.beneficiaryId AS beneficiaryId'])
      .where('t.id = :threadId', { threadId })
      .getRawOne<ThreadSides>();
    if (!row) return null;
    if (this.sides.size >= SIDES_CACHE_SIZE) this.sides.delete(this.sides.keys().next().value!);
    this.sides.set(threadId, row);
    return row;
  }

  /**
   * Posts once per (author, clientId): a retry returns the stored message, the same clientId with
   * another body is a CONFLICT. The seq is allocated in the insert's transaction, under the thread
   * row's lock, together with the author's read position; the bell rings after commit. The hot path
   * is one transaction: access comes from `sidesOf`, the person from the session, the answer from memory.
   */
  async postMessage(user: User | null, posted: PostMessageInput): Promise<Message> {
    if (!user) throw unauthenticated();
    // A lone UTF-16 surrogate cannot be stored as UTF-8: both databases would keep U+FFFD instead,
    // so that is what is compared, stored and answered.
    const input = { ...posted, body: posted.body.replace(/\p{Cs}/gu, '\uFFFD') };
    const sides = await this.visibleSides(user, input.threadId);
    const problem = messageBodyProblem(input.body);
    if (problem)
      throw badInput(problem === 'EMPTY' ? 'The message is empty' : 'The message is too long', { reason: `MESSAGE_${problem}` });
    if (!isClientId(input.clientId)) throw badInput('Invalid clientId', { reason: 'BAD_CLIENT_ID' });
    try {
      await this.deps.rateLimits.consume('messagePerUser', user.id);
    } catch (error) {
      // A device resending what is already stored (after a tunnel) gets its message, limit or not.
      const stored = error instanceof AppError && error.code === 'RATE_LIMITED' && (await this.sameClientMessage(user.id, input));
      if (stored) return this.sentAgain(stored);
      throw error;
    }

    // Whole seconds: what both databases give back, so this answer equals every later read.
    const now = new Date(Math.floor(Date.now() / 1000) * 1000);
    const message = Object.assign(new Message(), {
      threadId: sides.threadId,
      clientId: input.clientId,
      authorId: user.id,
      author: user,
      body: input.body,
      createdAt: now,
      editedAt: null,
      deletedAt: null,
    });
    let seq: number | null;
    try {
      // SQLite has one writer: one lane. On MySQL/MariaDB a thread's posts queue on its row's lock.
      seq = await this.posts.submit(this.db.options.type === 'better-sqlite3' ? 'sqlite' : sides.threadId, message);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      seq = null; // A concurrent retry with the same clientId won the race.
    }
    if (seq === null) {
      const stored = await this.sameClientMessage(user.id, input);
      if (!stored) throw new AppError('CONFLICT', 'This clientId was already used', { reason: 'CLIENT_ID_REUSED' });
      return this.sentAgain(stored);
    }
    return message;
  }

  /**
   * A message sent again is announced again: if its first sending was stored but answered with an
   * error (the connection lost after COMMIT), nothing was published, and the subscribers would
   * otherwise only get it with the thread's next post. A hub that has it already ignores its seq.
   * Its bell rings then too, if it never did (see NotificationService.messageSentAgain).
   */
  private async sentAgain(stored: Message): Promise<Message> {
    try {
      await this.deps.pubSub.publish('THREAD_EVENT', stored.threadId, { type: 'POSTED', seq: stored.seq, messageId: stored.id });
    } catch (err) {
      this.deps.logger.warn({ err, threadId: stored.threadId }, 'a message sent again was not announced');
    }
    await this.deps.notifications.messageSentAgain(stored.threadId, stored);
    return stored;
  }

  /**
   * Posts are written by group commit: the posts that arrive while the previous batch is being
   * written go together, in one transaction, each with its own seq and outcome. Right after the
   * commit, in seq order, each new message is published to the instances and offered to this one's
   * hub; the bell is rung once per thread and batch, while the next batch is written.
   */
  private readonly posts = new GroupCommit<Message, number | null>({
    write: async (_lane, messages) => {
      const outcomes = await this.insertMessages(messages);
      messages.forEach((message, i) => {
        const outcome = outcomes[i];
        if (!outcome.ok || outcome.value === null) return;
        message.seq = outcome.value;
        try {
          this.deps.pubSub.publish('THREAD_EVENT', message.threadId, { type: 'POSTED', seq: message.seq, messageId: message.id });
          this.hubs.get(message.threadId)?.offer(message);
        } catch (err) {
          // Stored all the same: the hubs read a seq they were not told of from the database.
          this.deps.logger.warn({ err, threadId: message.threadId }, 'a new message was not published');
        }
      });
      return outcomes;
    },
    after: async (_lane, messages, outcomes) => {
      const byThread = new Map<string, Message[]>();
      messages.forEach((message, i) => {
        const outcome = outcomes[i];
        if (!outcome.ok || outcome.value === null) return;
        const posted = byThread.get(message.threadId);
        if (posted) posted.push(message);
        else byThread.set(message.threadId, [message]);
      });
      // All at once: each thread's turn is taken now, in batch order (see messagesPosted).
      await Promise.all([...byThread].map(([threadId, posted]) => this.deps.notifications.messagesPosted(threadId, posted)));
    },
  });

  private async sameClientMessage(authorId: string, input: PostMessageInput): Promise<Message | null> {
    const existing = await this.db
      .getRepository(Message)
      .findOne({ where: { authorId, clientId: input.clientId }, relations: { author: true } });
    if (!existing) return null;
    if (existing.threadId !== input.threadId || (existing.body !== input.body && !existing.deletedAt)) {
      throw new AppError('CONFLICT', 'This clientId was already used for another message', { reason: 'CLIENT_ID_REUSED' });
    }
    return existing;
  }

  /**
   * For each message, in one transaction: allocates its seq, stores it and moves the author's read
   * position. Its outcome is the seq, null when this (author, clientId) is already stored, or the
   * error that undid it alone (a savepoint per message).
   */
  private async insertMessages(messages: Message[]): Promise<Outcome<number | null>[]> {
    if (this.db.options.type === 'better-sqlite3') {
      // One synchronous IMMEDIATE transaction: nothing else runs in this process meanwhile, and
      // other processes on the same file wait for the write lock, so seq order is commit order.
      const sql = (name: keyof typeof SQLITE_POST) => preparedStatement(this.db, SQLITE_POST[name]);
      const connection = sqliteConnection(this.db);
      // Called inside the batch's transaction, a better-sqlite3 transaction is a savepoint.
      this.sqliteOne ??= connection.transaction((m: Message) => {
        const at = utcDateText(m.createdAt);
        if (sql('findClient').get(m.authorId, m.clientId)) return null;
        const row = sql('bump').get(at, m.threadId) as { lastSeq: number } | undefined;
        if (!row) throw notFound('Thread not found');
        sql('message').run(m.id, m.threadId, row.lastSeq, m.clientId, m.authorId, m.body, at);
        sql('readPosition').run(m.threadId, m.authorId, row.lastSeq);
        return row.lastSeq;
      });
      const one = this.sqliteOne;
      this.sqliteBatch ??= connection.transaction((batch: Message[]) =>
        batch.map((m): Outcome<number | null> => {
          try {
            return { ok: true, value: one(m) };
          } catch (error) {
            // Some errors (a full disk, an I/O error) roll back the whole transaction, not just the
            // savepoint: then the batch fails as one, before anything runs outside a transaction.
            if (!connection.inTransaction) throw error;
            return { ok: false, error };
          }
        }),
      );
      // TypeORM drives SQLite through one connection: while another request's transaction is open
      // (across its awaits), this one would run as a savepoint inside it and vanish with its rollback.
      await sqliteIdle(this.db);
      return this.sqliteBatch.immediate(messages);
    }
    // MySQL/MariaDB: one round trip to a stored procedure (migrations/mysql/*-PostMessagesProcedure.ts)
    // that runs the same transaction, so the thread row's lock is never held across our event loop.
    // A lane is one thread: every message of the batch is in it.
    const items = messages.map((m) => ({
      id: m.id,
      client: m.clientId,
      author: m.authorId,
      body: m.body,
      at: utcDateText(m.createdAt),
    }));
    const result = (await this.db.query('CALL `tandem_post_messages`(?, ?)', [messages[0].threadId, JSON.stringify(items)])) as [
      { seqs: string }[],
      unknown,
    ];
    const seqs = JSON.parse(result[0]?.[0]?.seqs ?? 'null') as (number | null)[] | null;
    if (!Array.isArray(seqs) || seqs.length !== messages.length) throw new Error('tandem_post_messages: unexpected answer');
    return seqs.map((seq): Outcome<number | null> => {
      if (seq === null) return { ok: false, error: notFound('Thread not found') };
      if (seq === -2) return { ok: false, error: new Error('tandem_post_messages refused this post (its author or data)') };
      return { ok: true, value: seq === -1 ? null : seq };
    });
  }

  /** Loads a message the person may see, NOT_FOUND otherwise; only its author may change it. */
  private async ownMessage(user: User | null, messageId: string): Promise<Message> {
    if (!user) throw unauthenticated();
    const message = await this.db.getRepository(Message).findOne({ where: { id: messageId }, relations: { author: true } });
    if (!message) throw notFound('Message not found');
    await this.visibleThread(user, message.threadId).catch(() => {
      throw notFound('Message not found');
    });
    if (!canChangeMessage(user.id, message)) throw forbidden('Only the author can change this message');
    return message;
  }

  async editMessage(user: User | null, messageId: string, body: string): Promise<Message> {
    const message = await this.ownMessage(user, messageId);
    if (message.deletedAt) throw badInput('This message was deleted', { reason: 'MESSAGE_DELETED' });
    const problem = messageBodyProblem(body);
    if (problem)
      throw badInput(problem === 'EMPTY' ? 'The message is empty' : 'The message is too long', { reason: `MESSAGE_${problem}` });
    if (body === message.body) return message;
    await this.db.getRepository(Message).update({ id: message.id }, { body, editedAt: new Date() });
    await this.deps.pubSub.publish('THREAD_EVENT', message.threadId, { type: 'EDITED', seq: message.seq, messageId: message.id });
    await this.deps.notifications.messageChanged(message.id, body);
    return this.db.getRepository(Message).findOneOrFail({ where: { id: message.id }, relations: { author: true } });
  }

  /** The text is blanked in the database: a deleted message's words are gone, only the mark stays. */
  async deleteMessage(user: User | null, messageId: string): Promise<Message> {
    const message = await this.ownMessage(user, messageId);
    if (message.deletedAt) return message;
    await this.db.getRepository(Message).update({ id: message.id }, { body: '', deletedAt: new Date() });
    await this.deps.pubSub.publish('THREAD_EVENT', message.threadId, {
      type: 'DELETED',
      seq: message.seq,
      messageId: message.id,
    });
    await this.deps.notifications.messageChanged(message.id, null);
    return this.db.getRepository(Message).findOneOrFail({ where: { id: message.id }, relations: { author: true } });
  }

  /** Keyset pages, ascending: `afterSeq` → the next ones; otherwise the last ones before `beforeSeq`. */
  async messages(
    user: User | null,
    thread: Thread,
    args: { afterSeq?: number | null; beforeSeq?: number | null; last?: number | null },
  ) {
    if (!user) throw unauthenticated();
    const size = Math.min(Math.max(args.last ?? LIMITS.pageSizeDefault, 1), LIMITS.pageSizeMax);
    if (args.afterSeq != null) return this.messagePage(thread.id, { after: args.afterSeq }, size);
    const page = await this.messagePage(thread.id, { before: args.beforeSeq ?? null }, size);
    return page.reverse();
  }

  /**
   * One keyset page on the unique index (threadId, seq), with authors. `limit`, not TypeORM's `take`:
   * with a join, `take` wraps the query in a DISTINCT sub-select that sorts the whole thread
   * (666 ms for the last 50 of 1,000,000 messages instead of a few).
   */
  private async messagePage(
    threadId: string,
    at: { after: number } | { before: number | null },
    size: number,
  ): Promise<Message[]> {
    const query = this.db.getRepository(Message).createQueryBuilder('m').where('m.threadId = :threadId', { threadId });
    if ('after' in at) query.andWhere('m.seq > :after', { after: at.after }).orderBy('m.seq', 'ASC');
    else {
      if (at.before !== null) query.andWhere('m.seq < :before', { before: at.before });
      query.orderBy('m.seq', 'DESC');
    }
    return withAuthors(this.db, await query.limit(size).getMany());
  }

  private async state(userId: string, threadId: string): Promise<ThreadState | null> {
    return this.db.getRepository(ThreadState).findOneBy({ userId, threadId });
  }

  async readSeq(user: User | null, thread: Thread): Promise<number> {
    if (!user) return 0;
    return (await this.state(user.id, thread.id))?.readSeq ?? 0;
  }

  async muted(user: User | null, thread: Thread): Promise<boolean> {
    if (!user) return false;
    return (await this.state(user.id, thread.id))?.muted ?? false;
  }

  /** Messages of others after my read position (deleted ones do not count). */
  async unreadCount(user: User | null, thread: Thread): Promise<number> {
    if (!user) return 0;
    const readSeq = await this.readSeq(user, thread);
    if (readSeq >= thread.lastSeq) return 0;
    return this.db
      .getRepository(Message)
      .createQueryBuilder('m')
      .where('m.threadId = :threadId AND m.seq > :readSeq AND m.authorId <> :me AND m.deletedAt IS NULL', {
        threadId: thread.id,
        readSeq,
        me: user.id,
      })
      .getCount();
  }

  /** Who has read up to where ("vu par"), except the asking person. */
  async readers(user: User | null, thread: Thread): Promise<ThreadReader[]> {
    if (!user) return [];
    const states = await this.db.getRepository(ThreadState).find({
      where: { threadId: thread.id, readSeq: MoreThan(0) },
      relations: { user: true },
    });
    return states.filter((s) => s.userId !== user.id).map((s) => ({ user: s.user, seq: s.readSeq }));
  }

  /** Tells the others in the thread that this person is here (or typing). Nothing is stored. */
  async signalPresence(user: User | null, threadId: string, typing: boolean): Promise<boolean> {
    const thread = await this.visibleThread(user, threadId);
    await this.deps.pubSub.publish('THREAD_PRESENCE', thread.id, { userId: user!.id, typing });
    return true;
  }

  /** Moves the read position forward only (a late request never moves it back). */
  async markRead(user: User | null, threadId: string, seq: number): Promise<Thread> {
    const thread = await this.visibleThread(user, threadId);
    if (!Number.isInteger(seq) || seq < 0) throw badInput('Invalid seq', { reason: 'BAD_SEQ' });
    const readSeq = Math.min(seq, thread.lastSeq);
    await this.moveReadPosition(user!.id, thread.id, readSeq);
    // Also when the position did not move: one's own post moves it (up to that post) without reading
    // the notifications before it, which the person is now shown.
    await this.deps.notifications.threadRead(user!.id, thread.id, readSeq);
    return thread;
  }

  /** Whether the position moved. */
  private async moveReadPosition(userId: string, threadId: string, seq: number): Promise<boolean> {
    await this.ensureState(userId, threadId);
    const result = await this.db
      .createQueryBuilder()
      .update(ThreadState)
      .set({ readSeq: seq })
      .where('userId = :userId AND threadId = :threadId AND readSeq < :seq', { userId, threadId, seq })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  private async ensureState(userId: string, threadId: string): Promise<void> {
    await this.db
      .createQueryBuilder()
      .insert()
      .into(ThreadState)
      .values({ userId, threadId, readSeq: 0, muted: false })
      .orIgnore()
      .execute();
  }

  async setMuted(user: User | null, threadId: string, muted: boolean): Promise<Thread> {
    const thread = await this.visibleThread(user, threadId);
    await this.ensureState(user!.id, thread.id);
    await this.db.getRepository(ThreadState).update({ userId: user!.id, threadId: thread.id }, { muted });
    return thread;
  }

  /** Whether replies in this thread notify me: I started it, posted in it or chose to follow it, and did not mute it. */
  async following(user: User | null, thread: { id: string; createdById: string }): Promise<boolean> {
    if (!user) return false;
    const state = await this.state(user.id, thread.id);
    if (state?.muted) return false;
    if (state?.following || thread.createdById === user.id) return true;
    return this.db.getRepository(Message).existsBy({ threadId: thread.id, authorId: user.id });
  }

  /** Follow (replies notify me) or stop following (the thread is muted: only mentions still reach me). */
  async setFollowing(user: User | null, threadId: string, following: boolean): Promise<Thread> {
    const thread = await this.visibleThread(user, threadId);
    await this.db
      .createQueryBuilder()
      .insert()
      .into(ThreadState)
      .values({ threadId: thread.id, userId: user!.id, readSeq: 0, following, muted: !following })
      .orUpdate(['following', 'muted'], ['threadId', 'userId'])
      .execute();
    return thread;
  }

  /** Messages of a pair's space containing `query` (LIKE with its wildcards escaped), newest first. */
  async search(user: User | null, pairId: string, query: string): Promise<Message[]> {
    const pair = await this.pairs.visiblePair(user, pairId);
    const text = query.trim();
    if (text.length < 2 || text.length > 100) throw badInput('Search between 2 and 100 characters', { reason: 'SEARCH_LENGTH' });
    return this.db
      .getRepository(Message)
      .createQueryBuilder('m')
      .innerJoin(Thread, 't', 't.id = m.threadId')
      .leftJoinAndSelect('m.author', 'author')
      .where('t.pairId = :pairId AND m.deletedAt IS NULL', { pairId: pair.id })
      .andWhere(new Brackets((qb) => qb.where(`LOWER(m.body) LIKE :pattern ESCAPE '${LIKE_ESCAPE}'`)))
      .setParameter('pattern', `%${escapeLike(text.toLowerCase())}%`)
      .orderBy('m.createdAt', 'DESC')
      .addOrderBy('m.seq', 'DESC')
      .take(30)
      .getMany();
  }

  /** The people of the pair's two PTCEs, for @mentions. */
  async people(user: User | null, pairId: string): Promise<User[]> {
    const pair = await this.pairs.visiblePair(user, pairId);
    return this.db.getRepository(User).find({
      where: { ptceId: In([pair.compagnonId, pair.beneficiaryId]) },
      order: { displayName: 'ASC' },
    });
  }

  /**
   * Replays every message after `afterSeq`, then streams live ones, without gap or duplicate:
   * the hub listener is registered first and buffers while the replay reads the database; then
   * only events past the last replayed seq go out. Access is re-checked on every event (by the hub).
   */
  async events(user: User | null, threadId: string, afterSeq: number | null | undefined): Promise<AsyncIterable<HubEvent>> {
    const thread = await this.visibleThread(user, threadId);
    return new LiveStream<HubEvent>(MAX_BEHIND, async (stream) => {
      const hub = this.hubFor(thread.id);
      const buffer: HubEvent[] = [];
      let live = false;
      let lastSent = afterSeq ?? -1;
      /** Whether `event` goes out (not sent yet, in seq order); moves `lastSent` when it does. */
      const accept = (event: HubEvent): boolean => {
        if (event.type === 'POSTED') {
          if (event.message!.seq <= lastSent) return false;
          lastSent = event.message!.seq;
          return true;
        }
        // An edit of a message whose POSTED (with the current text) is still to come waits for it.
        return !(event.message && event.message.seq > lastSent);
      };
      /** Pushes at the consumer's pace (a replay may be a long backlog). */
      const paced = async (event: HubEvent) => {
        stream.push(event);
        await stream.demanded();
      };
      const listener = {
        userId: user!.id,
        deliver: (event: HubEvent) => {
          if (live) {
            // Live: handed at once; a consumer 1,024 events behind makes this throw, and the hub ends it.
            if (accept(event) && !stream.push(event) && !stream.ended) throw new Error('fell behind');
          } else if (buffer.length < MAX_BEHIND) buffer.push(event);
          else stream.end(resubscribe('FELL_BEHIND')); // held, not sent: the same limit as a live consumer's
        },
        revoke: (error?: Error) => stream.end(error),
      };
      hub.listeners.add(listener);
      try {
        await hub.ready;
        if (lastSent < 0) {
          lastSent = (await this.db.getRepository(Thread).findOneByOrFail({ id: thread.id })).lastSeq;
        }
        while (!stream.ended) {
          const page = await this.messagePage(thread.id, { after: lastSent }, 200);
          for (const message of page) {
            lastSent = message.seq;
            await paced({ type: 'POSTED', message });
          }
          if (page.length < 200) break;
        }
        // What arrived during the replay, at the consumer's pace; live events keep queueing behind it
        // until it is drained, so the order holds.
        for (let event = buffer.shift(); event && !stream.ended; event = buffer.shift()) if (accept(event)) await paced(event);
        live = true;
        // Every change from here on comes live: a client that reads again what it shows (edits and
        // deletions are not replayed) does it now, and nothing falls between its read and the stream.
        stream.push({ type: 'READY', message: null });
        await stream.stopped;
      } catch (err) {
        this.deps.logger.warn({ err, threadId }, 'thread subscription failed');
        // An error, not a silent end: the client subscribes again from the last seq it has.
        stream.end(resubscribe('STOPPED'));
      } finally {
        hub.listeners.delete(listener);
        if (hub.listeners.size === 0 && this.hubs.get(thread.id) === hub) {
          this.hubs.delete(thread.id);
          hub.close();
        }
      }
    });
  }

  private hubFor(threadId: string): ThreadHub {
    let hub = this.hubs.get(threadId);
    if (!hub) {
      hub = new ThreadHub(this.deps, threadId);
      this.hubs.set(threadId, hub);
    }
    return hub;
  }
}
