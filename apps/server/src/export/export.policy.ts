import { inPairPtces, type PairSides, type Viewer } from '../pairs/pair.policy.js';

/**
 * Taking the whole space out of Tandem is for the coordinators of its two PTCEs. Members read the
 * space but do not carry every conversation away; operators follow figures and may open a space
 * (audited), but a full copy of a pair's exchanges is the pair's to make, not the programme's.
 */
export function canExportPair(viewer: Viewer | null, pair: PairSides): boolean {
  return viewer !== null && viewer.role === 'COORDINATOR' && inPairPtces(viewer, pair);
}
