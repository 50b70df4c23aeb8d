import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, ManyToOne, type Relation } from 'typeorm';
import { PAIR_SIDES, type PairSide } from '@tandem/shared';
import { DateColumn, IdColumn, RefColumn, newId } from '../core/columns.js';
import { Document } from '../documents/document.entity.js';

export const PairSideEnum = Object.fromEntries(PAIR_SIDES.map((s) => [s, s])) as { [K in PairSide]: K };
registerEnumType(PairSideEnum, { name: 'PairSide', description: 'COMPAGNON or BENEFICIARY side of a pair' });

/** What one side learned on one theme of the pair, and what it will do next. Kept after completion. */
@ObjectType()
@Entity('lesson')
@Index(['pairId', 'themeCode', 'side'], { unique: true })
export class Lesson {
  @Field(() => ID)
  @IdColumn()
  id: string = newId();

  @Field(() => ID)
  @RefColumn()
  pairId: string;

  @Field()
  @Column({ type: 'varchar', length: 64 })
  themeCode: string;

  @Field(() => PairSideEnum)
  @Column({ type: 'varchar', length: 16 })
  side: PairSide;

  @Field({ description: 'What this side learned (plain text).' })
  @Column({ type: 'text' })
  learned: string;

  @Field({ description: 'What it will do next (plain text).' })
  @Column({ type: 'text' })
  nextStep: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 120, nullable: true })
  nextStepOwner: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Column({ type: 'varchar', length: 10, nullable: true })
  nextStepDue: string | null;

  /** A note (NOTE document of the same pair) the lesson points to; unlinked when the note goes. */
  @RefColumn({ nullable: true })
  noteId: string | null;

  @Field(() => Document, { nullable: true, description: 'The linked note of the pair (id, title).' })
  @ManyToOne(() => Document, { nullable: true, onDelete: 'SET NULL' })
  note: Relation<Document> | null;

  @RefColumn()
  authorId: string;

  @Field({ description: 'Who wrote it last.' })
  @Column({ type: 'varchar', length: 80 })
  authorName: string;

  @Field()
  @DateColumn()
  updatedAt: Date;
}
