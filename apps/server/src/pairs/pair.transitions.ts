import type { PairAction, PairSide, PairStatus } from '@tandem/shared';
import { canSeePair } from './pair.policy.js';

export interface Actor {
  role: string;
  ptceId: string | null;
}

interface PairState {
  status: PairStatus;
  compagnonId: string;
  beneficiaryId: string;
}

type Who = 'COMPAGNON_COORDINATOR' | 'BENEFICIARY_COORDINATOR' | 'OPERATOR';

/** The life of a TSF (DESIGN §3): every allowed move, who may make it. Nothing else is allowed. */
export const TRANSITIONS: Record<PairAction, { from: PairStatus; to: PairStatus; by: readonly Who[] }> = {
  ACCEPT: { from: 'REQUESTED', to: 'ACTIVE', by: ['COMPAGNON_COORDINATOR', 'OPERATOR'] },
  DECLINE: { from: 'REQUESTED', to: 'DECLINED', by: ['COMPAGNON_COORDINATOR', 'OPERATOR'] },
  WITHDRAW: { from: 'REQUESTED', to: 'WITHDRAWN', by: ['BENEFICIARY_COORDINATOR'] },
  COMPLETE: { from: 'ACTIVE', to: 'COMPLETED', by: ['COMPAGNON_COORDINATOR', 'BENEFICIARY_COORDINATOR', 'OPERATOR'] },
};

/** A pair stays "open" (one per couple of PTCEs) while requested or running. */
export const isOpenStatus = (status: PairStatus): boolean => status === 'REQUESTED' || status === 'ACTIVE';

export function sideOf(actor: Actor | null, pair: Omit<PairState, 'status'>): PairSide | null {
  if (!actor?.ptceId) return null;
  if (actor.ptceId === pair.compagnonId) return 'COMPAGNON';
  if (actor.ptceId === pair.beneficiaryId) return 'BENEFICIARY';
  return null;
}

function whoIs(actor: Actor, pair: PairState): Who | null {
  if (actor.role === 'OPERATOR') return 'OPERATOR';
  if (actor.role !== 'COORDINATOR') return null;
  const side = sideOf(actor, pair);
  return side === 'COMPAGNON' ? 'COMPAGNON_COORDINATOR' : side === 'BENEFICIARY' ? 'BENEFICIARY_COORDINATOR' : null;
}

export type Decision =
  | { ok: true; from: PairStatus; to: PairStatus }
  | { ok: false; code: 'UNAUTHENTICATED' | 'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT'; reason: string };

/**
 * May `actor` apply `action` to `pair` now? Outsiders learn nothing (NOT_FOUND); people of the pair
 * without the right get FORBIDDEN; a move the status does not allow is a CONFLICT (the state moved on,
 * or the jump is not part of the life of a TSF).
 */
export function decide(actor: Actor | null, pair: PairState, action: PairAction): Decision {
  if (!actor) return { ok: false, code: 'UNAUTHENTICATED', reason: 'SIGN_IN' };
  if (!canSeePair(actor, pair)) return { ok: false, code: 'NOT_FOUND', reason: 'NOT_FOUND' };
  const rule = TRANSITIONS[action];
  const who = whoIs(actor, pair);
  if (!who || !rule.by.includes(who)) return { ok: false, code: 'FORBIDDEN', reason: `CANNOT_${action}` };
  if (pair.status !== rule.from) return { ok: false, code: 'CONFLICT', reason: 'INVALID_TRANSITION' };
  return { ok: true, from: rule.from, to: rule.to };
}

/** What the actor may do on the pair now (drives the buttons the web app shows). */
export function allowedActions(actor: Actor | null, pair: PairState): PairAction[] {
  return (Object.keys(TRANSITIONS) as PairAction[]).filter((action) => decide(actor, pair, action).ok);
}
