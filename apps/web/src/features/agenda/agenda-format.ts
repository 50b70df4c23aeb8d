import { AGENDA_TIME_ZONE, type Locale } from '@tandem/shared';

const INTL_LOCALE: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };

/** « mardi 30 mars 2027 » for an agenda day "YYYY-MM-DD" (noon UTC is that same date in Paris). */
export function formatAgendaDay(day: string, locale: Locale): string {
  const text = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: AGENDA_TIME_ZONE,
  }).format(new Date(`${day}T12:00:00Z`));
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** « 9 h 30 », « 14 h » / "9:30", as people say them. */
export function formatAgendaTime(time: string, locale: Locale): string {
  const [h, m] = time.split(':');
  const hour = Number(h);
  if (locale === 'fr') return m === '00' ? `${hour} h` : `${hour} h ${m}`;
  return `${hour}:${m}`;
}

/** Today in Paris, "YYYY-MM-DD" (the default first day offered by the template). */
export function parisToday(): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: AGENDA_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
}
