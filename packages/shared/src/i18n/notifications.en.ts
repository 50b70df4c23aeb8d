import type { notificationsFr } from './notifications.fr.js';

export const notificationsEn: typeof notificationsFr = {
  bell: 'Notifications',
  bellUnread_one: 'Notifications, {{count}} unread',
  bellUnread_other: 'Notifications, {{count}} unread',
  title: 'Notifications',
  empty: 'Nothing new for now. You will be told here about mentions, replies and changes that concern you.',
  markAllRead: 'Mark all as read',
  unread: 'Unread',
  loadMore: 'Show older ones',
  preferencesLink: 'Notification preferences',
  someone: 'Someone',
  kinds: {
    MENTION: '{{who}} mentioned you in “{{title}}”',
    THREAD_REPLY: '{{who}} replied in “{{title}}”',
    AGENDA_ADDED: '{{who}} added “{{title}}” to the agenda',
    AGENDA_UPDATED: '{{who}} changed “{{title}}” in the agenda',
    AGENDA_DELETED: '{{who}} cancelled “{{title}}” in the agenda',
    DOCUMENT_ADDED: '{{who}} shared “{{title}}”',
    PAIR_STATUS: 'The TSF {{title}} is now: {{status}}',
    FOLLOW_UP_DUE: 'Time for the {{months}}-month check-in: where are you now?',
  },
  preferences: {
    title: 'Notification preferences',
    intro: 'Notifications always stay visible under the bell. Choose what Tandem also sends you by email.',
    digestLegend: 'Email summary',
    digestHelp: 'A single email grouping what you have not read yet.',
    digest: { DAILY: 'Once a day', HOURLY: 'Every hour', OFF: 'Never' },
    immediateLegend: 'Immediate emails',
    emailMentions: 'When someone mentions me',
    emailPairStatus: 'When the status of one of my TSF changes',
    emailAgendaSoon: 'When an agenda item in the next 7 days changes',
    threadsHelp:
      'For one thread, use “Follow this thread” or “Mute” at the top of the thread. You follow the threads you started or wrote in. A mention always reaches you.',
    save: 'Save',
    saved: 'Your preferences are saved.',
  },
};
