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

  @Field(() => String, { nullable: true, description: 'The message of the request (plain text).' })
  @Column({ type: 'text', nullable: true })
  requestMessage: string | null;

  /** Who asked (a coordinator of the beneficiary); null for pairs created before requests existed. */
  @RefColumn({ nullable: true })
  requestedById: string | null;

  @Field(() => String, { nullable: true, description: 'First wished day of the visit, YYYY-MM-DD (Paris).' })
  @Column({ type: 'varchar', length: 10, nullable: true })
  wishedStartDate: string | null;

  @Field(() => String, { nullable: true, description: 'Last wished day of the visit, YYYY-MM-DD (Paris).' })
  @Column({ type: 'varchar', length: 10, nullable: true })
  wishedEndDate: string | null;

  @Field(() => String, { nullable: true, description: 'Why the Compagnon declined (plain text).' })
  @Column({ type: 'text', nullable: true })
  declineReason: string | null;

  /** When the request was declined or withdrawn. */
  @Field(() => Date, { nullable: true })
  @DateColumn({ nullable: true })
  closedAt: Date | null;

  /**
   * `compagnonId:beneficiaryId` while the pair is REQUESTED or ACTIVE, null otherwise: the unique
   * index makes "one open request per couple" hold even for two requests sent at the same instant.
   */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 80, nullable: true })
  openKey: string | null;

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
