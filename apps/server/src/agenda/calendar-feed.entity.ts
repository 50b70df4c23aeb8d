import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { CreatedAtColumn } from '../core/columns.js';

/** A person's secret calendar feed: only the SHA-256 of the token in the URL is stored. */
@Entity('calendar_feed')
export class CalendarFeed {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  userId: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;

  @CreatedAtColumn()
  createdAt: Date;
}
