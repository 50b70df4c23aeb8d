import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  AGENDA_EVENT_TYPES,
  type AgendaEventType,
  type AgendaHostKind,
  type AgendaKind,
  type AgendaStatus,
} from '@tandem/shared';
import { AgendaHostKindEnum, AgendaItem, AgendaKindEnum, AgendaStatusEnum } from './agenda-item.entity.js';

export const AgendaEventTypeEnum = Object.fromEntries(AGENDA_EVENT_TYPES.map((t) => [t, t])) as {
  [K in AgendaEventType]: K;
};
registerEnumType(AgendaEventTypeEnum, { name: 'AgendaEventType' });

@InputType()
export class AgendaHostInput {
  @Field(() => AgendaHostKindEnum)
  kind: AgendaHostKind;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  role?: string | null;

  @Field(() => String, { nullable: true, description: 'Reference of a member structure in the directory' })
  structureRef?: string | null;
}

@InputType()
export class AddAgendaItemInput {
  @Field(() => ID)
  pairId: string;

  @Field({ description: 'YYYY-MM-DD' })
  day: string;

  @Field({ description: 'HH:MM, Europe/Paris' })
  startTime: string;

  @Field({ description: 'HH:MM, Europe/Paris' })
  endTime: string;

  @Field()
  title: string;

  @Field(() => AgendaKindEnum)
  kind: AgendaKind;

  @Field(() => AgendaStatusEnum, { nullable: true, defaultValue: 'PROPOSED' })
  status?: AgendaStatus;

  @Field(() => String, { nullable: true })
  themeCode?: string | null;

  @Field(() => String, { nullable: true })
  location?: string | null;

  @Field(() => String, { nullable: true })
  notes?: string | null;

  @Field(() => String, { nullable: true })
  questions?: string | null;

  @Field(() => [AgendaHostInput], { nullable: true })
  hosts?: AgendaHostInput[] | null;

  @Field(() => String, { nullable: true, description: 'A note (NOTE document) of the pair to link' })
  noteId?: string | null;
}

/** Only the given fields change; `expectedVersion` is the version the person edited. */
@InputType()
export class UpdateAgendaItemInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  expectedVersion: number;

  @Field(() => String, { nullable: true })
  day?: string | null;

  @Field(() => String, { nullable: true })
  startTime?: string | null;

  @Field(() => String, { nullable: true })
  endTime?: string | null;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => AgendaKindEnum, { nullable: true })
  kind?: AgendaKind | null;

  @Field(() => AgendaStatusEnum, { nullable: true })
  status?: AgendaStatus | null;

  @Field(() => String, { nullable: true, description: 'An empty string removes the theme' })
  themeCode?: string | null;

  @Field(() => String, { nullable: true })
  location?: string | null;

  @Field(() => String, { nullable: true })
  notes?: string | null;

  @Field(() => String, { nullable: true })
  questions?: string | null;

  @Field(() => [AgendaHostInput], { nullable: true })
  hosts?: AgendaHostInput[] | null;

  @Field(() => String, { nullable: true, description: 'A note of the pair to link; an empty string removes the link' })
  noteId?: string | null;
}

@ObjectType()
export class AgendaEvent {
  @Field(() => AgendaEventTypeEnum)
  type: AgendaEventType;

  @Field(() => AgendaItem, { description: 'For DELETED: the item as it was, with deletedAt set' })
  item: AgendaItem;
}

@ObjectType()
export class AgendaEditor {
  @Field(() => ID)
  userId: string;

  @Field()
  displayName: string;

  @Field(() => ID)
  itemId: string;
}

@ObjectType({ description: 'Who is editing which item right now (expires 30 s after the last heartbeat)' })
export class AgendaPresence {
  @Field(() => ID)
  pairId: string;

  @Field(() => [AgendaEditor])
  editors: AgendaEditor[];
}

@ObjectType()
export class CalendarFeedInfo {
  @Field()
  createdAt: Date;
}

@ObjectType({ description: 'The secret URL is shown once, when it is created or reset' })
export class CalendarFeedUrl {
  @Field()
  url: string;

  @Field()
  createdAt: Date;
}
