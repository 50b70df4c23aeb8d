// Notifications: the bell, its list and the email preferences (issue 8). French first.
export const notificationsFr = {
  bell: 'Notifications',
  bellUnread_one: 'Notifications, {{count}} non lue',
  bellUnread_other: 'Notifications, {{count}} non lues',
  title: 'Notifications',
  empty:
    'Rien de nouveau pour l’instant. Vous serez prévenu ici des mentions, des réponses et des changements qui vous concernent.',
  markAllRead: 'Tout marquer comme lu',
  unread: 'Non lu',
  loadMore: 'Voir les plus anciennes',
  preferencesLink: 'Préférences de notification',
  someone: 'Quelqu’un',
  kinds: {
    MENTION: '{{who}} vous a mentionné dans « {{title}} »',
    THREAD_REPLY: '{{who}} a répondu dans « {{title}} »',
    AGENDA_ADDED: '{{who}} a ajouté « {{title}} » à l’ordre du jour',
    AGENDA_UPDATED: '{{who}} a modifié « {{title}} » dans l’ordre du jour',
    AGENDA_DELETED: '{{who}} a annulé « {{title}} » dans l’ordre du jour',
    DOCUMENT_ADDED: '{{who}} a partagé « {{title}} »',
    PAIR_STATUS: 'Le TSF {{title}} est maintenant : {{status}}',
    FOLLOW_UP_DUE: 'C’est le moment du point à {{months}} mois : où en êtes-vous ?',
  },
  preferences: {
    title: 'Préférences de notification',
    intro: 'Les notifications restent toujours visibles sous la cloche. Choisissez ce que Tandem vous envoie aussi par courriel.',
    digestLegend: 'Récapitulatif par courriel',
    digestHelp: 'Un seul message qui regroupe ce que vous n’avez pas encore lu.',
    digest: { DAILY: 'Une fois par jour', HOURLY: 'Toutes les heures', OFF: 'Jamais' },
    immediateLegend: 'Courriels immédiats',
    emailMentions: 'Quand quelqu’un me mentionne',
    emailPairStatus: 'Quand le statut d’un de mes TSF change',
    emailAgendaSoon: 'Quand un moment de l’ordre du jour dans les 7 prochains jours change',
    threadsHelp:
      'Pour un fil précis, utilisez « Suivre ce fil » ou « Mettre en sourdine » en haut du fil. Vous suivez d’office les fils que vous avez lancés ou dans lesquels vous avez écrit. Une mention vous parvient toujours.',
    save: 'Enregistrer',
    saved: 'Vos préférences sont enregistrées.',
  },
};
