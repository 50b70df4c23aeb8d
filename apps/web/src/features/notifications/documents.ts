import { graphql } from '../../gql';

export const NotificationFieldsFragment = graphql(`
  fragment NotificationFields on Notification {
    id
    kind
    pairId
    actorName
    threadId
    seq
    agendaItemId
    documentId
    followUpId
    title
    excerpt
    createdAt
    readAt
  }
`);

export const NotificationBellQuery = graphql(`
  query NotificationBell($after: String) {
    unreadNotificationCount
    notifications(first: 20, after: $after) {
      edges {
        cursor
        node {
          ...NotificationFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const NotificationEventsSubscription = graphql(`
  subscription NotificationEvents {
    notificationEvents {
      type
      unreadCount
      notification {
        id
      }
    }
  }
`);

export const MarkNotificationReadMutation = graphql(`
  mutation MarkNotificationRead($id: ID!) {
    markNotificationRead(id: $id) {
      id
      readAt
    }
  }
`);

export const MarkAllNotificationsReadMutation = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);

export const NotificationPreferencesQuery = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      digest
      emailMentions
      emailPairStatus
      emailAgendaSoon
    }
  }
`);

export const UpdateNotificationPreferencesMutation = graphql(`
  mutation UpdateNotificationPreferences($input: NotificationPreferencesInput!) {
    updateNotificationPreferences(input: $input) {
      digest
      emailMentions
      emailPairStatus
      emailAgendaSoon
    }
  }
`);
