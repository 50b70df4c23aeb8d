import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { In, type DataSource } from 'typeorm';
import { newId } from '../core/columns.js';
import type { DigestFrequency } from '@tandem/shared';
import type { Deps } from '../core/services.js';
import { User } from '../identity/user.entity.js';
import { Pair } from '../pairs/pair.entity.js';
import { canSeePair } from '../pairs/pair.policy.js';
import { AppSecret, DEFAULT_PREFERENCES, MailOutbox, Notification, NotificationPreference } from './notification.entity.js';
import { digestPeriod, digestPeriodEnd, retryDelaySeconds } from './notification.policy.js';
import { digestMail, immediateMail } from './notification.templates.js';
import { unsubscribeToken } from './unsubscribe-token.js';
import { lineClosed, writeTogether } from './notification.writes.js';
import { excerptOf, type NotificationService } from './notification.service.js';
import { Message } from '../threads/thread.entity.js';

/** Most emails one pass sends (each claimed on its own, right before it is sent). */
const BATCH = 50;
/** Due rows looked at per claim (another worker may win some of them). */
const CLAIM_CANDIDATES = 5;
/**
 * Every SMTP wait (connect, greeting, each reply) is bounded to a tenth of the lease, see smtpWaitMs;
 * a send is at most connect + greeting + 5 replies, so it fits in 7/10 of the lease.
 */
const SMTP_WAIT_SHARE_OF_LEASE = 0.1;
const SEND_SHARE_OF_LEASE = 7 * SMTP_WAIT_SHARE_OF_LEASE;

/** The bound of each SMTP wait for a given outbox lease (createMailer's waitMs). */
export const smtpWaitMs = (leaseSeconds: number) => Math.round(leaseSeconds * 1000 * SMTP_WAIT_SHARE_OF_LEASE);
const DIGEST_MAX_ITEMS = 100;

export interface WorkerRun {
  queuedDigests: number;
  sent: number;
  skipped: number;
  failed: number;
}

/** The unsubscribe key: MAIL_SECRET, or a random one generated once and shared through the database. */
export async function mailSecret(db: DataSource, configured: string | undefined): Promise<string> {
  if (configured) return configured;
  await writeTogether(db, [
    db
      .createQueryBuilder()
      .insert()
      .into(AppSecret)
      .values({ name: 'unsubscribe', value: randomBytes(32).toString('hex') })
      .orIgnore()
      .getQueryAndParameters(),
  ]);
  return (await db.getRepository(AppSecret).findOneByOrFail({ name: 'unsubscribe' })).value;
}

/**
 * The email outbox worker (one per server instance). Each run queues the digests that are due and
 * sends due emails: a row is claimed with one conditional UPDATE (PENDING, due, lease free), so two
 * instances never send the same row; it is marked SENT right after the SMTP server accepted it.
 * A failure puts it back with exponential backoff; a crash mid-send leaves a lease that expires.
 */
export class NotificationMailer {
  readonly workerId = `${hostname()}-${process.pid}-${randomBytes(4).toString('hex')}`;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<WorkerRun> | undefined;
  private secret: Promise<string> | undefined;

  constructor(
    private readonly deps: Deps,
    private readonly notifications: NotificationService,
  ) {}

  private get db() {
    return this.deps.db;
  }

  secretKey(): Promise<string> {
    // A failed read (database away for a moment) is not kept: the next call tries again.
    this.secret ??= mailSecret(this.db, this.deps.config.mail.secret).catch((err: unknown) => {
      this.secret = undefined;
      throw err;
    });
    return this.secret;
  }

  async unsubscribeUrl(userId: string): Promise<string> {
    return `${this.deps.config.publicUrl}/api/unsubscribe/${unsubscribeToken(await this.secretKey(), userId)}`;
  }

  start(): void {
    const seconds = this.deps.config.mail.workerIntervalSeconds;
    if (seconds <= 0 || this.timer) return;
    this.timer = setInterval(() => void this.runOnce().catch(() => {}), seconds * 1000);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => {});
  }

  /** One pass; overlapping calls share the pass in progress. */
  runOnce(now?: Date): Promise<WorkerRun> {
    this.running ??= this.pass(now ?? new Date()).finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async pass(now: Date): Promise<WorkerRun> {
    const run: WorkerRun = { queuedDigests: 0, sent: 0, skipped: 0, failed: 0 };
    // The pass's clock keeps running (tests hand a pass a moment in the future: it is kept as an offset).
    const offset = now.getTime() - Date.now();
    const clock = () => new Date(Date.now() + offset);
    try {
      await this.notifications.remindDueFollowUps(now);
      run.queuedDigests = await this.queueDigests(now);
      // One row at a time, claimed right before it is sent, its lease counted from that claim: a slow
      // send never eats into the lease of rows still waiting in this worker.
      for (let i = 0; i < BATCH; i++) {
        const row = await this.claimNext(clock());
        if (!row) break;
        const outcome = await this.deliver(row, clock);
        if (outcome) run[outcome] += 1;
      }
    } catch (err) {
      this.deps.logger.error({ err }, 'mail worker pass failed');
    }
    return run;
  }

  /**
   * One digest row per person and period (unique key), once the period has ended, for people with
   * unread, unmailed notifications created within or before it.
   */
  async queueDigests(now: Date): Promise<number> {
    const hour = this.deps.config.mail.digestDailyHour;
    const hourlyEnd = digestPeriod('HOURLY', now, hour)!.end;
    const dailyEnd = digestPeriod('DAILY', now, hour)?.end ?? new Date(0);
    const waiting: { recipientId: string; digest: DigestFrequency | null }[] = await this.db
      .getRepository(Notification)
      .createQueryBuilder('n')
      .leftJoin(NotificationPreference, 'np', 'np.userId = n.recipientId')
      // A deleted message's notification is no news (its words are gone): never in a digest.
      .leftJoin(Message, 'm', 'm.id = n.messageId')
      .select('n.recipientId', 'recipientId')
      .addSelect('np.digest', 'digest')
      .distinct(true)
      .where('n.readAt IS NULL AND n.emailedAt IS NULL AND m.deletedAt IS NULL')
      // Only what happened before the person's last period ended waits for that period's digest.
      .andWhere("n.createdAt < (CASE WHEN COALESCE(np.digest, :byDefault) = 'HOURLY' THEN :hourlyEnd ELSE :dailyEnd END)", {
        byDefault: DEFAULT_PREFERENCES.digest,
        hourlyEnd,
        dailyEnd,
      })
      // People who turned digests off keep their unread notifications: not worth looking at every pass.
      .andWhere("(np.digest IS NULL OR np.digest <> 'OFF')")
      .getRawMany();
    const rows = waiting
      .map((w) => ({
        recipientId: w.recipientId,
        period: digestPeriod(w.digest ?? DEFAULT_PREFERENCES.digest, now, hour),
      }))
      .filter((w) => w.period !== null)
      .map((w) => ({
        dedupeKey: `d:${w.recipientId}:${w.period!.key}`,
        recipientId: w.recipientId,
        kind: 'DIGEST' as const,
        notificationId: null,
        status: 'PENDING' as const,
        attempts: 0,
        nextAttemptAt: now,
      }));
    if (rows.length === 0) return 0;
    const existing = new Set(
      (
        await this.db
          .getRepository(MailOutbox)
          .find({ where: { dedupeKey: In(rows.map((r) => r.dedupeKey)) }, select: { dedupeKey: true } })
      ).map((r) => r.dedupeKey),
    );
    const fresh = rows.filter((r) => !existing.has(r.dedupeKey));
    if (fresh.length === 0) return 0;
    // Another instance may queue the same period at the same moment: the unique key keeps one.
    const [queued] = await writeTogether(this.db, [
      this.db
        .createQueryBuilder()
        .insert()
        .into(MailOutbox)
        .values(fresh.map((r) => ({ ...r, id: newId() })))
        .orIgnore()
        .getQueryAndParameters(),
    ]);
    return queued;
  }

  /** The next due row, now held by this worker (a conditional UPDATE that only one worker can win), or null. */
  private async claimNext(now: Date): Promise<MailOutbox | null> {
    const repo = this.db.getRepository(MailOutbox);
    const candidates = await repo
      .createQueryBuilder('o')
      .select(['o.id'])
      .where("o.status = 'PENDING' AND o.nextAttemptAt <= :now", { now })
      .andWhere('(o.claimedUntil IS NULL OR o.claimedUntil < :now)', { now })
      .orderBy('o.nextAttemptAt', 'ASC')
      .take(CLAIM_CANDIDATES)
      .getMany();
    for (const { id } of candidates) {
      const leaseEnd = new Date(now.getTime() + this.deps.config.mail.leaseSeconds * 1000);
      const [claimed] = await writeTogether(this.db, [
        this.db
          .createQueryBuilder()
          .update(MailOutbox)
          .set({ claimedBy: this.workerId, claimedUntil: leaseEnd })
          .where("id = :id AND status = 'PENDING' AND (claimedUntil IS NULL OR claimedUntil < :now)", { id, now })
          .getQueryAndParameters(),
      ]);
      if (claimed === 1) return repo.findOneByOrFail({ id });
    }
    return null;
  }

  /**
   * Whether this worker still holds the row with enough lease left for the longest possible send
   * (the mailer's SMTP waits are bounded to well under the lease, see createMailer's waitMs).
   */
  private async stillMine(row: MailOutbox, now: Date): Promise<boolean> {
    const current = await this.db
      .getRepository(MailOutbox)
      .findOne({ where: { id: row.id }, select: { id: true, status: true, claimedBy: true, claimedUntil: true } });
    const margin = this.deps.config.mail.leaseSeconds * 1000 * SEND_SHARE_OF_LEASE;
    return (
      current?.status === 'PENDING' &&
      current.claimedBy === this.workerId &&
      !!current.claimedUntil &&
      current.claimedUntil.getTime() > now.getTime() + margin
    );
  }

  private async finish(row: MailOutbox, status: 'SENT' | 'SKIPPED', now: Date, emailed: string[] = []): Promise<void> {
    await writeTogether(this.db, [
      this.db
        .createQueryBuilder()
        .update(MailOutbox)
        .set({ status, sentAt: status === 'SENT' ? now : null, claimedUntil: null })
        .where('id = :id AND claimedBy = :me', { id: row.id, me: this.workerId })
        .getQueryAndParameters(),
      ...(emailed.length > 0
        ? [
            this.db
              .createQueryBuilder()
              .update(Notification)
              .set({ emailedAt: now, dedupeKey: lineClosed(this.db) })
              .where('id IN (:...ids) AND emailedAt IS NULL', { ids: emailed })
              .getQueryAndParameters(),
          ]
        : []),
    ]);
  }

  private async deliver(row: MailOutbox, clock: () => Date): Promise<'sent' | 'skipped' | 'failed' | null> {
    let now = clock();
    try {
      const user = await this.db.getRepository(User).findOneBy({ id: row.recipientId });
      if (!user) return await this.finish(row, 'SKIPPED', now).then(() => 'skipped' as const);
      const prefs = (await this.db.getRepository(NotificationPreference).findOneBy({ userId: user.id })) ?? DEFAULT_PREFERENCES;
      const mail = row.kind === 'IMMEDIATE' ? await this.immediate(row, user, prefs) : await this.digest(row, user, prefs, now);
      if (!mail || !mail.content) {
        return await this.finish(row, 'SKIPPED', now, mail?.notificationIds).then(() => 'skipped' as const);
      }
      // Last look before it goes: a row whose lease ran out (or is about to) may be someone else's now.
      if (!(await this.stillMine(row, clock()))) {
        this.deps.logger.warn({ outboxId: row.id }, 'mail lease too short to send, left for a later pass');
        return null;
      }
      await this.deps.mailer.send({
        to: user.email,
        ...mail.content,
        messageId: `<${row.id}@tandem.mail>`,
        headers: { 'List-Unsubscribe': `<${mail.unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
      });
      now = clock();
      await this.finish(row, 'SENT', now, mail.notificationIds);
      return 'sent';
    } catch (err) {
      const failures = row.attempts + 1;
      const { retryBaseSeconds, retryMaxSeconds } = this.deps.config.mail;
      const delay = retryDelaySeconds(failures, retryBaseSeconds, retryMaxSeconds);
      this.deps.logger.warn(
        { err: (err as Error).message, outboxId: row.id, failures, retryInSeconds: delay },
        'mail not sent, will retry',
      );
      await writeTogether(this.db, [
        this.db
          .createQueryBuilder()
          .update(MailOutbox)
          .set({
            attempts: failures,
            nextAttemptAt: new Date(now.getTime() + delay * 1000),
            claimedBy: null,
            claimedUntil: null,
            lastError: String((err as Error).message ?? err).slice(0, 300),
          })
          .where('id = :id AND claimedBy = :me', { id: row.id, me: this.workerId })
          .getQueryAndParameters(),
      ]);
      return 'failed';
    }
  }

  /** The immediate email of one notification, unless read, already mailed, or the choice was turned off meanwhile. */
  private async immediate(row: MailOutbox, user: User, prefs: typeof DEFAULT_PREFERENCES | NotificationPreference) {
    const notification = await this.db.getRepository(Notification).findOneBy({ id: row.notificationId ?? '' });
    if (!notification || notification.readAt || notification.emailedAt) return null;
    const wanted =
      notification.kind === 'MENTION'
        ? prefs.emailMentions
        : notification.kind === 'PAIR_STATUS'
          ? prefs.emailPairStatus
          : notification.kind === 'AGENDA_CHANGED' && prefs.emailAgendaSoon;
    if (!wanted) return null;
    const pair = await this.db.getRepository(Pair).findOneBy({ id: notification.pairId });
    if (!pair || !canSeePair(user, pair)) return null;
    if (notification.messageId) {
      // The words as they are now: a deleted message is not emailed, an edited one goes out edited.
      const message = await this.db
        .getRepository(Message)
        .findOne({ where: { id: notification.messageId }, select: { id: true, body: true, deletedAt: true } });
      if (!message || message.deletedAt) return null;
      notification.excerpt = excerptOf(message.body);
    }
    const unsubscribe = await this.unsubscribeUrl(user.id);
    return {
      content: immediateMail({
        locale: user.locale,
        notification,
        publicUrl: this.deps.config.publicUrl,
        unsubscribeUrl: unsubscribe,
      }),
      unsubscribe,
      notificationIds: [notification.id],
    };
  }

  /**
   * Everything not read and not mailed yet (and not waiting for its own immediate email) up to the end
   * of the row's period, grouped by space. Notifications of spaces the person no longer sees are left
   * out and marked as dealt with (else each period would queue a digest for them, skipped, forever).
   */
  private async digest(
    row: MailOutbox,
    user: User,
    prefs: typeof DEFAULT_PREFERENCES | NotificationPreference,
    now: Date,
  ): Promise<{ content?: ReturnType<typeof digestMail>; unsubscribe?: string; notificationIds: string[] } | null> {
    if (prefs.digest === 'OFF') return null;
    // A later period's digest (e.g. while this one was backing off) covers everything this one would:
    // only the newest is sent, so two instances never send the same items twice.
    const newer = await this.db
      .getRepository(MailOutbox)
      .createQueryBuilder('o')
      .where("o.recipientId = :me AND o.kind = 'DIGEST' AND o.id <> :id AND o.status <> 'SKIPPED'", {
        me: user.id,
        id: row.id,
      })
      .andWhere('o.createdAt > :created', { created: row.createdAt })
      .getExists();
    if (newer) return null;
    // What happened up to the end of the row's period (older rows: up to now).
    const end = digestPeriodEnd(row.dedupeKey) ?? now;
    const pending = this.db
      .getRepository(MailOutbox)
      .createQueryBuilder('o')
      .select('1')
      .where("o.notificationId = n.id AND o.status = 'PENDING'");
    const notifications = await this.db
      .getRepository(Notification)
      .createQueryBuilder('n')
      .leftJoin(Message, 'm', 'm.id = n.messageId')
      .where('n.recipientId = :me AND n.readAt IS NULL AND n.emailedAt IS NULL AND n.createdAt < :end', { me: user.id, end })
      .andWhere('m.deletedAt IS NULL')
      .andWhere(`NOT EXISTS (${pending.getQuery()})`)
      .orderBy('n.createdAt', 'ASC')
      .addOrderBy('n.id', 'ASC')
      .take(DIGEST_MAX_ITEMS)
      .getMany();
    const pairs = await this.db.getRepository(Pair).find({
      where: { id: In([...new Set(notifications.map((n) => n.pairId))]) },
      relations: { compagnon: true, beneficiary: true },
    });
    const visible = new Map(
      pairs.filter((p) => canSeePair(user, p)).map((p) => [p.id, `${p.compagnon.name} · ${p.beneficiary.name}`]),
    );
    const items = notifications
      .filter((n) => visible.has(n.pairId))
      .map((n) => ({ notification: n, pairName: visible.get(n.pairId)! }));
    const dealtWith = notifications.map((n) => n.id);
    if (items.length === 0) return { notificationIds: dealtWith };
    const unsubscribe = await this.unsubscribeUrl(user.id);
    return {
      content: digestMail({ locale: user.locale, items, publicUrl: this.deps.config.publicUrl, unsubscribeUrl: unsubscribe }),
      unsubscribe,
      notificationIds: dealtWith,
    };
  }
}
