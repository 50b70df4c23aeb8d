import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { CreatedAtColumn, DateColumn, IdColumn, RefColumn, newId } from '../core/columns.js';
import { AgendaItem } from '../agenda/agenda-item.entity.js';
import { Theme } from '../directory/theme.entity.js';
import { User } from '../identity/user.entity.js';
import { Pair } from '../pairs/pair.entity.js';

/** A titled conversation inside a pair's space. `lastSeq` is the seq of its latest message. */
@ObjectType()
@Entity('thread')
@Index(['pairId', 'lastActivityAt'])
export class Thread {
  @Field(() => ID)
  @IdColumn()
  id: string = newId();

  @Field(() => ID)
  @RefColumn()
  pairId: string;

  @ManyToOne(() => Pair, { onDelete: 'CASCADE' })
  pair: Relation<Pair>;

  @Field()
  @Column({ type: 'varchar', length: 160 })
  title: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 64, nullable: true })
  themeCode: string | null;

  @Field(() => Theme, { nullable: true })
  @ManyToOne(() => Theme, { nullable: true, onDelete: 'SET NULL' })
  theme: Relation<Theme> | null;

  @RefColumn()
  createdById: string;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  createdBy: Relation<User>;

  /** The agenda item this thread is about, if any (DESIGN §3); at most one thread per item. */
  @Field(() => ID, { nullable: true })
  @Index({ unique: true })
  @RefColumn({ nullable: true })
  agendaItemId: string | null;

  @ManyToOne(() => AgendaItem, { nullable: true, onDelete: 'SET NULL' })
  agendaItem: Relation<AgendaItem> | null;

  /** Allocated under the thread row's lock, so seq order is commit order. */
  @Field(() => Int)
  @Column({ type: 'int', default: 0 })
  lastSeq: number;

  @Field()
  @DateColumn()
  lastActivityAt: Date;

  @Field()
  @CreatedAtColumn()
  createdAt: Date;
}

/** One message; `seq` is dense and ordered per thread. */
@ObjectType()
@Entity('message')
@Index(['threadId', 'seq'], { unique: true })
@Index(['authorId', 'clientId'], { unique: true })
// Who took part in a thread (its followers, for notifications) without reading its messages.
@Index(['threadId', 'authorId'])
export class Message {
  @Field(() => ID)
  @IdColumn()
  id: string = newId();

  @Field(() => ID)
  @RefColumn()
  threadId: string;

  @ManyToOne(() => Thread, { onDelete: 'CASCADE' })
  thread: Relation<Thread>;

  @Field(() => Int)
  @Column({ type: 'int' })
  seq: number;

  /** Chosen by the sender's device: a retry with the same clientId never duplicates. */
  @Field()
  @Column({ type: 'varchar', length: 64 })
  clientId: string;

  @RefColumn()
  authorId: string;

  @Field(() => User)
  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  author: Relation<User>;

  /** Markdown; blanked when the message is deleted. */
  @Field()
  @Column({ type: 'text' })
  body: string;

  @Field()
  @CreatedAtColumn()
  createdAt: Date;

  /**
   * To the millisecond (MySQL/MariaDB kept whole seconds): a client keeps the later of two copies of a
   * message by these, and two edits within one second must not tie.
   */
  @Field(() => Date, { nullable: true })
  @DateColumn({ nullable: true, precision: 3 })
  editedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @DateColumn({ nullable: true, precision: 3 })
  deletedAt: Date | null;
}

/** A person's read position and mute choice in one thread. */
@Entity('thread_state')
export class ThreadState {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  threadId: string;

  @ManyToOne(() => Thread, { onDelete: 'CASCADE' })
  thread: Relation<Thread>;

  @PrimaryColumn({ type: 'varchar', length: 36 })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  user: Relation<User>;

  @Column({ type: 'int', default: 0 })
  readSeq: number;

  @Column({ type: 'boolean', default: false })
  muted: boolean;

  /** Chose to follow the thread without taking part (creators and posters follow it anyway, unless muted). */
  @Column({ type: 'boolean', default: false })
  following: boolean;
}
