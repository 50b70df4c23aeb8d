import { NOTIFICATION_LIMITS, daysBetween, type DigestFrequency, type NotificationKind } from '@tandem/shared';
import { canSeePair, inPairPtces, type PairSides } from '../pairs/pair.policy.js';

// Who is told what, and what goes out by email when: pure functions over plain data, so the whole
// policy is a table in notification.policy.test.ts.

export interface Person {
  id: string;
  displayName: string;
  role: string;
  ptceId: string | null;
}

/**
 * A person around a thread: `participant` = created it, posted in it or follows it; `muted` = chose
 * silence; `unreadReply` = already has a reply notification for this thread, neither read nor emailed.
 */
export interface ThreadPerson extends Person {
  participant: boolean;
  muted: boolean;
  unreadReply?: boolean;
}

/** A person around an agenda item: named as a host, or following it (its thread, or edited it before). */
export interface AgendaPerson extends Person {
  host: boolean;
  follower: boolean;
}

export type NotifyEvent =
  | { type: 'MESSAGE_POSTED'; actorId: string; body: string; people: ThreadPerson[] }
  | { type: 'AGENDA_CHANGED'; actorId: string; people: AgendaPerson[] }
  | { type: 'DOCUMENT_ADDED'; actorId: string; people: Person[] }
  | { type: 'PAIR_STATUS'; actorId: string; people: Person[] }
  | { type: 'FOLLOW_UP_DUE'; actorId: null; people: Person[] };

export interface Recipient {
  userId: string;
  kind: NotificationKind;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The people an `@Display Name` in the body points at (the composer inserts the display name after
 * `@`). The name must end at a non-letter, so `@Ann` does not mention "Anne".
 */
export function mentionedIds(body: string, people: Person[]): Set<string> {
  const found = new Set<string>();
  if (!body.includes('@')) return found;
  for (const person of people) {
    const name = person.displayName.trim();
    if (!name) continue;
    const pattern = new RegExp(`(^|[^\\p{L}\\p{N}_.])@${escapeRegExp(name)}(?![\\p{L}\\p{N}_])`, 'iu');
    if (pattern.test(body)) found.add(person.id);
  }
  return found;
}

/**
 * Who is notified of an event, and as what. Never the actor; never someone who cannot see the
 * pair any more. A mention notifies even in a muted thread (muting silences the conversation,
 * not someone calling you by name); a mentioned follower gets the mention only, not both; a reply
 * tells a follower only when no reply notification of the thread is still pending (unread, not emailed).
 */
export function recipientsOf(event: NotifyEvent, pair: PairSides): Recipient[] {
  const out = new Map<string, NotificationKind>();
  const eligible = (p: Person) => p.id !== event.actorId && canSeePair(p, pair);
  switch (event.type) {
    case 'MESSAGE_POSTED': {
      const mentioned = mentionedIds(event.body, event.people);
      for (const p of event.people) {
        if (!eligible(p)) continue;
        if (mentioned.has(p.id)) out.set(p.id, 'MENTION');
        // One pending reply notification per thread: it opens at the first unread message, and the
        // replies after it are there to read. A busy conversation is one line in the bell, not fifty;
        // once that line is read or emailed, the next reply makes a new one (for the next digest).
        else if (p.participant && !p.muted && !p.unreadReply) out.set(p.id, 'THREAD_REPLY');
      }
      break;
    }
    case 'AGENDA_CHANGED':
      for (const p of event.people) if (eligible(p) && (p.host || p.follower)) out.set(p.id, 'AGENDA_CHANGED');
      break;
    // Someone of the pair's own two PTCEs (operators follow every pair, so they are only told as participants).
    case 'DOCUMENT_ADDED':
    case 'PAIR_STATUS':
    case 'FOLLOW_UP_DUE':
      for (const p of event.people) if (eligible(p) && inPairPtces(p, pair)) out.set(p.id, event.type);
      break;
  }
  return [...out].map(([userId, kind]) => ({ userId, kind }));
}

export interface EmailChoices {
  emailMentions: boolean;
  emailPairStatus: boolean;
  emailAgendaSoon: boolean;
}

/**
 * Whether a notification is emailed at once (the rest waits for the digest): a mention, a TSF
 * status change, an agenda change to an item within the next 7 days (Paris days), each if chosen.
 */
export function emailsAtOnce(
  kind: NotificationKind,
  choices: EmailChoices,
  context: { itemDay?: string | null; today?: string } = {},
): boolean {
  if (kind === 'MENTION') return choices.emailMentions;
  if (kind === 'PAIR_STATUS') return choices.emailPairStatus;
  if (kind === 'AGENDA_CHANGED') {
    if (!choices.emailAgendaSoon || !context.itemDay || !context.today) return false;
    const days = daysBetween(context.today, context.itemDay);
    return days >= 0 && days <= NOTIFICATION_LIMITS.agendaSoonDays;
  }
  return false;
}

const parisParts = (now: Date) => {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return { day: `${get('year')}-${get('month')}-${get('day')}`, hour: Number(get('hour')) };
};

/**
 * The last digest period that has ended by `now`, or null when digests are off. A digest covers a
 * closed period and goes out once it has ended: hourly, the previous Paris hour; daily, the 24 hours
 * up to the last `dailyHour`:00 in Paris (e.g. yesterday 08:00 → today 08:00). `key` names the period
 * (part of the outbox's unique key, so one email per person and period); only notifications created
 * before `end` belong to it.
 */
export function digestPeriod(frequency: DigestFrequency, now: Date, dailyHour: number): { key: string; end: Date } | null {
  if (frequency === 'OFF') return null;
  // Paris is a whole number of hours from UTC: its hours start on UTC hours.
  const hour = 3_600_000;
  let end = Math.floor(now.getTime() / hour) * hour;
  if (frequency === 'DAILY') {
    // Back to the last hour that reads `dailyHour` in Paris (at most a day and a bit, DST included).
    let steps = 0;
    while (parisParts(new Date(end)).hour !== dailyHour) {
      end -= hour;
      if (++steps > 50) return null;
    }
  }
  const at = new Date(end);
  return { key: `${frequency === 'DAILY' ? 'D' : 'H'}@${at.toISOString()}`, end: at };
}

/** The end of the period named by a digest key (see digestPeriod), or null if it is not one. */
export function digestPeriodEnd(key: string): Date | null {
  const at = new Date(key.slice(key.indexOf('@') + 1));
  return key.includes('@') && !Number.isNaN(at.getTime()) ? at : null;
}

/** Seconds to wait before attempt n+1 after n failures: base·2^(n-1), capped. */
export function retryDelaySeconds(failures: number, baseSeconds: number, maxSeconds: number): number {
  return Math.min(maxSeconds, baseSeconds * 2 ** Math.max(0, failures - 1));
}
