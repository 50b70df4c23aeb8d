import { Field, ID, InputType, ObjectType, registerEnumType, Int } from 'type-graphql';
import { User } from '../identity/user.entity.js';
import { Message } from './thread.entity.js';

@InputType()
export class CreateThreadInput {
  @Field(() => ID)
  pairId: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  themeCode?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'An agenda item of the same pair this thread is about; if it already has a thread, that thread is returned.',
  })
  agendaItemId?: string | null;
}

@InputType()
export class PostMessageInput {
  @Field(() => ID)
  threadId: string;

  @Field()
  body: string;

  @Field({ description: 'Chosen by the device; a retry with the same clientId returns the same message.' })
  clientId: string;
}

export const THREAD_EVENT_TYPES = ['POSTED', 'EDITED', 'DELETED', 'RESYNC', 'READY', 'TYPING', 'PRESENT'] as const;
export type ThreadEventType = (typeof THREAD_EVENT_TYPES)[number];
export const ThreadEventTypeEnum = Object.fromEntries(THREAD_EVENT_TYPES.map((t) => [t, t])) as {
  [K in ThreadEventType]: K;
};
registerEnumType(ThreadEventTypeEnum, {
  name: 'ThreadEventType',
  description:
    'RESYNC: live events may have been missed (pub/sub was down); reload what is shown. READY: sent once, after the replay: from here on every change comes live, so a reload of what is shown asked now misses nothing. TYPING / PRESENT: `user` is writing / has the thread open.',
});

@ObjectType()
export class ThreadEvent {
  @Field(() => ThreadEventTypeEnum)
  type: ThreadEventType;

  @Field(() => Message, { nullable: true })
  message: Message | null;

  @Field(() => User, { nullable: true, description: 'Who is typing or present (TYPING, PRESENT).' })
  user?: User | null;
}

@ObjectType({ description: 'A person\'s read position in a thread ("vu par").' })
export class ThreadReader {
  @Field(() => User)
  user: User;

  @Field(() => Int)
  seq: number;
}
