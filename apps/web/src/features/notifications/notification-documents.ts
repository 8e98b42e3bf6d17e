import { gql, type TypedDocumentNode } from '@urql/core';
import type { NotificationItem } from './notification-types';

export const NotificationsQuery: TypedDocumentNode<{ notifications: NotificationItem[] }, { unreadOnly: boolean }> = gql`
  query Notifications($unreadOnly: Boolean) {
    notifications(unreadOnly: $unreadOnly) {
      id
      title
      body
      link
      space {
        id
        name
      }
      createdAt
      read
    }
  }
`;

export const UnreadNotificationCountQuery: TypedDocumentNode<{ unreadNotificationCount: number }, Record<string, never>> = gql`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`;

/** `ids: null` marks every notification of the signed-in person. */
export const MarkNotificationsReadMutation: TypedDocumentNode<
  { markNotificationsRead: number },
  { ids: string[] | null }
> = gql`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`;
