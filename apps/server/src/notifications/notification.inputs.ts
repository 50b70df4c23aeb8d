import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { DigestFrequency } from '@tandem/shared';
import { PageInfo } from '../directory/directory.inputs.js';
import { DigestFrequencyEnum, Notification } from './notification.entity.js';

@ObjectType()
export class NotificationEdge {
  @Field()
  cursor: string;

  @Field(() => Notification)
  node: Notification;
}

@ObjectType({ description: 'My notifications, newest first (keyset pages).' })
export class NotificationConnection {
  @Field(() => [NotificationEdge])
  edges: NotificationEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}

export const NOTIFICATION_EVENT_TYPES = ['CREATED', 'READ', 'ALL_READ'] as const;
export type NotificationEventType = (typeof NOTIFICATION_EVENT_TYPES)[number];
export const NotificationEventTypeEnum = Object.fromEntries(NOTIFICATION_EVENT_TYPES.map((t) => [t, t])) as {
  [K in NotificationEventType]: K;
};
registerEnumType(NotificationEventTypeEnum, { name: 'NotificationEventType' });

@ObjectType({ description: 'Something changed in my notifications; the count is read from the database for each event.' })
export class NotificationEvent {
  @Field(() => NotificationEventTypeEnum)
  type: NotificationEventType;

  @Field(() => Notification, {
    nullable: true,
    description: 'The notification created or read (null for ALL_READ, and for READ when a thread was read).',
  })
  notification: Notification | null;

  @Field(() => Int)
  unreadCount: number;
}

@InputType()
export class NotificationPreferencesInput {
  @Field(() => DigestFrequencyEnum, { nullable: true })
  digest?: DigestFrequency | null;

  @Field(() => Boolean, { nullable: true })
  emailMentions?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  emailPairStatus?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  emailAgendaSoon?: boolean | null;
}
