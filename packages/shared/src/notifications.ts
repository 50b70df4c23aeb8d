// Notifications: what a person can be told about, and how often by email.

export const NOTIFICATION_KINDS = [
  'MENTION',
  'THREAD_REPLY',
  'AGENDA_CHANGED',
  'DOCUMENT_ADDED',
  'PAIR_STATUS',
  'FOLLOW_UP_DUE',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const DIGEST_FREQUENCIES = ['DAILY', 'HOURLY', 'OFF'] as const;
export type DigestFrequency = (typeof DIGEST_FREQUENCIES)[number];

export const NOTIFICATION_LIMITS = {
  pageSizeDefault: 20,
  pageSizeMax: 50,
  /** An agenda change to an item this many days ahead or fewer is emailed at once. */
  agendaSoonDays: 7,
} as const;

/** What a notification points at (the fields of both the server row and the GraphQL type). */
export interface NotificationTarget {
  pairId: string;
  threadId?: string | null;
  seq?: number | null;
  agendaItemId?: string | null;
  documentId?: string | null;
  followUpId?: string | null;
}

/**
 * The path of the exact place a notification is about: the thread at the message, the agenda item,
 * the document, or the pair's Bilan tab for a follow-up check-in. The web app and the emails share it.
 */
export function notificationPath(n: NotificationTarget): string {
  const base = `/espaces/${encodeURIComponent(n.pairId)}`;
  if (n.threadId) return `${base}/fil?fil=${encodeURIComponent(n.threadId)}${n.seq != null ? `&message=${n.seq}` : ''}`;
  if (n.agendaItemId) return `${base}/ordre-du-jour#moment-${encodeURIComponent(n.agendaItemId)}`;
  if (n.documentId) return `${base}/documents?document=${encodeURIComponent(n.documentId)}`;
  if (n.followUpId) return `${base}/bilan`;
  return `${base}/fil`;
}
