import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, ManyToOne, type Relation } from 'typeorm';
import type { Role } from '@tandem/shared';
import { CreatedAtColumn, DateColumn, IdColumn, RefColumn, newId } from '../core/columns.js';
import { Ptce } from '../directory/ptce.entity.js';
import { RoleEnum, User } from './user.entity.js';

/** A single-use link that lets a person join a PTCE. Only the token's hash is stored. */
@ObjectType()
@Entity('invitation')
export class Invitation {
  @Field(() => ID)
  @IdColumn()
  id: string = newId();

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;

  @Field()
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Field(() => RoleEnum)
  @Column({ type: 'varchar', length: 16 })
  role: Role;

  @RefColumn()
  ptceId: string;

  @ManyToOne(() => Ptce, { onDelete: 'CASCADE' })
  ptce: Relation<Ptce>;

  @RefColumn()
  invitedById: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  invitedBy: Relation<User>;

  @Field()
  @DateColumn()
  expiresAt: Date;

  @DateColumn({ nullable: true })
  acceptedAt: Date | null;

  @CreatedAtColumn()
  createdAt: Date;
}
