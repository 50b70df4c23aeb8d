import type { ApolloClient } from '@apollo/client';
import { describeError } from '../../lib/errors';
import { PostMessageMutation } from './documents';
import { outbox, type OutboxItem } from './outbox';

export interface FeedMessage {
  id: string;
  seq: number;
  clientId: string;
  body: string;
  createdAt: string;
  editedAt?: string | null;
  deletedAt?: string | null;
  author: { id: string; displayName: string };
}

type ConfirmedListener = (threadId: string, message: FeedMessage) => void;
const confirmedListeners = new Set<ConfirmedListener>();

/** The open thread hears of its own sends at once, before the live event arrives. */
export function onConfirmed(listener: ConfirmedListener): () => void {
  confirmedListeners.add(listener);
  return () => confirmedListeners.delete(listener);
}

// Failures worth retrying by themselves; anything else is a refusal the person must see.
const TRANSIENT = new Set(['NETWORK', 'RATE_LIMITED', 'INTERNAL_SERVER_ERROR', 'UNKNOWN']);

let flushing = false;
let again = false;
// The person whose entries may be sent now: set by each flush, cleared at log-out. Checked before
// every send, so a loop started for one person never sends anything once they are gone.
let sendingFor: string | null = null;

/** At log-out: nothing more is sent until the next person's first flush (which sends only theirs). */
export function stopSendingOutbox(): void {
  sendingFor = null;
}

/**
 * Sends what waits in the outbox, oldest first, one at a time so the thread keeps the order they
 * were written in. Stops at the first transient failure (the next flush resumes from there).
 */
export async function flushOutbox(client: ApolloClient, userId: string | undefined | null): Promise<void> {
  if (!userId) return;
  sendingFor = userId;
  if (flushing) {
    again = true;
    return;
  }
  flushing = true;
  try {
    do {
      again = false;
      const waiting: OutboxItem[] = outbox.of(sendingFor).filter((item) => !item.refusedReason);
      for (const item of waiting) {
        // Signed out (or someone else signed in) while this loop ran: their entries are not ours to send.
        if (item.authorId !== sendingFor) return;
        outbox.update(item.clientId, { state: 'sending' });
        try {
          const result = await client.mutate({
            mutation: PostMessageMutation,
            variables: { input: { threadId: item.threadId, body: item.body, clientId: item.clientId } },
          });
          const message = result.data?.postMessage;
          outbox.remove(item.clientId);
          if (message) confirmedListeners.forEach((listener) => listener(item.threadId, message));
        } catch (error) {
          const description = describeError(error);
          if (TRANSIENT.has(description.code)) {
            outbox.update(item.clientId, { state: 'failed' });
            return;
          }
          outbox.update(item.clientId, { state: 'failed', refusedReason: description.key });
        }
      }
    } while (again);
  } finally {
    flushing = false;
  }
}
