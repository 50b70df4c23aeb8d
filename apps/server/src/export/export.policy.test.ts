import { describe, expect, it } from 'vitest';
import { canExportPair } from './export.policy.js';

const pair = { compagnonId: 'c', beneficiaryId: 'b' };

describe('who may export a space', () => {
  it('lets a coordinator of either PTCE export', () => {
    expect(canExportPair({ role: 'COORDINATOR', ptceId: 'c' }, pair)).toBe(true);
    expect(canExportPair({ role: 'COORDINATOR', ptceId: 'b' }, pair)).toBe(true);
  });

  it('refuses members, operators, coordinators of other PTCEs and nobody', () => {
    expect(canExportPair({ role: 'MEMBER', ptceId: 'c' }, pair)).toBe(false);
    expect(canExportPair({ role: 'OPERATOR', ptceId: null }, pair)).toBe(false);
    expect(canExportPair({ role: 'COORDINATOR', ptceId: 'x' }, pair)).toBe(false);
    expect(canExportPair(null, pair)).toBe(false);
  });
});
