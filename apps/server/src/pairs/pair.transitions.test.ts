import { PAIR_ACTIONS, PAIR_STATUSES, type PairAction, type PairStatus } from '@tandem/shared';
import { describe, expect, it } from 'vitest';
import { allowedActions, decide, type Actor } from './pair.transitions.js';

const pair = (status: PairStatus) => ({ status, compagnonId: 'c', beneficiaryId: 'b' });
const people: Record<string, Actor | null> = {
  compagnonCoordinator: { role: 'COORDINATOR', ptceId: 'c' },
  compagnonMember: { role: 'MEMBER', ptceId: 'c' },
  beneficiaryCoordinator: { role: 'COORDINATOR', ptceId: 'b' },
  beneficiaryMember: { role: 'MEMBER', ptceId: 'b' },
  outsiderCoordinator: { role: 'COORDINATOR', ptceId: 'x' },
  operator: { role: 'OPERATOR', ptceId: null },
  anonymous: null,
};

// The whole life of a TSF, as data: [status, action, who] → the status reached. Every other cell is refused.
const ALLOWED: [PairStatus, PairAction, string, PairStatus][] = [
  ['REQUESTED', 'ACCEPT', 'compagnonCoordinator', 'ACTIVE'],
  ['REQUESTED', 'ACCEPT', 'operator', 'ACTIVE'],
  ['REQUESTED', 'DECLINE', 'compagnonCoordinator', 'DECLINED'],
  ['REQUESTED', 'DECLINE', 'operator', 'DECLINED'],
  ['REQUESTED', 'WITHDRAW', 'beneficiaryCoordinator', 'WITHDRAWN'],
  ['ACTIVE', 'COMPLETE', 'compagnonCoordinator', 'COMPLETED'],
  ['ACTIVE', 'COMPLETE', 'beneficiaryCoordinator', 'COMPLETED'],
  ['ACTIVE', 'COMPLETE', 'operator', 'COMPLETED'],
];

describe('the life of a TSF', () => {
  for (const status of PAIR_STATUSES) {
    for (const action of PAIR_ACTIONS) {
      for (const [who, actor] of Object.entries(people)) {
        const allowed = ALLOWED.find(([s, a, w]) => s === status && a === action && w === who);
        it(`${who} ${allowed ? 'may' : 'may not'} ${action} a ${status} pair`, () => {
          const decision = decide(actor, pair(status), action);
          if (allowed) expect(decision).toEqual({ ok: true, from: status, to: allowed[3] });
          else expect(decision.ok).toBe(false);
        });
      }
    }
  }

  it('tells outsiders nothing, people of the pair why', () => {
    expect(decide(people.outsiderCoordinator, pair('REQUESTED'), 'ACCEPT')).toMatchObject({ code: 'NOT_FOUND' });
    expect(decide(people.compagnonMember, pair('REQUESTED'), 'ACCEPT')).toMatchObject({ code: 'FORBIDDEN' });
    expect(decide(people.compagnonCoordinator, pair('ACTIVE'), 'ACCEPT')).toMatchObject({ code: 'CONFLICT' });
    expect(decide(people.beneficiaryMember, pair('ACTIVE'), 'COMPLETE')).toMatchObject({ code: 'FORBIDDEN' });
    expect(decide(people.operator, pair('REQUESTED'), 'COMPLETE')).toMatchObject({
      code: 'CONFLICT',
      reason: 'INVALID_TRANSITION',
    });
    expect(decide(null, pair('REQUESTED'), 'ACCEPT')).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('lists what each person may do now', () => {
    expect(allowedActions(people.compagnonCoordinator, pair('REQUESTED'))).toEqual(['ACCEPT', 'DECLINE']);
    expect(allowedActions(people.beneficiaryCoordinator, pair('REQUESTED'))).toEqual(['WITHDRAW']);
    expect(allowedActions(people.beneficiaryMember, pair('ACTIVE'))).toEqual([]);
    expect(allowedActions(people.operator, pair('COMPLETED'))).toEqual([]);
  });
});
