import { LIMITS } from '@tandem/shared';

/** Only the author edits or deletes a message; nobody edits a deleted one. */
export function canChangeMessage(viewerId: string, message: { authorId: string }): boolean {
  return viewerId === message.authorId;
}

/** Why a message body is refused, or null when it is fine. Shared length limit with the web form. */
export function messageBodyProblem(body: string): 'EMPTY' | 'TOO_LONG' | null {
  if (body.trim().length === 0) return 'EMPTY';
  if (body.length > LIMITS.messageMaxLength) return 'TOO_LONG';
  return null;
}

/** A client id is an opaque token from the device (a UUID in the web app). */
export const isClientId = (value: string): boolean => /^[A-Za-z0-9_-]{8,64}$/.test(value);

/** The LIKE escape character: `!` reads the same in MySQL and SQLite string literals (a backslash does not). */
export const LIKE_ESCAPE = '!';

/** `%`, `_` and the escape character itself lose their LIKE meaning. */
export const escapeLike = (text: string): string => text.replace(/[!%_]/g, (c) => `!${c}`);
