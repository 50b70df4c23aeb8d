import { Repeater } from '@graphql-yoga/subscription';
import { NOTIFICATION_LIMITS, parisToday, type NotificationKind } from '@tandem/shared';
import { In, type SelectQueryBuilder } from 'typeorm';
import { AgendaItem } from '../agenda/agenda-item.entity.js';
import { badInput, notFound, unauthenticated } from '../core/errors.js';
import { newId } from '../core/columns.js';
import { GroupCommit } from '../core/group-commit.js';
import { rawRows } from '../core/raw-rows.js';
import type { Deps } from '../core/services.js';
import type { PairSides } from '../pairs/pair.policy.js';
import { Document } from '../documents/document.entity.js';
import { User } from '../identity/user.entity.js';
import { FollowUp } from '../pairs/follow-up.entity.js';
import { Pair } from '../pairs/pair.entity.js';
import { Message, Thread, ThreadState } from '../threads/thread.entity.js';
import { DEFAULT_PREFERENCES, MailOutbox, Notification, NotificationPreference } from './notification.entity.js';
import { lineClosed, writeTogether } from './notification.writes.js';
import type { NotificationConnection, NotificationEvent, NotificationPreferencesInput } from './notification.inputs.js';
import {
  emailsAtOnce,
  recipientsOf,
  type AgendaPerson,
  type EmailChoices,
  type NotifyEvent,
  type Person,
  type ThreadPerson,
} from './notification.policy.js';

type Target = Partial<
  Pick<Notification, 'threadId' | 'messageId' | 'seq' | 'agendaItemId' | 'documentId' | 'followUpId' | 'dedupeKey'>
>;

interface Fanout {
  event: NotifyEvent;
  pair: PairSides & { id: string };
  actor: { id: string; displayName: string } | null;
  title: string;
  excerpt: string;
  target: Target;
  /** Email choices of the people (missing → defaults). */
  choices: Map<string, EmailChoices>;
  itemDay?: string | null;
  /** The dedupe key of one person's row, when at most one such row may exist (see keyOfMessage). */
  keyOf?: (kind: NotificationKind, recipientId: string) => string | null;
}

/** A message as the bell needs it. */
interface PostedMessage {
  id: string;
  seq: number;
  authorId: string;
  body: string;
  /** Sent again: told only if no notification of it exists yet (see messageSentAgain). */
  again?: boolean;
}

/** A notification as written (`row`), and an immediate email of one. */
type NotificationRow = Omit<Notification, 'createdAt'> & { createdAt: Date };
type MailOutboxRow = Omit<MailOutbox, 'createdAt' | 'notificationId'> & { notificationId: string };

/** The values the audience query is given, by name (see audienceSql). */
type AudienceParameter = 'thread' | 'before' | 'creator' | 'compagnon' | 'beneficiary';

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
/** Rows per multi-row INSERT (≈ 20 parameters each). */
const INSERT_CHUNK = 200;
const chunks = <T>(items: T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
/** Due follow-ups looked at per query. */
const FOLLOW_UP_PAGE = 100;

/**
 * The dedupe key of a message's row for one person, whichever instance tells it: one mention per
 * message and person (`m:`), and one pending reply line per thread and person (`r:`, freed when
 * the line is read or emailed: see lineClosed). Two instances telling posts of one thread at once,
 * or a message sent again through another instance while its first sending still rings, would
 * otherwise each write their own.
 */
const keyOfMessage = (kind: NotificationKind, threadId: string, messageId: string, recipientId: string) =>
  kind === 'MENTION' ? `m:${messageId}:${recipientId}` : kind === 'THREAD_REPLY' ? `r:${threadId}:${recipientId}` : null;

/** A plain-text start of a markdown message, for the bell and the emails (links keep their words). */
export const excerptOf = (body: string) =>
  clip(
    body
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/[`*_>#~]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
    200,
  );

const encodeCursor = (n: Notification) => Buffer.from(`${n.createdAt.toISOString()}|${n.id}`).toString('base64url');
function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const createdAt = new Date(at ?? '');
  if (!id || Number.isNaN(createdAt.getTime())) throw badInput('Invalid cursor', { reason: 'BAD_CURSOR' });
  return { createdAt, id };
}

const truthy = (value: unknown) => value === true || value === 1 || value === '1';

/**
 * In-app notifications: created after commit by the domains (one call per trigger), read through
 * the bell, rung live on a per-person topic (ids only). Emails are queued here in the same step and
 * sent by NotificationMailer.
 */
export class NotificationService {
  constructor(private readonly deps: Deps) {}

  private get db() {
    return this.deps.db;
  }

  /** The thread of a batch of posts, with its pair's sides (what the audience query is given). */
  private threadSql(): string {
    const q = (n: string) => this.q(n);
    return (this.threadText ??= `SELECT t.${q('title')} AS title, t.${q('pairId')} AS pairId, t.${q('createdById')} AS createdById,
           p.${q('compagnonId')} AS compagnonId, p.${q('beneficiaryId')} AS beneficiaryId
         FROM ${q('thread')} t JOIN ${q('pair')} p ON p.${q('id')} = t.${q('pairId')} WHERE t.${q('id')} = ?`);
  }

  private threadText: string | undefined;

  /**
   * The people around a thread, with what decides whether and how each is told (messagesPosted). Each
   * branch goes through an index, never a scan of every user of the network: both PTCEs' people, the
   * thread's creator, its followers, the operators who wrote in it. Built once; its parameters are
   * named in `names` (the thread's own values come from `threadSql`, read first: as a CTE joined into
   * every branch, MariaDB materialised it five times, 2.6 ms a query under load). `before` is the seq
   * before which a message makes its author a participant (the first of a batch: the batch's own
   * messages are replayed in memory, see messagesPosted). That bound is written `seq + 0 < ?` so that
   * no planner reads it through (threadId, seq): that range is the thread's whole history, per
   * person; (threadId, authorId) finds a person's first message at once.
   */
  private audienceSql(): { sql: string; names: AudienceParameter[] } {
    if (this.audienceText) return this.audienceText;
    const q = (n: string) => this.q(n);
    const names: AudienceParameter[] = [];
    const p = (name: AudienceParameter) => (names.push(name), '?');
    // Placeholders are named in the order they are written: `before` after `thread`.
    const participated = (who: string, beforeTheBatch = false) =>
      `EXISTS (SELECT 1 FROM ${q('message')} m WHERE m.${q('threadId')} = ${p('thread')} AND m.${q('authorId')} = ${who}${
        beforeTheBatch ? ` AND m.${q('seq')} + 0 < ${p('before')}` : ''
      })`;
    const sql = `SELECT u.${q('id')} AS id, u.${q('displayName')} AS displayName, u.${q('role')} AS role, u.${q('ptceId')} AS ptceId,
           ts.${q('muted')} AS muted,
           CASE WHEN u.${q('id')} = ${p('creator')} OR ts.${q('following')} = 1 OR ${participated(`u.${q('id')}`, true)} THEN 1 ELSE 0 END AS participant,
           np.${q('emailMentions')} AS emailMentions,
           CASE WHEN EXISTS (SELECT 1 FROM ${q('notification')} n WHERE n.${q('recipientId')} = u.${q('id')} AND n.${q('readAt')} IS NULL
             AND n.${q('emailedAt')} IS NULL AND n.${q('threadId')} = ${p('thread')} AND n.${q('kind')} = 'THREAD_REPLY') THEN 1 ELSE 0 END AS unreadReply
         FROM (
           SELECT c.${q('id')} AS ${q('id')} FROM ${q('user')} c WHERE c.${q('ptceId')} = ${p('compagnon')}
           UNION SELECT c.${q('id')} FROM ${q('user')} c WHERE c.${q('ptceId')} = ${p('beneficiary')}
           UNION SELECT c.${q('id')} FROM ${q('user')} c WHERE c.${q('id')} = ${p('creator')}
           UNION SELECT f.${q('userId')} FROM ${q('thread_state')} f WHERE f.${q('threadId')} = ${p('thread')} AND f.${q('following')} = 1
           UNION SELECT o.${q('id')} FROM ${q('user')} o WHERE o.${q('role')} = 'OPERATOR' AND ${participated(`o.${q('id')}`)}
         ) candidate
         JOIN ${q('user')} u ON u.${q('id')} = candidate.${q('id')}
         LEFT JOIN ${q('thread_state')} ts ON ts.${q('threadId')} = ${p('thread')} AND ts.${q('userId')} = u.${q('id')}
         LEFT JOIN ${q('notification_preference')} np ON np.${q('userId')} = u.${q('id')}`;
    return (this.audienceText = { sql, names });
  }

  private audienceText: { sql: string; names: AudienceParameter[] } | undefined;

  private q(name: string) {
    return this.db.driver.escape(name);
  }

  // --- triggers (called after commit; never throw into the caller) ------------------------------

  /**
   * Messages were posted in one thread, in seq order (a batch of the posts' group commit). Per run
   * of consecutive seqs (tellRun): the thread's row, the people around it with their mute,
   * participation and email choices, then each message in turn — its author takes part from then
   * on, and whoever it gave a pending reply line has one; multi-row INSERTs for all of them.
   */
  async messagesPosted(threadId: string, messages: PostedMessage[]) {
    await Promise.all(messages.map((message) => this.posted.submit(threadId, message)));
  }

  /**
   * A message sent again (same author and clientId). If its first sending was stored but answered
   * with an error (the connection lost after COMMIT), its bell never rang: it rings now, unless a
   * notification of it exists (it was told; telling it again would duplicate its mentions). Checked
   * in the thread's turn (see `posted`): a first sending still ringing on this instance is done first.
   */
  async messageSentAgain(threadId: string, message: PostedMessage & { deletedAt: Date | null }) {
    if (message.deletedAt) return;
    const { id, seq, authorId, body } = message;
    await this.messagesPosted(threadId, [{ id, seq, authorId, body, again: true }]);
  }

  /** The step's messages minus those sent again that were told already. */
  private async untold(messages: PostedMessage[]): Promise<PostedMessage[]> {
    const again = messages.filter((m) => m.again).map((m) => m.id);
    if (again.length === 0) return messages;
    let told = new Set(again); // unknown (the database away): not told again, rather than twice
    await this.safely('messageSentAgain', async () => {
      const rows = await this.db
        .getRepository(Notification)
        .createQueryBuilder('n')
        .select('DISTINCT n.messageId', 'messageId')
        .where('n.messageId IN (:...again)', { again })
        .getRawMany<{ messageId: string }>();
      told = new Set(rows.map((r) => r.messageId));
    });
    return messages.filter((m) => !m.again || !told.has(m.id));
  }

  /**
   * One step of a thread at a time (on this instance): the next one reads the pending reply lines
   * this one writes, so a busy thread still makes one line per person, not one per batch. Messages
   * that arrive while a step runs are told together in the next one, so the bell keeps up with any
   * rate of posts (and the posts, which wait for it, are not held to one step per batch).
   */
  private readonly posted = new GroupCommit<PostedMessage, void>({
    write: async (threadId, messages) => {
      await this.tellPosted(threadId, await this.untold(messages));
      return messages.map(() => ({ ok: true, value: undefined }));
    },
    maxBatch: 1_000,
    start: 'now',
  });

  /**
   * Tells one step's messages, in runs of consecutive seqs: a message another instance committed in
   * between is not replayed here, so the next run reads the people (and who took part) again.
   */
  private async tellPosted(threadId: string, messages: PostedMessage[]) {
    let run: PostedMessage[] = [];
    for (const message of messages) {
      if (run.length > 0 && message.seq !== run[run.length - 1].seq + 1) {
        await this.tellRun(threadId, run);
        run = [];
      }
      run.push(message);
    }
    await this.tellRun(threadId, run);
  }

  private async tellRun(threadId: string, messages: PostedMessage[]) {
    await this.safely('messagePosted', async () => {
      if (messages.length === 0) return;
      const [thread] = await rawRows(this.db, this.threadSql(), [threadId]);
      if (!thread) return;
      const values: Record<AudienceParameter, unknown> = {
        thread: threadId,
        before: Math.min(...messages.map((m) => m.seq)),
        creator: thread.createdById,
        compagnon: thread.compagnonId,
        beneficiary: thread.beneficiaryId,
      };
      const audience = this.audienceSql();
      const rows = await rawRows(
        this.db,
        audience.sql,
        audience.names.map((name) => values[name]),
      );
      if (rows.length === 0) return;
      const people: ThreadPerson[] = rows.map((r) => ({
        id: String(r.id),
        displayName: String(r.displayName),
        role: String(r.role),
        ptceId: (r.ptceId as string | null) ?? null,
        muted: truthy(r.muted),
        participant: truthy(r.participant),
        unreadReply: truthy(r.unreadReply),
      }));
      const choices = new Map(
        rows.map((r) => [
          String(r.id),
          { ...DEFAULT_PREFERENCES, emailMentions: r.emailMentions == null ? true : truthy(r.emailMentions) },
        ]),
      );
      const pair = {
        id: String(thread.pairId),
        compagnonId: String(thread.compagnonId),
        beneficiaryId: String(thread.beneficiaryId),
      };
      const fanouts: Fanout[] = [];
      for (const message of messages) {
        const actor = people.find((p) => p.id === message.authorId);
        fanouts.push({
          event: { type: 'MESSAGE_POSTED', actorId: message.authorId, body: message.body, people: people.map((p) => ({ ...p })) },
          pair,
          actor: actor ?? (await this.actor(message.authorId)),
          title: String(thread.title),
          excerpt: excerptOf(message.body),
          target: { threadId, messageId: message.id, seq: message.seq },
          choices,
          keyOf: (kind, recipientId) => keyOfMessage(kind, threadId, message.id, recipientId),
        });
        // What this message changed for the next ones, as the SELECT would now read it.
        if (actor) actor.participant = true;
        const told = new Set(
          recipientsOf(fanouts[fanouts.length - 1].event, pair)
            .filter((r) => r.kind === 'THREAD_REPLY')
            .map((r) => r.userId),
        );
        for (const person of people) if (told.has(person.id)) person.unreadReply = true;
      }
      await this.fanOut(fanouts);
    });
  }

  /**
   * An agenda item was added, changed or cancelled. Told: the people named as its hosts, and its
   * followers (the followers of its discussion thread, and whoever changed it last before).
   */
  async agendaChanged(input: {
    pairId: string;
    itemId: string;
    type: 'ADDED' | 'UPDATED' | 'DELETED';
    actorId: string;
    previousEditorId?: string | null;
  }) {
    await this.safely('agendaChanged', async () => {
      const item = await this.db.getRepository(AgendaItem).findOne({ where: { id: input.itemId }, relations: { hosts: true } });
      const pair = await this.pairSides(input.pairId);
      if (!item || !pair) return;
      const thread = await this.db
        .getRepository(Thread)
        .findOne({ where: { agendaItemId: item.id }, select: { id: true, createdById: true } });
      const followers = new Set<string>(input.previousEditorId ? [input.previousEditorId] : []);
      if (thread) for (const id of await this.threadFollowers(thread)) followers.add(id);
      const people = await this.peopleOf(pair, [...followers]);
      const hostNames = new Set(
        (item.hosts ?? []).filter((h) => h.kind === 'PERSON').map((h) => h.name.trim().toLocaleLowerCase('fr')),
      );
      const agendaPeople: AgendaPerson[] = people.map((p) => ({
        ...p,
        host: hostNames.has(p.displayName.trim().toLocaleLowerCase('fr')),
        follower: followers.has(p.id),
      }));
      await this.fanOut({
        event: { type: 'AGENDA_CHANGED', actorId: input.actorId, people: agendaPeople },
        pair,
        actor: await this.actor(input.actorId),
        title: item.title,
        excerpt: `${input.type}|${item.day} ${item.startTime}`,
        target: { agendaItemId: item.id },
        choices: await this.choicesOf(people.map((p) => p.id)),
        itemDay: item.day,
      });
    });
  }

  /** A new document (file or note) in a pair's space: everyone of the two PTCEs is told. */
  async documentAdded(input: { documentId: string; actorId: string }) {
    await this.safely('documentAdded', async () => {
      const document = await this.db
        .getRepository(Document)
        .findOne({ where: { id: input.documentId }, select: { id: true, pairId: true, title: true, kind: true } });
      const pair = document && (await this.pairSides(document.pairId));
      if (!document || !pair) return;
      const people = await this.peopleOf(pair);
      await this.fanOut({
        event: { type: 'DOCUMENT_ADDED', actorId: input.actorId, people },
        pair,
        actor: await this.actor(input.actorId),
        title: document.title,
        excerpt: document.kind,
        target: { documentId: document.id },
        choices: new Map(),
      });
    });
  }

  /** A TSF changed status (requested, accepted, declined, withdrawn, completed). */
  async pairStatusChanged(input: { pairId: string; actorId: string }) {
    await this.safely('pairStatusChanged', async () => {
      const pair = await this.db
        .getRepository(Pair)
        .findOne({ where: { id: input.pairId }, relations: { compagnon: true, beneficiary: true } });
      if (!pair) return;
      const people = await this.peopleOf(pair);
      await this.fanOut({
        event: { type: 'PAIR_STATUS', actorId: input.actorId, people },
        pair,
        actor: await this.actor(input.actorId),
        title: `${pair.compagnon.name} · ${pair.beneficiary.name}`,
        excerpt: pair.status,
        target: {},
        choices: await this.choicesOf(people.map((p) => p.id)),
      });
    });
  }

  /**
   * Follow-up check-ins whose day has come and that nobody answered yet: each person of the pair
   * is told once (the unique dedupe key lets only one row in, whichever instance runs this).
   */
  async remindDueFollowUps(now = new Date()): Promise<number> {
    const today = parisToday(now);
    let created = 0;
    // Pages in (dueOn, id) order: a follow-up with nobody to tell (no reminder row is ever written for
    // it) must not hold back the ones after it. Such a one is looked at again an hour later only.
    let after: { dueOn: string; id: string } | null = null;
    for (;;) {
      const query = this.db
        .getRepository(FollowUp)
        .createQueryBuilder('f')
        .where('f.dueOn <= :today AND f.answeredAt IS NULL', { today })
        .andWhere((qb: SelectQueryBuilder<FollowUp>) => {
          const sub = qb.subQuery().select('1').from(Notification, 'n').where('n.followUpId = f.id').getQuery();
          return `NOT EXISTS ${sub}`;
        });
      if (after) query.andWhere('(f.dueOn > :dueOn OR (f.dueOn = :dueOn AND f.id > :id))', after);
      const due = await query.orderBy('f.dueOn', 'ASC').addOrderBy('f.id', 'ASC').take(FOLLOW_UP_PAGE).getMany();
      for (const followUp of due) created += await this.remindFollowUp(followUp, now);
      if (due.length < FOLLOW_UP_PAGE) break;
      after = { dueOn: due[due.length - 1].dueOn, id: due[due.length - 1].id };
    }
    return created;
  }

  /** Follow-ups found with nobody to tell, and when to look at them again (this instance). */
  private readonly nobodyToTell = new Map<string, number>();

  private async remindFollowUp(followUp: FollowUp, now: Date): Promise<number> {
    if ((this.nobodyToTell.get(followUp.id) ?? 0) > now.getTime()) return 0;
    const pair = await this.pairSides(followUp.pairId);
    const people = pair ? await this.peopleOf(pair) : [];
    const recipients = pair ? recipientsOf({ type: 'FOLLOW_UP_DUE', actorId: null, people }, pair) : [];
    if (!pair || recipients.length === 0) {
      this.nobodyToTell.set(followUp.id, now.getTime() + 3600_000);
      return 0;
    }
    this.nobodyToTell.delete(followUp.id);
    const rows = recipients.map((r) => ({
      ...this.row(r.userId, r.kind, pair.id, null, `${followUp.monthsAfter}`, followUp.dueOn, {
        followUpId: followUp.id,
        dedupeKey: `f:${followUp.id}:${r.userId}`,
      }),
    }));
    return this.insertOnce(rows, []);
  }

  // --- reading ----------------------------------------------------------------------------------

  /** My notifications on pairs I can still see (a person who left a PTCE no longer sees its pairs'). */
  private mine(user: User) {
    const qb = this.db
      .getRepository(Notification)
      .createQueryBuilder('n')
      .innerJoin(Pair, 'p', 'p.id = n.pairId')
      .where('n.recipientId = :me', { me: user.id });
    if (user.role !== 'OPERATOR') {
      qb.andWhere('(p.compagnonId = :ptce OR p.beneficiaryId = :ptce)', { ptce: user.ptceId ?? '' });
    }
    return qb;
  }

  async list(user: User | null, first?: number | null, after?: string | null): Promise<NotificationConnection> {
    if (!user) throw unauthenticated();
    const size = first ?? NOTIFICATION_LIMITS.pageSizeDefault;
    if (!Number.isInteger(size) || size < 1 || size > NOTIFICATION_LIMITS.pageSizeMax) {
      throw badInput(`first must be between 1 and ${NOTIFICATION_LIMITS.pageSizeMax}`, { reason: 'BAD_PAGE_SIZE' });
    }
    const qb = this.mine(user);
    if (after) {
      const cursor = decodeCursor(after);
      qb.andWhere('(n.createdAt < :at OR (n.createdAt = :at AND n.id < :id))', { at: cursor.createdAt, id: cursor.id });
    }
    const rows = await qb
      .orderBy('n.createdAt', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .take(size + 1)
      .getMany();
    const page = rows.slice(0, size);
    return {
      edges: page.map((node) => ({ cursor: encodeCursor(node), node })),
      pageInfo: { hasNextPage: rows.length > size, endCursor: page.length ? encodeCursor(page[page.length - 1]) : null },
    };
  }

  async unreadCount(user: User | null): Promise<number> {
    if (!user) throw unauthenticated();
    return this.mine(user).andWhere('n.readAt IS NULL').getCount();
  }

  async markRead(user: User | null, id: string): Promise<Notification> {
    if (!user) throw unauthenticated();
    const notification = await this.mine(user).andWhere('n.id = :id', { id }).getOne();
    if (!notification) throw notFound('Notification not found');
    if (!notification.readAt) {
      const readAt = new Date();
      await writeTogether(this.db, [
        this.db
          .createQueryBuilder()
          .update(Notification)
          .set({ readAt, dedupeKey: lineClosed(this.db) })
          .where('id = :id AND readAt IS NULL', { id })
          .getQueryAndParameters(),
      ]);
      notification.readAt = readAt;
      await this.deps.pubSub.publish('NOTIFICATIONS', user.id, { type: 'READ', notificationId: id });
    }
    return notification;
  }

  async markAllRead(user: User | null): Promise<number> {
    if (!user) throw unauthenticated();
    const [changed] = await writeTogether(this.db, [
      this.db
        .createQueryBuilder()
        .update(Notification)
        .set({ readAt: new Date(), dedupeKey: lineClosed(this.db) })
        .where('recipientId = :me AND readAt IS NULL', { me: user.id })
        .getQueryAndParameters(),
    ]);
    await this.deps.pubSub.publish('NOTIFICATIONS', user.id, { type: 'ALL_READ', notificationId: null });
    return changed;
  }

  /**
   * Reading a thread up to `seq` reads its notifications up to there (one UPDATE), and the bell
   * follows live. Called by ThreadService.markRead once the read position has moved forward.
   */
  async threadRead(userId: string, threadId: string, seq: number): Promise<void> {
    await this.safely('threadRead', async () => {
      const [changed] = await writeTogether(this.db, [
        this.db
          .createQueryBuilder()
          .update(Notification)
          .set({ readAt: new Date(), dedupeKey: lineClosed(this.db) })
          .where('recipientId = :userId AND threadId = :threadId AND seq <= :seq AND readAt IS NULL', {
            userId,
            threadId,
            seq,
          })
          .getQueryAndParameters(),
      ]);
      if (changed > 0) await this.deps.pubSub.publish('NOTIFICATIONS', userId, { type: 'READ', notificationId: null });
    });
  }

  /**
   * A message was edited (`body`) or deleted (null): its notifications show its current words, or none
   * (one UPDATE). Immediate emails are built from the message itself when sent (see NotificationMailer).
   */
  async messageChanged(messageId: string, body: string | null): Promise<void> {
    await this.safely('messageChanged', async () => {
      await writeTogether(this.db, [
        this.db
          .createQueryBuilder()
          .update(Notification)
          .set({ excerpt: body === null ? '' : excerptOf(body) })
          .where("messageId = :messageId AND kind IN ('MENTION', 'THREAD_REPLY')", { messageId })
          .getQueryAndParameters(),
      ]);
    });
  }

  /**
   * Live changes of my notifications. Ids only travel; every event reloads the person (a removed
   * member stops hearing about that pair), the notification and the count from the database.
   */
  async events(user: User | null): Promise<AsyncIterable<NotificationEvent>> {
    if (!user) throw unauthenticated();
    const source = this.deps.pubSub.subscribe('NOTIFICATIONS', user.id);
    return new Repeater<NotificationEvent>(async (push, stop) => {
      const iterator = source[Symbol.asyncIterator]();
      stop.then(() => iterator.return?.());
      for (;;) {
        const next = await Promise.race([iterator.next(), stop.then(() => null)]);
        if (!next || next.done) break;
        const current = await this.db.getRepository(User).findOneBy({ id: user.id });
        if (!current) break;
        const notification = next.value.notificationId
          ? await this.mine(current).andWhere('n.id = :id', { id: next.value.notificationId }).getOne()
          : null;
        if (next.value.notificationId && !notification) continue;
        await push({ type: next.value.type, notification, unreadCount: await this.unreadCount(current) });
      }
      stop();
    });
  }

  // --- preferences ------------------------------------------------------------------------------

  async preferences(user: User | null): Promise<NotificationPreference> {
    if (!user) throw unauthenticated();
    const stored = await this.db.getRepository(NotificationPreference).findOneBy({ userId: user.id });
    return stored ?? Object.assign(new NotificationPreference(), { userId: user.id, ...DEFAULT_PREFERENCES });
  }

  async updatePreferences(user: User | null, input: NotificationPreferencesInput): Promise<NotificationPreference> {
    const current = await this.preferences(user);
    const next = {
      userId: user!.id,
      digest: input.digest ?? current.digest,
      emailMentions: input.emailMentions ?? current.emailMentions,
      emailPairStatus: input.emailPairStatus ?? current.emailPairStatus,
      emailAgendaSoon: input.emailAgendaSoon ?? current.emailAgendaSoon,
    };
    await writeTogether(this.db, [
      this.db
        .createQueryBuilder()
        .insert()
        .into(NotificationPreference)
        .values(next)
        .orUpdate(['digest', 'emailMentions', 'emailPairStatus', 'emailAgendaSoon'], ['userId'])
        .getQueryAndParameters(),
    ]);
    return Object.assign(new NotificationPreference(), next);
  }

  /** Stops every notification email of a person (the unsubscribe link). False when already stopped. */
  async stopAllEmails(userId: string): Promise<boolean> {
    const user = await this.db.getRepository(User).findOneBy({ id: userId });
    if (!user) return false;
    const current = await this.preferences(user);
    const already = current.digest === 'OFF' && !current.emailMentions && !current.emailPairStatus && !current.emailAgendaSoon;
    if (already) return false;
    await this.updatePreferences(user, { digest: 'OFF', emailMentions: false, emailPairStatus: false, emailAgendaSoon: false });
    return true;
  }

  // --- helpers ----------------------------------------------------------------------------------

  private async safely(what: string, work: () => Promise<void>): Promise<void> {
    // The action itself is committed: a failure here is logged, never turned into the caller's error.
    try {
      await work();
    } catch (err) {
      this.deps.logger.error({ err, what }, 'notifications not created');
    }
  }

  private pairSides(pairId: string): Promise<(PairSides & { id: string }) | null> {
    return this.db
      .getRepository(Pair)
      .findOne({ where: { id: pairId }, select: { id: true, compagnonId: true, beneficiaryId: true } });
  }

  private async actor(id: string) {
    return this.db.getRepository(User).findOne({ where: { id }, select: { id: true, displayName: true } });
  }

  /** The people of the pair's two PTCEs, plus the given others (e.g. an operator who took part). */
  private async peopleOf(pair: PairSides, others: string[] = []): Promise<Person[]> {
    const users = await this.db.getRepository(User).find({
      where: [{ ptceId: In([pair.compagnonId, pair.beneficiaryId]) }, ...(others.length ? [{ id: In(others) }] : [])],
      select: { id: true, displayName: true, role: true, ptceId: true },
    });
    return users.map((u) => ({ id: u.id, displayName: u.displayName, role: u.role, ptceId: u.ptceId }));
  }

  /** The followers of a thread: its creator and whoever posted in it, unless they muted it. */
  private async threadFollowers(thread: { id: string; createdById: string }): Promise<string[]> {
    const authors: { authorId: string }[] = await this.db
      .getRepository(Message)
      .createQueryBuilder('m')
      .select('DISTINCT m.authorId', 'authorId')
      .where('m.threadId = :id', { id: thread.id })
      .getRawMany();
    const states = await this.db.getRepository(ThreadState).find({
      where: [
        { threadId: thread.id, muted: true },
        { threadId: thread.id, following: true },
      ],
      select: { userId: true, muted: true },
    });
    const mutedIds = new Set(states.filter((s) => s.muted).map((s) => s.userId));
    const chosen = states.filter((s) => !s.muted).map((s) => s.userId);
    return [...new Set([thread.createdById, ...authors.map((a) => a.authorId), ...chosen])].filter((id) => !mutedIds.has(id));
  }

  private async choicesOf(userIds: string[]): Promise<Map<string, EmailChoices>> {
    if (userIds.length === 0) return new Map();
    const stored = await this.db.getRepository(NotificationPreference).findBy({ userId: In(userIds) });
    return new Map(stored.map((p) => [p.userId, p]));
  }

  private row(
    recipientId: string,
    kind: NotificationKind,
    pairId: string,
    actor: { id: string; displayName: string } | null,
    title: string,
    excerpt: string,
    target: Target,
  ): NotificationRow {
    return {
      id: newId(),
      recipientId,
      kind,
      pairId,
      actorId: actor?.id ?? null,
      actorName: actor?.displayName ?? null,
      threadId: target.threadId ?? null,
      messageId: target.messageId ?? null,
      seq: target.seq ?? null,
      agendaItemId: target.agendaItemId ?? null,
      documentId: target.documentId ?? null,
      followUpId: target.followUpId ?? null,
      dedupeKey: target.dedupeKey ?? null,
      title: clip(title, 200),
      excerpt: clip(excerpt, 300),
      readAt: null,
      emailedAt: null,
      createdAt: new Date(),
    };
  }

  /** Writes the notifications (and immediate emails) of one or more events together, then rings the bells. */
  private async fanOut(fanouts: Fanout | Fanout[]): Promise<void> {
    const rows: NotificationRow[] = [];
    const emails: MailOutboxRow[] = [];
    const now = new Date();
    const today = parisToday(now);
    for (const f of Array.isArray(fanouts) ? fanouts : [fanouts]) {
      const recipients = recipientsOf(f.event, f.pair);
      const own = recipients.map((r) =>
        this.row(r.userId, r.kind, f.pair.id, f.actor, f.title, f.excerpt, {
          ...f.target,
          dedupeKey: f.keyOf?.(r.kind, r.userId) ?? f.target.dedupeKey,
        }),
      );
      rows.push(...own);
      for (const row of own) {
        if (!emailsAtOnce(row.kind, f.choices.get(row.recipientId) ?? DEFAULT_PREFERENCES, { itemDay: f.itemDay, today }))
          continue;
        emails.push({
          id: newId(),
          dedupeKey: `n:${row.id}`,
          recipientId: row.recipientId,
          kind: 'IMMEDIATE' as const,
          notificationId: row.id,
          status: 'PENDING' as const,
          attempts: 0,
          nextAttemptAt: now,
          claimedBy: null,
          claimedUntil: null,
          lastError: null,
          sentAt: null,
        });
      }
    }
    await this.insertOnce(rows, emails);
  }

  /**
   * Writes notification rows and their immediate emails in one transaction (multi-row INSERTs, in
   * chunks under the databases' limits on parameters), then rings the bells. A row whose dedupe key
   * is taken (told already, whichever instance told it) is left out, with its email; returns how
   * many rows went in.
   */
  private async insertOnce(rows: NotificationRow[], emails: MailOutboxRow[]): Promise<number> {
    if (rows.length === 0) return 0;
    // Keyed rows in key order: two instances writing the same keys take their locks in the same order
    // (in opposite orders, MariaDB could make one of them a deadlock's victim).
    const keyOf = (row: NotificationRow) => row.dedupeKey ?? '\uffff';
    rows = [...rows].sort((x, y) => (keyOf(x) < keyOf(y) ? -1 : keyOf(x) > keyOf(y) ? 1 : 0));
    const builder = () => this.db.createQueryBuilder();
    const notifications = chunks(rows, INSERT_CHUNK).map((chunk) =>
      builder().insert().into(Notification).values(chunk).orIgnore().getQueryAndParameters(),
    );
    const mails = chunks(emails, INSERT_CHUNK).map((chunk) =>
      builder().insert().into(MailOutbox).values(chunk).getQueryAndParameters(),
    );
    // The emails of rows left out go with them, in the same transaction (their ids are new: only a
    // row left out by its key is missing here).
    const orphans = chunks(emails, INSERT_CHUNK).map((chunk) =>
      builder()
        .delete()
        .from(MailOutbox)
        .where('notificationId IN (:...ids)', { ids: chunk.map((e) => e.notificationId) })
        .andWhere(`NOT EXISTS (SELECT 1 FROM ${this.q('notification')} n WHERE n.${this.q('id')} = ${this.q('notificationId')})`)
        .getQueryAndParameters(),
    );
    const changed = await writeTogether(this.db, [...notifications, ...mails, ...orphans]);
    const inserted = changed.slice(0, notifications.length).reduce((sum, n) => sum + n, 0);
    let told = rows;
    if (inserted < rows.length) {
      const kept = new Set<string>();
      for (const chunk of chunks(rows, INSERT_CHUNK)) {
        const found = await this.db
          .getRepository(Notification)
          .find({ where: { id: In(chunk.map((r) => r.id)) }, select: { id: true } });
        for (const { id } of found) kept.add(id);
      }
      told = rows.filter((r) => kept.has(r.id));
    }
    for (const row of told) {
      await this.deps.pubSub.publish('NOTIFICATIONS', row.recipientId, { type: 'CREATED', notificationId: row.id });
    }
    return inserted;
  }
}
