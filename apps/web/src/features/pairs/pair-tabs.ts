/** The parts of a pair's space, in order; the slug is the last URL segment, so a link names the tab. */
export const PAIR_TABS = ['fil', 'ordre-du-jour', 'documents', 'bilan', 'membres'] as const;
export type PairTab = (typeof PAIR_TABS)[number];

export function isPairTab(value: string | undefined): value is PairTab {
  return (PAIR_TABS as readonly string[]).includes(value ?? '');
}
