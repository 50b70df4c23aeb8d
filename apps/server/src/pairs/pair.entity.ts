import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinTable, ManyToMany, ManyToOne, type Relation } from 'typeorm';
import { PAIR_STATUSES, type PairStatus } from '@tandem/shared';
import { CreatedAtColumn, DateColumn, IdColumn, RefColumn, newId } from '../core/columns.js';
import { Ptce } from '../directory/ptce.entity.js';
import { Theme } from '../directory/theme.entity.js';

export const PairStatusEnum = Object.fromEntries(PAIR_STATUSES.map((s) => [s, s])) as {
  [K in PairStatus]: K;
};
registerEnumType(PairStatusEnum, { name: 'PairStatus' });

/** A TSF: a Compagnon PTCE hosting a beneficiary PTCE, and the shared space it opens. */
@ObjectType()
@Entity('pair')
export class Pair {
  @Field(() => ID)
  @IdColumn()
  id: string = newId();

  @Field(() => PairStatusEnum)
  @Column({ type: 'varchar', length: 16 })
  status: PairStatus;

  @Index()
  @RefColumn()
  compagnonId: string;

  @Field(() => Ptce)
  @ManyToOne(() => Ptce, { onDelete: 'RESTRICT' })
  compagnon: Relation<Ptce>;

  @Index()
  @RefColumn()
  beneficiaryId: string;

  @Field(() => Ptce)
  @ManyToOne(() => Ptce, { onDelete: 'RESTRICT' })
  beneficiary: Relation<Ptce>;

  @Field(() => [Theme])
  @ManyToMany(() => Theme)
  @JoinTable({ name: 'pair_theme', joinColumn: { name: 'pairId' }, inverseJoinColumn: { name: 'themeCode' } })
  themes: Relation<Theme[]>;

  @Column({ type: 'text', nullable: true })
  requestMessage: string | null;

  @Field()
  @DateColumn()
  requestedAt: Date;

  @Field(() => Date, { nullable: true })
  @DateColumn({ nullable: true })
  acceptedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @DateColumn({ nullable: true })
  completedAt: Date | null;

  @CreatedAtColumn()
  createdAt: Date;
}
