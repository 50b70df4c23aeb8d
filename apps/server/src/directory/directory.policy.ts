import type { Role } from '@tandem/shared';

interface Actor {
  role: Role;
  ptceId: string | null;
}

/** Only programme operators create and edit the directory, and import or export it. */
export function canEditDirectory(actor: Actor | null): boolean {
  return actor?.role === 'OPERATOR';
}

/** People and contact details inside the directory are for signed-in users only (DESIGN §3). */
export function canSeePeople(actor: Actor | null): boolean {
  return actor !== null;
}
