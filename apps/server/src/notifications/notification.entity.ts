import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { DIGEST_FREQUENCIES, NOTIFICATION_KINDS, type DigestFrequency, type NotificationKind } from '@tandem/shared';
import { CreatedAtColumn, DateColumn, IdColumn, RefColumn, newId } from '../core/columns.js';

export const NotificationKindEnum = Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, k])) as {
  [K in NotificationKind]: K;
};
registerEnumType(NotificationKindEnum, {
  name: 'NotificationKind',
  description: 'MENTION, THREAD_REPLY, AGENDA_CHANGED, DOCUMENT_ADDED, PAIR_STATUS or FOLLOW_UP_DUE',
});
export const DigestFrequencyEnum = Object.fromEntries(DIGEST_FREQUENCIES.map((k) => [k, k])) as {
  [K in DigestFrequency]: K;
};
registerEnumType(DigestFrequencyEnum, { name: 'DigestFrequency', description: 'DAILY (default), HOURLY or OFF' });

/**
 * One thing a person should know about. The target ids say where it happened; `title` and
 * `excerpt` are snapshots taken when it happened (the bell shows them without loading the target).
 * `emailedAt` is set once it went out by email (immediately or in a digest), so it is never mailed twice.
 */
@ObjectType()
@Entity('notification')
@Index(['recipientId', 'createdAt', 'id'])
@Index(['recipientId', 'readAt'])
export class Notification {
  @Field(() => ID)
  @IdColumn()
  id: string = newId();

  @RefColumn()
  recipientId: string;

  @Field(() => NotificationKindEnum)
  @Column({ type: 'varchar', length: 24 })
  kind: NotificationKind;

  @Field(() => ID)
  @RefColumn()
  pairId: string;

  @Field(() => ID, { nullable: true })
  @RefColumn({ nullable: true })
  actorId: string | null;

  @Field(() => String, { nullable: true, description: 'Who did it, as named then (null for reminders).' })
  @Column({ type: 'varchar', length: 80, nullable: true })
  actorName: string | null;

  @Field(() => ID, { nullable: true })
  @RefColumn({ nullable: true })
  threadId: string | null;

  /** Indexed: an edited or deleted message updates its notifications' excerpts by messageId. */
  @Field(() => ID, { nullable: true })
  @Index()
  @RefColumn({ nullable: true })
  messageId: string | null;

  @Field(() => Int, { nullable: true, description: 'The message seq in its thread (where to open it).' })
  @Column({ type: 'int', nullable: true })
  seq: number | null;

  @Field(() => ID, { nullable: true })
  @RefColumn({ nullable: true })
  agendaItemId: string | null;

  @Field(() => ID, { nullable: true })
  @RefColumn({ nullable: true })
  documentId: string | null;

  @Field(() => ID, { nullable: true })
  @RefColumn({ nullable: true })
  followUpId: string | null;

  @Field({ description: 'The thread, item or document title, or the new pair status, as it was then.' })
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field({ description: 'A short plain-text excerpt (a message start, a change); may be empty.' })
  @Column({ type: 'varchar', length: 300, default: '' })
  excerpt: string;

  /** Reminders are created by every instance's worker: this key lets only one row in. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 120, nullable: true })
  dedupeKey: string | null;

  @Field()
  @CreatedAtColumn()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  @DateColumn({ nullable: true })
  readAt: Date | null;

  @DateColumn({ nullable: true })
  emailedAt: Date | null;
}

/** A person's email choices; no row means the defaults (daily digest, every immediate email). */
@ObjectType()
@Entity('notification_preference')
export class NotificationPreference {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  userId: string;

  @Field(() => DigestFrequencyEnum)
  @Column({ type: 'varchar', length: 8, default: 'DAILY' })
  digest: DigestFrequency;

  @Field({ description: 'Email at once when someone mentions me.' })
  @Column({ type: 'boolean', default: true })
  emailMentions: boolean;

  @Field({ description: 'Email at once when the status of one of my TSF changes.' })
  @Column({ type: 'boolean', default: true })
  emailPairStatus: boolean;

  @Field({ description: 'Email at once when an agenda item within the next 7 days changes.' })
  @Column({ type: 'boolean', default: true })
  emailAgendaSoon: boolean;
}

export const DEFAULT_PREFERENCES = {
  digest: 'DAILY',
  emailMentions: true,
  emailPairStatus: true,
  emailAgendaSoon: true,
} as const;

/**
 * One email to send. `dedupeKey` is unique: `n:<notificationId>` for an immediate email,
 * `d:<userId>:<period>` for a digest, so the same email is never queued twice, whichever instance
 * queues it. A worker claims a row with a lease (`claimedBy`, `claimedUntil`) before sending; a
 * crash mid-send lets the lease expire and another worker retries.
 */
@Entity('mail_outbox')
@Index(['status', 'nextAttemptAt'])
export class MailOutbox {
  @IdColumn()
  id: string = newId();

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 120 })
  dedupeKey: string;

  @RefColumn()
  recipientId: string;

  /** IMMEDIATE (one notification) or DIGEST. */
  @Column({ type: 'varchar', length: 12 })
  kind: 'IMMEDIATE' | 'DIGEST';

  @Index()
  @RefColumn({ nullable: true })
  notificationId: string | null;

  /** PENDING until sent (SENT) or found pointless at send time (SKIPPED: read, or nothing to say). */
  @Column({ type: 'varchar', length: 10 })
  status: 'PENDING' | 'SENT' | 'SKIPPED';

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @DateColumn()
  nextAttemptAt: Date;

  @Column({ type: 'varchar', length: 64, nullable: true })
  claimedBy: string | null;

  @DateColumn({ nullable: true })
  claimedUntil: Date | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  lastError: string | null;

  @CreatedAtColumn()
  createdAt: Date;

  @DateColumn({ nullable: true })
  sentAt: Date | null;
}

/** Secrets generated once and shared by every instance through the database (e.g. the unsubscribe key). */
@Entity('app_secret')
export class AppSecret {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  name: string;

  @Column({ type: 'varchar', length: 128 })
  value: string;
}
