import type { AgendaHostKind, AgendaKind, AgendaStatus } from '@tandem/shared';

/** What the form edits; also the shape compared field by field when a write conflicts. */
export interface Draft {
  day: string;
  startTime: string;
  endTime: string;
  title: string;
  kind: AgendaKind;
  status: AgendaStatus;
  themeCode: string | null;
  location: string;
  notes: string;
  questions: string;
  hosts: { kind: AgendaHostKind; name: string; role: string; structureRef: string | null }[];
}

export const DRAFT_FIELDS = [
  'day',
  'startTime',
  'endTime',
  'title',
  'kind',
  'status',
  'themeCode',
  'location',
  'notes',
  'questions',
  'hosts',
] as const satisfies readonly (keyof Draft)[];
export type DraftField = (typeof DRAFT_FIELDS)[number];

/** The parts of an item (from the cache or from `extensions.current`) a draft is made of. */
export interface ItemLike {
  day: string;
  startTime: string;
  endTime: string;
  title: string;
  kind: AgendaKind;
  status: AgendaStatus;
  theme?: { code: string } | null;
  location?: string | null;
  notes: string;
  questions: string;
  hosts: readonly { kind: AgendaHostKind; name: string; role?: string | null; structureRef?: string | null }[];
}

export function draftOf(item: ItemLike): Draft {
  return {
    day: item.day,
    startTime: item.startTime,
    endTime: item.endTime,
    title: item.title,
    kind: item.kind,
    status: item.status,
    themeCode: item.theme?.code ?? null,
    location: item.location ?? '',
    notes: item.notes,
    questions: item.questions,
    hosts: item.hosts.map((h) => ({ kind: h.kind, name: h.name, role: h.role ?? '', structureRef: h.structureRef ?? null })),
  };
}

export function emptyDraft(day: string): Draft {
  return {
    day,
    startTime: '09:00',
    endTime: '10:00',
    title: '',
    kind: 'SESSION',
    status: 'PROPOSED',
    themeCode: null,
    location: '',
    notes: '',
    questions: '',
    hosts: [],
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Fields where my draft and the saved version differ: the rows of the side-by-side choice. */
export function differingFields(mine: Draft, theirs: Draft): DraftField[] {
  return DRAFT_FIELDS.filter((field) => !same(mine[field], theirs[field]));
}

/** A merge: for each differing field, mine or theirs. */
export function mergeDrafts(mine: Draft, theirs: Draft, keepMine: ReadonlySet<DraftField>): Draft {
  const merged: Draft = { ...theirs };
  for (const field of keepMine) (merged as unknown as Record<string, unknown>)[field] = mine[field];
  return merged;
}

/** The mutation fields of a draft (hosts without empty roles). */
export function draftInput(draft: Draft) {
  return {
    ...draft,
    themeCode: draft.themeCode ?? '',
    location: draft.location,
    hosts: draft.hosts.map((h) => ({ kind: h.kind, name: h.name, role: h.role || null, structureRef: h.structureRef })),
  };
}
