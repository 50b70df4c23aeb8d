import type { Role } from '@tandem/shared';

interface Actor {
  role: Role;
  ptceId: string | null;
}

/** A coordinator invites people to their own PTCE; an operator to any PTCE. */
export function canInviteTo(actor: Actor, ptceId: string): boolean {
  if (actor.role === 'OPERATOR') return true;
  return actor.role === 'COORDINATOR' && actor.ptceId === ptceId;
}

/** Operators are created by operators only (not through a PTCE invitation). */
export function canGrantRole(actor: Actor, role: Role): boolean {
  return role !== 'OPERATOR' || actor.role === 'OPERATOR';
}
