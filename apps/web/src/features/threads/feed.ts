import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { LIMITS } from '@tandem/shared';
import { backoffDelay } from '../../lib/backoff';
import type { FeedMessage } from './sender';

/**
 * Merges messages by seq, ascending. A later copy wins (edits and deletions replace), unless it is an
 * older state of the message: a page read before an edit or a deletion whose live event came first.
 */
export function mergeMessages(current: FeedMessage[], incoming: FeedMessage[]): FeedMessage[] {
  if (incoming.length === 0) return current;
  const bySeq = new Map(current.map((message) => [message.seq, message]));
  for (const message of incoming) {
    const known = bySeq.get(message.seq);
    if (known && isOlderState(message, known)) continue;
    bySeq.set(message.seq, { ...known, ...message });
  }
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
}

/** A message only moves forward: a deletion is final, an edit only moves `editedAt` later. */
function isOlderState(copy: FeedMessage, known: FeedMessage): boolean {
  if (known.deletedAt) return !copy.deletedAt;
  if (copy.deletedAt || !known.editedAt) return false;
  return !copy.editedAt || Date.parse(copy.editedAt) < Date.parse(known.editedAt);
}

/**
 * Reads the shown messages (seq `from` to `to`) again with the keyset `messages` query: `afterSeq`
 * pages of `size`, never an offset, each handed over as it arrives, until `to` or an empty page (a
 * server may answer shorter pages than asked). `reached(after)` follows the progress.
 */
async function rereadRange(
  { from, to }: { from: number; to: number },
  size: number,
  readPage: (afterSeq: number, size: number) => Promise<FeedMessage[]>,
  onPage: (page: FeedMessage[]) => void,
  reached: (after: number) => void,
  stopped: () => boolean,
): Promise<void> {
  let after = from - 1;
  while (after < to && !stopped()) {
    const page = await readPage(after, size);
    if (stopped()) return;
    onPage(page);
    const last = page.at(-1);
    if (!last || last.seq <= after) return;
    after = last.seq;
    reached(after);
  }
}

export interface Rereader {
  /**
   * Read what is shown again (now, or once the read under way or waiting to be retried ends), up to
   * seq `upTo` at most (a subscription's `afterSeq`: what it replays after that is fresh already).
   */
  reread(upTo?: number): void;
  /** The view closed: no more reads, no page handed over. */
  stop(): void;
}

/**
 * The live stream resumes from the last seq with new messages only: the edits and deletions made
 * while a client was away (or between its first page and its subscription) come with no event. So
 * each time a subscription says it is live (READY, after its replay), and on RESYNC, the view reads
 * again the messages it shows, `range()` at that moment (null: nothing shown): what changes after
 * READY comes live, what changed before is in the read. One read at a time: a request during a read
 * makes one more read after it. A failed read is retried a few times, from the page it failed on,
 * with a growing delay that new requests do not cut short (a server that keeps ending subscriptions
 * is not read in a loop).
 */
export function createRereader({
  range,
  readPage,
  onPage,
  size = LIMITS.pageSizeMax,
  retries = 5,
  retryDelay = backoffDelay,
}: {
  range: () => { from: number; to: number } | null;
  readPage: (afterSeq: number, size: number) => Promise<FeedMessage[]>;
  onPage: (page: FeedMessage[]) => void;
  size?: number;
  retries?: number;
  retryDelay?: (attempt: number) => number;
}): Rereader {
  let running = false;
  let again = false;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Where a failed read got to: its retry goes on from there. */
  let resumeAfter: number | null = null;
  /** The highest bound asked for and not read yet (requests made meanwhile are merged). */
  let pending = -Infinity;
  const run = async (attempt: number) => {
    running = true;
    timer = undefined;
    let upTo = -Infinity;
    try {
      do {
        again = false;
        upTo = Math.max(upTo, pending);
        pending = -Infinity;
        const shown = range();
        const from = resumeAfter !== null && shown ? Math.max(shown.from, resumeAfter + 1) : shown?.from;
        if (shown && from !== undefined && from <= Math.min(shown.to, upTo)) {
          await rereadRange(
            { from, to: Math.min(shown.to, upTo) },
            size,
            readPage,
            onPage,
            (after) => (resumeAfter = after),
            () => stopped,
          );
        }
        resumeAfter = null;
        upTo = -Infinity;
      } while (again && !stopped);
    } catch {
      pending = Math.max(pending, upTo); // the retry reads what this one did not
      // Asked for again during this read (an older page, say): its retry reads the whole range, not
      // on from where this one failed.
      if (again) resumeAfter = null;
      if (!stopped && attempt < retries) timer = setTimeout(() => void run(attempt + 1), retryDelay(attempt));
      else resumeAfter = null;
    } finally {
      running = false;
    }
  };
  return {
    reread(upTo = Infinity) {
      if (stopped) return;
      pending = Math.max(pending, upTo);
      if (running) again = true;
      else if (timer === undefined) {
        resumeAfter = null;
        void run(0);
      }
      // A retry is waiting: it reads the whole range as it is then (this request may be for a new gap).
      else resumeAfter = null;
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
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
