import { Column, Entity, Index, ManyToOne, type Relation } from 'typeorm';
import { CreatedAtColumn, DateColumn, IdColumn, RefColumn, newId } from '../core/columns.js';
import { User } from './user.entity.js';

/** A signed-in browser. The cookie holds a random token; only its SHA-256 is stored. */
@Entity('session')
export class Session {
  @IdColumn()
  id: string = newId();

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;

  @Index()
  @RefColumn()
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  user: Relation<User>;

  @CreatedAtColumn()
  createdAt: Date;

  @DateColumn()
  expiresAt: Date;
}
