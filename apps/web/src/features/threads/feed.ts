import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { FeedMessage } from './sender';

/** Merges messages by seq (a later copy wins: edits and deletions replace), ascending. */
export function mergeMessages(current: FeedMessage[], incoming: FeedMessage[]): FeedMessage[] {
  if (incoming.length === 0) return current;
  const bySeq = new Map(current.map((message) => [message.seq, message]));
  for (const message of incoming) bySeq.set(message.seq, { ...bySeq.get(message.seq), ...message });
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
}

/** The @word being typed just before the caret, if any. */
export function mentionQuery(text: string, caret: number): string | null {
  const match = /(^|\s)@([\p{L}\p{N}'’ -]{0,30})$/u.exec(text.slice(0, caret));
  if (!match) return null;
  const query = match[2];
  return query.includes('  ') ? null : query;
}

/**
 * Whether the server ended a live subscription so that the client subscribes again from its last seq
 * (it fell behind, or its fan-out failed): the rest is read from the database. Other errors (access
 * lost, thread gone) end it for good.
 */
export function mustResubscribe(error: unknown): boolean {
  return (
    CombinedGraphQLErrors.is(error) &&
    error.errors.some((e) => e.extensions?.reason === 'FELL_BEHIND' || e.extensions?.reason === 'STOPPED')
  );
}
