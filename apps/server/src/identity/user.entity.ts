import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, ManyToOne, type Relation } from 'typeorm';
import { ROLES, type Role } from '@tandem/shared';
import { CreatedAtColumn, IdColumn, RefColumn, newId } from '../core/columns.js';
import { Ptce } from '../directory/ptce.entity.js';

export const RoleEnum = Object.fromEntries(ROLES.map((r) => [r, r])) as { [K in Role]: K };
registerEnumType(RoleEnum, { name: 'Role', description: 'COORDINATOR or MEMBER of one PTCE, or programme OPERATOR' });

@ObjectType()
@Entity('user')
export class User {
  @Field(() => ID)
  @IdColumn()
  id: string = newId();

  /** Stored lower-cased: addresses are compared case-insensitively. */
  @Field()
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Field()
  @Column({ type: 'varchar', length: 80 })
  displayName: string;

  @Column({ type: 'varchar', length: 255 })
  passwordHash: string;

  @Field(() => RoleEnum)
  @Index() // the operators, among every user
  @Column({ type: 'varchar', length: 16 })
  role: Role;

  @Index() // the people of a PTCE (told of every message of its pairs)
  @RefColumn({ nullable: true })
  ptceId: string | null;

  @Field(() => Ptce, { nullable: true })
  @ManyToOne(() => Ptce, { nullable: true, onDelete: 'SET NULL' })
  ptce: Relation<Ptce> | null;

  @Field()
  @Column({ type: 'varchar', length: 8, default: 'fr' })
  locale: string;

  @CreatedAtColumn()
  createdAt: Date;
}
