import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, ManyToOne, type Relation } from 'typeorm';
import { IdColumn, RefColumn, newId } from '../core/columns.js';
import { Ptce } from './ptce.entity.js';

export const MEMBER_KINDS = [
  'ASSOCIATION',
  'SCIC',
  'SCOP',
  'SIAE',
  'ENTREPRISE',
  'COLLECTIVITE',
  'CBE',
  'FORMATION',
  'AUTRE',
] as const;
export type MemberKind = (typeof MEMBER_KINDS)[number];
export const MemberKindEnum = Object.fromEntries(MEMBER_KINDS.map((k) => [k, k])) as { [K in MemberKind]: K };
registerEnumType(MemberKindEnum, { name: 'MemberKind', description: 'Legal form or role of a member structure' });

/** A structure membre of a PTCE (association, SCIC, SIAE, collectivité…). */
@ObjectType()
@Entity('ptce_member')
export class PtceMember {
  @Field(() => ID)
  @IdColumn()
  id: string = newId();

  @Index()
  @RefColumn()
  ptceId: string;

  @ManyToOne(() => Ptce, { onDelete: 'CASCADE' })
  ptce: Relation<Ptce>;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Field(() => MemberKindEnum)
  @Column({ type: 'varchar', length: 16 })
  kind: MemberKind;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 120, nullable: true })
  town: string | null;

  @Column({ type: 'int', default: 0 })
  position: number;
}
