import type { Locale } from '@tandem/shared';

// Programme dates are Paris dates, whoever reads them and wherever they are.
const TIME_ZONE = 'Europe/Paris';
const INTL_LOCALE: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };

/** « 30 mars 2027 » / "30 March 2027". */
export function formatDate(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { dateStyle: 'long', timeZone: TIME_ZONE }).format(new Date(iso));
}

/** « mardi 30 mars 2027, 9 h 30 » / "Tuesday, 30 March 2027 at 9:30", as people say them. */
export function formatDateTime(iso: string, locale: Locale): string {
  const date = new Date(iso);
  const day = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: TIME_ZONE,
  }).format(date);
  const parts = new Intl.DateTimeFormat('en-GB', {
    hour: 'numeric',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: TIME_ZONE,
  }).formatToParts(date);
  const hour = Number(parts.find((part) => part.type === 'hour')?.value);
  const minute = parts.find((part) => part.type === 'minute')?.value ?? '00';
  if (locale === 'fr') return `${day}, ${minute === '00' ? `${hour} h` : `${hour} h ${minute}`}`;
  return `${day} at ${hour}:${minute}`;
}
