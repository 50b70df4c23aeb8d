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
