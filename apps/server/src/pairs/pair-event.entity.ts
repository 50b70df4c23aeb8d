import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import type { PairStatus } from '@tandem/shared';
import { DateColumn, IdColumn, RefColumn, newId } from '../core/columns.js';
import { PairStatusEnum } from './pair.entity.js';

/**
 * STATUS_CHANGED: a transition; OPERATOR_OPENED: an operator opened the space (kept for the pair to see);
 * EXPORTED: a coordinator downloaded the whole space as an archive.
 */
export type PairEventKind = 'STATUS_CHANGED' | 'OPERATOR_OPENED' | 'EXPORTED';

/** One line of a pair's audit trail: who did what, when. Written in the transaction of the change. */
@ObjectType()
@Entity('pair_event')
@Index(['pairId', 'seq'])
export class PairEvent {
  @Field(() => ID)
  @IdColumn()
  id: string = newId();

  @RefColumn()
  pairId: string;

  /** Order within the pair (SQLite keeps whole seconds, so time alone cannot order). */
  @Field(() => Int)
  @Column({ type: 'int' })
  seq: number;

  @Field(() => String, { description: 'STATUS_CHANGED, OPERATOR_OPENED or EXPORTED' })
  @Column({ type: 'varchar', length: 24 })
  kind: PairEventKind;

  @Field(() => PairStatusEnum, { nullable: true })
  @Column({ type: 'varchar', length: 16, nullable: true })
  fromStatus: PairStatus | null;

  @Field(() => PairStatusEnum, { nullable: true })
  @Column({ type: 'varchar', length: 16, nullable: true })
  toStatus: PairStatus | null;

  @RefColumn({ nullable: true })
  actorId: string | null;

  /** The actor's name at the time, kept even if the account goes. */
  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 80, nullable: true })
  actorName: string | null;

  @Field(() => String, { nullable: true, description: 'OPERATOR, COORDINATOR or MEMBER at the time' })
  @Column({ type: 'varchar', length: 16, nullable: true })
  actorRole: string | null;

  @Field(() => String, { nullable: true, description: 'A decline reason, for instance (plain text).' })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Field()
  @DateColumn()
  at: Date;
}
