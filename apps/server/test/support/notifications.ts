import type { TestClient } from './client.js';

export const NOTIFICATION_FIELDS = `id kind pairId actorId actorName threadId messageId seq agendaItemId documentId title excerpt readAt`;
export const LIST = `query($first: Int, $after: String) {
  notifications(first: $first, after: $after) { edges { cursor node { ${NOTIFICATION_FIELDS} } } pageInfo { hasNextPage endCursor } }
  unreadNotificationCount
}`;
export const NOTIFICATION_EVENTS = `subscription { notificationEvents { type unreadCount notification { id kind seq threadId } } }`;

export interface NotificationNode {
  id: string;
  kind: string;
  pairId: string;
  actorId: string | null;
  actorName: string | null;
  threadId: string | null;
  messageId: string | null;
  seq: number | null;
  agendaItemId: string | null;
  documentId: string | null;
  title: string;
  excerpt: string;
  readAt: string | null;
}

export async function notificationsOf(client: TestClient, first = 50) {
  const result = await client.gql<{
    notifications: {
      edges: { cursor: string; node: NotificationNode }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
    unreadNotificationCount: number;
  }>(LIST, { first });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return { nodes: result.data!.notifications.edges.map((e) => e.node), unread: result.data!.unreadNotificationCount };
}

/** What each client was told, as `kind` lists (newest first). */
export async function kindsOf(client: TestClient): Promise<string[]> {
  return (await notificationsOf(client)).nodes.map((n) => n.kind);
}
