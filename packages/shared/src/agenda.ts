// The agenda of a TSF (DESIGN §3, §6): vocabulary, limits and pure rules shared by server and web.

export const AGENDA_KINDS = ['SESSION', 'VISIT', 'MEAL', 'TRAVEL', 'OTHER'] as const;
export type AgendaKind = (typeof AGENDA_KINDS)[number];

export const AGENDA_STATUSES = ['PROPOSED', 'CONFIRMED'] as const;
export type AgendaStatus = (typeof AGENDA_STATUSES)[number];

export const AGENDA_HOST_KINDS = ['STRUCTURE', 'PERSON'] as const;
export type AgendaHostKind = (typeof AGENDA_HOST_KINDS)[number];

export const AGENDA_EVENT_TYPES = ['ADDED', 'UPDATED', 'DELETED'] as const;
export type AgendaEventType = (typeof AGENDA_EVENT_TYPES)[number];

/** Every agenda time is a wall-clock time in this zone (summer and winter time alike). */
export const AGENDA_TIME_ZONE = 'Europe/Paris';

export const AGENDA_LIMITS = {
  titleMaxLength: 160,
  locationMaxLength: 300,
  notesMaxLength: 10_000,
  questionsMaxLength: 5_000,
  hostsMax: 30,
  hostNameMaxLength: 160,
  hostRoleMaxLength: 120,
  itemsPerPairMax: 300,
  /** A person editing an item is shown as such for this long after their last heartbeat. */
  presenceTtlMs: 30_000,
  presenceHeartbeatMs: 10_000,
} as const;

export const DAY_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
export const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A real calendar day "YYYY-MM-DD" (rejects 2027-02-30). */
export function isValidDay(day: string): boolean {
  if (!DAY_PATTERN.test(day)) return false;
  const date = new Date(`${day}T12:00:00Z`);
  return date.toISOString().slice(0, 10) === day;
}

export const isValidTime = (time: string): boolean => TIME_PATTERN.test(time);

/** The day after `day` ("YYYY-MM-DD"). */
export function nextDay(day: string): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

interface Slot {
  id: string;
  day: string;
  startTime: string;
  endTime: string;
}

/** Ids of the items that overlap another item of the same day ("HH:MM" strings compare as times). */
export function overlappingIds(items: readonly Slot[]): Set<string> {
  const found = new Set<string>();
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i];
      const b = items[j];
      if (a.day === b.day && a.startTime < b.endTime && b.startTime < a.endTime) {
        found.add(a.id);
        found.add(b.id);
      }
    }
  }
  return found;
}

export interface AgendaTemplateItem {
  dayIndex: 0 | 1;
  startTime: string;
  endTime: string;
  title: string;
  kind: AgendaKind;
  notes: string;
}

/** A typical two-day TSF: the starting point a new pair can adapt (titles in French, the programme's language). */
export const TWO_DAY_TSF_TEMPLATE: readonly AgendaTemplateItem[] = [
  { dayIndex: 0, startTime: '09:00', endTime: '09:30', title: 'Accueil', kind: 'OTHER', notes: '' },
  {
    dayIndex: 0,
    startTime: '09:30',
    endTime: '11:00',
    title: 'Présentation croisée des deux PTCE',
    kind: 'SESSION',
    notes: 'Chaque PTCE présente son territoire, ses membres et ses projets.',
  },
  { dayIndex: 0, startTime: '11:15', endTime: '12:30', title: 'Visite de structure membre', kind: 'VISIT', notes: '' },
  { dayIndex: 0, startTime: '12:30', endTime: '14:00', title: 'Déjeuner', kind: 'MEAL', notes: '' },
  { dayIndex: 0, startTime: '14:00', endTime: '17:00', title: 'Visites de structures', kind: 'VISIT', notes: '' },
  { dayIndex: 1, startTime: '09:00', endTime: '12:00', title: 'Ateliers par thème', kind: 'SESSION', notes: '' },
  { dayIndex: 1, startTime: '12:00', endTime: '13:30', title: 'Déjeuner', kind: 'MEAL', notes: '' },
  {
    dayIndex: 1,
    startTime: '13:30',
    endTime: '15:30',
    title: 'Restitution et suites à donner',
    kind: 'SESSION',
    notes: 'Ce que le PTCE bénéficiaire retient, et les prochaines étapes ensemble.',
  },
  { dayIndex: 1, startTime: '15:30', endTime: '16:30', title: 'Trajet retour', kind: 'TRAVEL', notes: '' },
];
