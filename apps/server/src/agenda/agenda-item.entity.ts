import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, ManyToOne, OneToMany, type Relation } from 'typeorm';
import {
  AGENDA_HOST_KINDS,
  AGENDA_KINDS,
  AGENDA_STATUSES,
  type AgendaHostKind,
  type AgendaKind,
  type AgendaStatus,
} from '@tandem/shared';
import { CreatedAtColumn, DateColumn, IdColumn, RefColumn, newId } from '../core/columns.js';
import { Theme } from '../directory/theme.entity.js';
import { Document } from '../documents/document.entity.js';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
export const AgendaKindEnum = enumOf(AGENDA_KINDS);
export const AgendaStatusEnum = enumOf(AGENDA_STATUSES);
export const AgendaHostKindEnum = enumOf(AGENDA_HOST_KINDS);
registerEnumType(AgendaKindEnum, { name: 'AgendaKind', description: 'SESSION, VISIT, MEAL, TRAVEL or OTHER' });
registerEnumType(AgendaStatusEnum, { name: 'AgendaStatus', description: 'PROPOSED (proposé) or CONFIRMED (confirmé)' });
registerEnumType(AgendaHostKindEnum, { name: 'AgendaHostKind', description: 'A member STRUCTURE or a PERSON' });

/**
 * One moment of the two TSF days. Times are wall-clock "HH:MM" in Europe/Paris on `day`, so summer
 * and winter time need no conversion until the calendar export. `version` grows on every write
 * (optimistic concurrency, DESIGN §6); a deleted item stays as a row with `deletedAt` so calendar
 * feeds can tell subscribers it was cancelled.
 */
@ObjectType()
@Entity('agenda_item')
@Index(['pairId', 'day'])
export class AgendaItem {
  @Field(() => ID)
  @IdColumn()
  id: string = newId();

  @Field(() => ID)
  @RefColumn()
  pairId: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  version: number;

  @Field({ description: 'YYYY-MM-DD' })
  @Column({ type: 'varchar', length: 10 })
  day: string;

  @Field({ description: 'HH:MM, Europe/Paris' })
  @Column({ type: 'varchar', length: 5 })
  startTime: string;

  @Field({ description: 'HH:MM, Europe/Paris' })
  @Column({ type: 'varchar', length: 5 })
  endTime: string;

  @Field()
  @Column({ type: 'varchar', length: 160 })
  title: string;

  @Field(() => AgendaKindEnum)
  @Column({ type: 'varchar', length: 16 })
  kind: AgendaKind;

  @Field(() => AgendaStatusEnum)
  @Column({ type: 'varchar', length: 16 })
  status: AgendaStatus;

  @RefColumn({ length: 64, nullable: true })
  themeCode: string | null;

  @Field(() => Theme, { nullable: true })
  @ManyToOne(() => Theme, { nullable: true, onDelete: 'SET NULL' })
  theme: Relation<Theme> | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 300, nullable: true })
  location: string | null;

  @Field({ description: 'Markdown' })
  @Column({ type: 'text' })
  notes: string;

  @Field({ description: 'What the beneficiary wants answered there (markdown)' })
  @Column({ type: 'text' })
  questions: string;

  /** A note (NOTE document of the same pair) prepared for or written at this moment. */
  @RefColumn({ nullable: true })
  noteId: string | null;

  @Field(() => Document, { nullable: true, description: 'The linked note of the pair (id, title).' })
  @ManyToOne(() => Document, { nullable: true, onDelete: 'SET NULL' })
  note: Relation<Document> | null;

  @Field(() => [AgendaHost])
  @OneToMany(() => AgendaHost, (host) => host.item)
  hosts: Relation<AgendaHost[]>;

  @Field(() => Date, { nullable: true })
  @DateColumn({ nullable: true })
  deletedAt: Date | null;

  @RefColumn({ nullable: true })
  updatedById: string | null;

  @Field()
  @DateColumn()
  updatedAt: Date;

  @CreatedAtColumn()
  createdAt: Date;
}

/**
 * A structure or person to mobilise for an item. Stored as the item's own rows (the name is kept
 * even if the directory changes); `structureRef` is the id of a member structure (PtceMember) of the
 * host PTCE when the structure was picked from the directory.
 */
@ObjectType()
@Entity('agenda_host')
export class AgendaHost {
  @Field(() => ID)
  @IdColumn()
  id: string = newId();

  @Index()
  @RefColumn()
  itemId: string;

  @ManyToOne(() => AgendaItem, (item) => item.hosts, { onDelete: 'CASCADE' })
  item: Relation<AgendaItem>;

  @Column({ type: 'int' })
  position: number;

  @Field(() => AgendaHostKindEnum)
  @Column({ type: 'varchar', length: 16 })
  kind: AgendaHostKind;

  @Field()
  @Column({ type: 'varchar', length: 160 })
  name: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 120, nullable: true })
  role: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 120, nullable: true })
  structureRef: string | null;
}
