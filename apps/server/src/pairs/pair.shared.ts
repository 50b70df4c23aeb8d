import type { Deps } from '../core/services.js';

/**
 * Plain text as people typed it: trimmed, Windows line ends and control characters removed.
 * HTML is kept as typed and shown as text (React escapes it), never interpreted.
 */
export function cleanText(value: string): string {
  return (
    value
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex -- control characters are exactly what we remove
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
      .trim()
  );
}

/** A unique index refused the row (SQLite or MySQL/MariaDB). */
export function isUniqueViolation(error: unknown): boolean {
  const driver = (error as { driverError?: { code?: string } }).driverError;
  return driver?.code === 'ER_DUP_ENTRY' || driver?.code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/** After commit: rings the pair's own channel and the homes of both PTCEs and of operators (ids only). */
export async function publishPairChange(
  deps: Deps,
  pair: { id: string; compagnonId: string; beneficiaryId: string },
  type: string,
): Promise<void> {
  const payload = { type, pairId: pair.id };
  deps.pubSub.publish('PAIR_ACTIVITY', pair.id, payload);
  for (const key of [pair.compagnonId, pair.beneficiaryId, 'operators']) deps.pubSub.publish('PAIRS_OF_PTCE', key, payload);
}
