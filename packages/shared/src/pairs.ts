// Rules of a TSF shared by the server (enforcement) and the web app (forms), so both agree.

export const PAIR_LIMITS = {
  themesMin: 1,
  themesMax: 6,
  requestMessageMaxLength: 2_000,
  declineReasonMaxLength: 1_000,
  lessonTextMaxLength: 4_000,
  nextStepMaxLength: 1_000,
  ownerMaxLength: 120,
  followUpAnswerMaxLength: 4_000,
} as const;

/** Check-ins after completion, in months ("où en êtes-vous ?"). */
export const FOLLOW_UP_MONTHS = [1, 3, 6] as const;

export const PAIR_ACTIONS = ['ACCEPT', 'DECLINE', 'WITHDRAW', 'COMPLETE'] as const;
export type PairAction = (typeof PAIR_ACTIONS)[number];

export const PAIR_SIDES = ['COMPAGNON', 'BENEFICIARY'] as const;
export type PairSide = (typeof PAIR_SIDES)[number];

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written `YYYY-MM-DD` (no 31 February). */
export function isIsoDay(value: string): boolean {
  const match = ISO_DAY.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

let parisDays: Intl.DateTimeFormat | undefined;
let lastDay = { minute: NaN, day: '' };

/** Today in Paris, `YYYY-MM-DD`: programme dates are Paris dates. */
export function parisToday(now: Date = new Date()): string {
  // Formatting with a time zone costs tens of microseconds, and it runs on every notification: the
  // day is kept for the minute (Paris changes day on a whole hour of UTC, so never within one).
  const minute = Math.floor(now.getTime() / 60_000);
  if (minute === lastDay.minute) return lastDay.day;
  parisDays ??= new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });
  lastDay = { minute, day: parisDays.format(now) };
  return lastDay.day;
}

/** `YYYY-MM-DD` plus whole months (the 31st becomes the last day of a shorter month). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const last = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, last))).toISOString().slice(0, 10);
}

/** Whole days from one instant or day to another (negative when `to` is earlier). */
export function daysBetween(from: Date | string, to: Date | string): number {
  const ms = new Date(to).getTime() - new Date(from).getTime();
  return Math.floor(ms / 86_400_000);
}

export type WishedDatesProblem = 'INVALID_DATE' | 'DATE_IN_PAST' | 'END_BEFORE_START' | 'END_WITHOUT_START';

/** Wished dates of a request: optional, real days, not past, end not before start. */
export function checkWishedDates(
  start: string | null | undefined,
  end: string | null | undefined,
  today = parisToday(),
): WishedDatesProblem | null {
  if (!start && end) return 'END_WITHOUT_START';
  for (const day of [start, end]) if (day && !isIsoDay(day)) return 'INVALID_DATE';
  if (start && start < today) return 'DATE_IN_PAST';
  if (start && end && end < start) return 'END_BEFORE_START';
  return null;
}
