/**
 * What a person had started to write in a thread, kept in this browser until it is sent: a reload,
 * a closed tab or a trip to another thread loses nothing. Keyed by person and thread, so two people
 * sharing a computer never see each other's words. Sent messages live in the outbox, not here.
 */
const PREFIX = 'tandem.draft.v1';

/** The localStorage key of a draft: a composer follows its changes made by other tabs (`storage` events). */
export const draftKeyOf = (userId: string, threadId: string) => `${PREFIX}:${userId}:${threadId}`;

/** At log-out: this person's drafts leave the browser (the next person on it must not find them). */
export function removeDraftsOf(userId: string | undefined): void {
  if (!userId) return;
  try {
    const mine = `${PREFIX}:${userId}:`;
    const keys = Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i)).filter(
      (key): key is string => key?.startsWith(mine) ?? false,
    );
    keys.forEach((key) => localStorage.removeItem(key));
  } catch {
    // Storage blocked: nothing was written either.
  }
}

export function readDraft(userId: string | undefined, threadId: string): string {
  if (!userId) return '';
  try {
    return localStorage.getItem(draftKeyOf(userId, threadId)) ?? '';
  } catch {
    return '';
  }
}

/** Writes the draft (an empty one removes the key). Storage full or blocked: the draft stays in memory only. */
export function writeDraft(userId: string | undefined, threadId: string, body: string): void {
  if (!userId) return;
  try {
    if (body.trim()) localStorage.setItem(draftKeyOf(userId, threadId), body);
    else localStorage.removeItem(draftKeyOf(userId, threadId));
  } catch {
    // Private mode or quota: nothing more to do.
  }
}

/** How long after the last keystroke a draft is written. */
export const DRAFT_DELAY_MS = 400;
