import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index } from 'typeorm';
import { parisToday } from '@tandem/shared';
import { DateColumn, IdColumn, RefColumn, newId } from '../core/columns.js';

/** A check-in some months after completion ("où en êtes-vous ?"), answered by either side. */
@ObjectType()
@Entity('follow_up')
@Index(['pairId', 'monthsAfter'], { unique: true })
export class FollowUp {
  @Field(() => ID)
  @IdColumn()
  id: string = newId();

  @Field(() => ID)
  @RefColumn()
  pairId: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  monthsAfter: number;

  @Field({ description: 'The day the check-in opens, YYYY-MM-DD (Paris).' })
  @Column({ type: 'varchar', length: 10 })
  dueOn: string;

  @Field(() => String, { nullable: true, description: 'Plain text.' })
  @Column({ type: 'text', nullable: true })
  answer: string | null;

  @RefColumn({ nullable: true })
  answeredById: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 80, nullable: true })
  answeredByName: string | null;

  @Field(() => Date, { nullable: true })
  @DateColumn({ nullable: true })
  answeredAt: Date | null;

  @Field({ description: 'The check-in is open: its day has come.' })
  get isDue(): boolean {
    return this.dueOn <= parisToday();
  }
}
