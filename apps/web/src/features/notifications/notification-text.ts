import type { TFunction } from 'i18next';
import type { NotificationFieldsFragment } from '../../gql/graphql';

type Fields = Pick<NotificationFieldsFragment, 'kind' | 'actorName' | 'title' | 'excerpt'>;

/** The sentence a notification says, in the person's language (the same words as the emails). */
export function notificationText(t: TFunction, n: Fields): string {
  const who = n.actorName ?? t('notifications.someone');
  switch (n.kind) {
    case 'AGENDA_CHANGED': {
      const change = n.excerpt.split('|')[0];
      const key = change === 'ADDED' ? 'AGENDA_ADDED' : change === 'DELETED' ? 'AGENDA_DELETED' : 'AGENDA_UPDATED';
      return t(`notifications.kinds.${key}`, { who, title: n.title });
    }
    case 'PAIR_STATUS':
      return t('notifications.kinds.PAIR_STATUS', {
        title: n.title,
        status: t(`pair.status.${n.excerpt}` as 'pair.status.ACTIVE'),
      });
    case 'FOLLOW_UP_DUE':
      return t('notifications.kinds.FOLLOW_UP_DUE', { months: n.title });
    default:
      return t(`notifications.kinds.${n.kind}`, { who, title: n.title });
  }
}
