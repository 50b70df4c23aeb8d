// The words of the exported pages, French first. Server-side words (like the mail texts): the archive
// is read outside Tandem, in the language of the person who exported it.

const fr = {
  lang: 'fr',
  dateLocale: 'fr-FR',
  space: (compagnon: string, beneficiary: string) => `TSF ${compagnon} · ${beneficiary}`,
  exported: (date: string, who: string) => `Exporté de Tandem le ${date} par ${who}.`,
  compagnon: 'Compagnon',
  beneficiary: 'Bénéficiaire',
  status: 'Statut',
  themes: 'Thèmes',
  statuses: { REQUESTED: 'Demandé', ACTIVE: 'En cours', COMPLETED: 'Terminé', DECLINED: 'Refusé', WITHDRAWN: 'Retiré' },
  contents: 'Contenu de l’archive',
  threads: 'Fils de discussion',
  noThreads: 'Aucun fil de discussion.',
  messages: (n: number) => (n <= 1 ? `${n} message` : `${n} messages`),
  noMessages: 'Aucun message.',
  theme: 'Thème',
  edited: (date: string) => `modifié le ${date}`,
  deleted: 'Message supprimé',
  agenda: 'Ordre du jour',
  agendaIcs: 'Ordre du jour pour un agenda (.ics)',
  agendaPrintable: 'Ordre du jour à imprimer',
  noAgenda: 'L’ordre du jour est vide.',
  kinds: { SESSION: 'Séance', VISIT: 'Visite', MEAL: 'Repas', TRAVEL: 'Trajet', OTHER: 'Autre' },
  proposed: 'proposé',
  cancelled: 'annulé',
  location: 'Lieu',
  hosts: 'À mobiliser',
  hostKinds: { STRUCTURE: 'Structure', PERSON: 'Personne' },
  questions: 'Questions du PTCE bénéficiaire',
  notes: 'Notes',
  documents: 'Documents',
  noDocuments: 'Aucun document.',
  note: 'Note',
  file: 'Fichier',
  version: (n: number) => `version ${n}`,
  by: (who: string, date: string) => `par ${who}, le ${date}`,
  lessons: 'Bilan : enseignements et suivis',
  noLessons: 'Aucun enseignement écrit.',
  sides: { COMPAGNON: 'Côté Compagnon', BENEFICIARY: 'Côté bénéficiaire' },
  learned: 'Ce que nous avons appris',
  nextStep: 'Prochaine étape',
  owner: 'Qui',
  due: 'Pour le',
  followUps: 'Suivis',
  followUp: (months: number, day: string) => `Suivi à ${months} mois, à partir du ${day}`,
  notAnswered: 'Pas encore de réponse.',
  answeredBy: (who: string, date: string) => `Réponse de ${who}, le ${date}`,
  forReimport: 'Toutes les données, pour les reprendre ailleurs (JSON)',
};

export type ExportLabels = typeof fr;

const en: ExportLabels = {
  lang: 'en',
  dateLocale: 'en-GB',
  space: (compagnon, beneficiary) => `TSF ${compagnon} · ${beneficiary}`,
  exported: (date, who) => `Exported from Tandem on ${date} by ${who}.`,
  compagnon: 'Compagnon',
  beneficiary: 'Beneficiary',
  status: 'Status',
  themes: 'Themes',
  statuses: { REQUESTED: 'Requested', ACTIVE: 'Active', COMPLETED: 'Completed', DECLINED: 'Declined', WITHDRAWN: 'Withdrawn' },
  contents: 'What the archive holds',
  threads: 'Threads',
  noThreads: 'No thread.',
  messages: (n) => (n === 1 ? '1 message' : `${n} messages`),
  noMessages: 'No message.',
  theme: 'Theme',
  edited: (date) => `edited on ${date}`,
  deleted: 'Message deleted',
  agenda: 'Agenda',
  agendaIcs: 'Agenda for a calendar app (.ics)',
  agendaPrintable: 'Printable agenda',
  noAgenda: 'The agenda is empty.',
  kinds: { SESSION: 'Session', VISIT: 'Visit', MEAL: 'Meal', TRAVEL: 'Travel', OTHER: 'Other' },
  proposed: 'proposed',
  cancelled: 'cancelled',
  location: 'Place',
  hosts: 'To involve',
  hostKinds: { STRUCTURE: 'Structure', PERSON: 'Person' },
  questions: 'Questions of the beneficiary PTCE',
  notes: 'Notes',
  documents: 'Documents',
  noDocuments: 'No document.',
  note: 'Note',
  file: 'File',
  version: (n) => `version ${n}`,
  by: (who, date) => `by ${who}, on ${date}`,
  lessons: 'Review: lessons and follow-ups',
  noLessons: 'No lesson written.',
  sides: { COMPAGNON: 'Compagnon side', BENEFICIARY: 'Beneficiary side' },
  learned: 'What we learned',
  nextStep: 'Next step',
  owner: 'Who',
  due: 'By',
  followUps: 'Follow-ups',
  followUp: (months, day) => `Follow-up after ${months} months, from ${day}`,
  notAnswered: 'No answer yet.',
  answeredBy: (who, date) => `Answer by ${who}, on ${date}`,
  forReimport: 'All the data, to take it elsewhere (JSON)',
};

export const exportLabels = (locale: string | null | undefined): ExportLabels => (locale === 'en' ? en : fr);

// One formatter per language and style: an Intl.DateTimeFormat holds native ICU memory that the
// garbage collector does not see, so one per message made a large export's RSS climb by hundreds of MB.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, style: 'dateTime' | 'day'): Intl.DateTimeFormat {
  const key = `${locale}:${style}`;
  let format = formatters.get(key);
  if (!format) {
    format =
      style === 'dateTime'
        ? new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone: 'Europe/Paris' })
        : new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' });
    formatters.set(key, format);
  }
  return format;
}

/** « vendredi 27 novembre 2026 à 09:06 », Paris time. */
export function formatDateTime(labels: ExportLabels, date: Date): string {
  return formatter(labels.dateLocale, 'dateTime').format(date);
}

/** A calendar day "YYYY-MM-DD" as people say it: « mardi 30 mars 2027 ». */
export function formatDay(labels: ExportLabels, day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return formatter(labels.dateLocale, 'day').format(new Date(Date.UTC(y, m - 1, d)));
}
