import type { ComponentType } from 'react';
import { AgendaPanel } from '../agenda/agenda-panel';
import { DocumentsPanel } from '../documents/documents-panel';
import { ThreadsPanel } from '../threads/threads-panel';
import { PairBilanPanel } from './pair-bilan-panel';
import { PairMembersPanel } from './pair-members-panel';
import type { PairTab } from './pair-tabs';

export interface PairTabProps {
  pairId: string;
}

// One line per tab: each feature (threads, agenda, documents, lessons, members) plugs its panel here.
export const PAIR_TAB_PANELS: Record<PairTab, ComponentType<PairTabProps>> = {
  fil: ThreadsPanel,
  'ordre-du-jour': AgendaPanel,
  documents: DocumentsPanel,
  bilan: PairBilanPanel,
  membres: PairMembersPanel,
};
