import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoff';

describe('backoffDelay', () => {
  it('doubles from one second, between half and all of the ceiling', () => {
    expect(backoffDelay(0, { random: () => 0 })).toBe(500);
    expect(backoffDelay(0, { random: () => 1 })).toBe(1_000);
    expect(backoffDelay(3, { random: () => 0 })).toBe(4_000);
    expect(backoffDelay(3, { random: () => 1 })).toBe(8_000);
  });

  it('never waits more than thirty seconds, however long the outage', () => {
    expect(backoffDelay(50, { random: () => 1 })).toBe(30_000);
    expect(backoffDelay(Infinity, { random: () => 1 })).toBe(30_000);
  });

  it('spreads clients apart', () => {
    const delays = new Set(Array.from({ length: 20 }, () => backoffDelay(4)));
    expect(delays.size).toBeGreaterThan(1);
  });
});
