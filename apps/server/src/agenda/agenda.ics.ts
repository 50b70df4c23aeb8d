import { TZDate } from '@date-fns/tz';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalEventStatus } from 'ical-generator';
import { AGENDA_TIME_ZONE } from '@tandem/shared';
import type { Pair } from '../pairs/pair.entity.js';
import type { AgendaItem } from './agenda-item.entity.js';

const KIND_FR = { SESSION: 'Séance', VISIT: 'Visite', MEAL: 'Repas', TRAVEL: 'Trajet', OTHER: 'Autre' } as const;
const HOST_FR = { STRUCTURE: 'Structure', PERSON: 'Personne' } as const;

/** A wall-clock time in Paris; ical-generator writes it as TZID=Europe/Paris local time. */
function parisTime(day: string, time: string): TZDate {
  const [y, m, d] = day.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  return new TZDate(y, m - 1, d, hh, mm, 0, 0, AGENDA_TIME_ZONE);
}

function description(item: AgendaItem, pair: Pair): string {
  const lines = [
    `TSF ${pair.compagnon.name} (Compagnon) · ${pair.beneficiary.name}`,
    `${KIND_FR[item.kind]}${item.status === 'PROPOSED' ? ' (proposé)' : ''}`,
  ];
  if (item.theme) lines.push(`Thème : ${item.theme.labelFr}`);
  if (item.hosts?.length) {
    lines.push('', 'À mobiliser :');
    for (const h of item.hosts) lines.push(`- ${h.name}${h.role ? ` (${h.role})` : ''} — ${HOST_FR[h.kind]}`);
  }
  if (item.questions) lines.push('', 'Questions du PTCE bénéficiaire :', item.questions);
  if (item.notes) lines.push('', item.notes);
  return lines.join('\n');
}

/**
 * The agenda as iCalendar: one VEVENT per item with a stable UID, SEQUENCE = version (it grows on
 * every change), cancelled items kept as STATUS:CANCELLED, and times in Europe/Paris with its VTIMEZONE.
 */
export function agendaCalendar(name: string, pairs: Pair[], items: AgendaItem[], host: string): string {
  const calendar = ical({
    name,
    prodId: { company: 'Tandem', product: 'ordre-du-jour', language: 'FR' },
    timezone: { name: AGENDA_TIME_ZONE, generator: getVtimezoneComponent },
  });
  const byId = new Map(pairs.map((p) => [p.id, p]));
  for (const item of items) {
    const pair = byId.get(item.pairId);
    if (!pair) continue;
    calendar.createEvent({
      id: `agenda-${item.id}@${host}`,
      sequence: item.version,
      start: parisTime(item.day, item.startTime),
      end: parisTime(item.day, item.endTime),
      timezone: AGENDA_TIME_ZONE,
      stamp: item.updatedAt,
      lastModified: item.updatedAt,
      created: item.createdAt,
      summary: item.title,
      location: item.location,
      description: description(item, pair),
      status: item.deletedAt
        ? ICalEventStatus.CANCELLED
        : item.status === 'CONFIRMED'
          ? ICalEventStatus.CONFIRMED
          : ICalEventStatus.TENTATIVE,
    });
  }
  return calendar.toString();
}
