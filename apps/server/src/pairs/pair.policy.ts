export interface Viewer {
  role: string;
  ptceId: string | null;
}

export interface PairSides {
  compagnonId: string;
  beneficiaryId: string;
}

/** Whether the person belongs to one of the pair's two PTCEs (an operator belongs to none). */
export function inPairPtces(person: { ptceId: string | null }, pair: PairSides): boolean {
  return person.ptceId !== null && (person.ptceId === pair.compagnonId || person.ptceId === pair.beneficiaryId);
}

/** A pair's space is visible to the members of its two PTCEs and to operators, nobody else. */
export function canSeePair(viewer: Viewer | null, pair: PairSides): boolean {
  if (!viewer) return false;
  return viewer.role === 'OPERATOR' || inPairPtces(viewer, pair);
}
