import { removeDraftsOf } from './drafts';
import { stopSendingOutbox } from './sender';

/**
 * As log-out starts: nothing more of the leaving person's outbox is sent (sent once their session is
 * gone, an entry would be refused for good). Should log-out fail, the next flush resumes.
 */
export function stopSendingBeforeSignOut(): void {
  stopSendingOutbox();
}

/**
 * At log-out, what the threads keep in this browser for the person leaving: their drafts are removed
 * (the next person on this browser must not find them); their unsent outbox entries stay, hidden and
 * unsent until they sign in again (nothing written is lost), and sending stops now.
 */
export function forgetThreadsOf(userId: string | undefined): void {
  stopSendingOutbox();
  removeDraftsOf(userId);
}
