import { randomUUID } from 'node:crypto';
import { Column, CreateDateColumn, PrimaryColumn, type ColumnOptions } from 'typeorm';

// Column helpers that produce the same logical schema on SQLite and MySQL/MariaDB.

/** A UUID primary key generated in the application (portable, not guessable). */
export function IdColumn(): PropertyDecorator {
  return PrimaryColumn({ type: 'varchar', length: 36 });
}

export const newId = (): string => randomUUID();

/** A foreign-key column holding a UUID. */
export function RefColumn(options: ColumnOptions = {}): PropertyDecorator {
  return Column({ type: 'varchar', length: 36, ...options });
}

export function DateColumn(options: ColumnOptions = {}): PropertyDecorator {
  return Column({ type: 'datetime', ...options });
}

export function CreatedAtColumn(): PropertyDecorator {
  return CreateDateColumn({ type: 'datetime' });
}
