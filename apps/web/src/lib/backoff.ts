/**
 * Delay before reconnection attempt `retries` (0-based): exponential from `baseMs`, capped at `maxMs`,
 * with "equal jitter" (half fixed, half random) so that many clients cut off at once by a restart
 * do not all come back in the same second.
 */
export function backoffDelay(
  retries: number,
  { baseMs = 1_000, maxMs = 30_000, random = Math.random }: { baseMs?: number; maxMs?: number; random?: () => number } = {},
): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, retries));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
