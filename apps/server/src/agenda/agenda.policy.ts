import { canSeePair } from '../pairs/pair.policy.js';

interface Viewer {
  role: string;
  ptceId: string | null;
}

interface PairState {
  compagnonId: string;
  beneficiaryId: string;
  status: string;
}

/** Only the two PTCEs build their agenda; operators follow it read-only. Closed requests are frozen. */
export function canEditAgenda(viewer: Viewer | null, pair: PairState): boolean {
  if (!viewer || viewer.role === 'OPERATOR' || !canSeePair(viewer, pair)) return false;
  return pair.status === 'REQUESTED' || pair.status === 'ACTIVE' || pair.status === 'COMPLETED';
}
