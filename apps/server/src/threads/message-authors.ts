import { In, type DataSource } from 'typeorm';
import { User } from '../identity/user.entity.js';
import type { Message } from './thread.entity.js';

/**
 * Sets each message's author with one query for the distinct authors. Pages of messages are read
 * without a join on purpose: joined with `user`, MariaDB's optimiser starts from the small people
 * table and sorts every message of those authors (seconds at 1,000,000 messages), where the plain
 * keyset on the unique (threadId, seq) index reads exactly the page.
 */
export async function withAuthors(db: DataSource, messages: Message[]): Promise<Message[]> {
  const ids = [...new Set(messages.map((m) => m.authorId))];
  if (ids.length === 0) return messages;
  const authors = new Map((await db.getRepository(User).findBy({ id: In(ids) })).map((u) => [u.id, u]));
  for (const message of messages) message.author = authors.get(message.authorId)!;
  return messages;
}
