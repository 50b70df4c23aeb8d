export interface Viewer {
  role: string;
  ptceId: string | null;
}

export interface PairSides {
  compagnonId: string;
  beneficiaryId: string;
}

/** A pair's space is visible to the members of its two PTCEs and to operators, nobody else. */
export function canSeePair(viewer: Viewer | null, pair: PairSides): boolean {
  if (!viewer) return false;
  if (viewer.role === 'OPERATOR') return true;
  return viewer.ptceId !== null && (viewer.ptceId === pair.compagnonId || viewer.ptceId === pair.beneficiaryId);
}
