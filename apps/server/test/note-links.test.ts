import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Document } from '../src/documents/document.entity.js';
import { AgendaItem } from '../src/agenda/agenda-item.entity.js';
import { Lesson } from '../src/pairs/lesson.entity.js';
import type { Pair } from '../src/pairs/pair.entity.js';
import type { Ptce } from '../src/directory/ptce.entity.js';
import { startTestApp, type TestApp } from './support/app.js';
import { errorCode, type GqlResult, type TestClient } from './support/client.js';
import { ADD, itemInput, signedIn, UPDATE } from './support/agenda.js';
import { makePair, makeTheme } from './support/factories.js';

const CREATE_NOTE = `mutation($i: CreateNoteInput!) { createNote(input: $i) { id title } }`;
const SAVE_LESSON = `mutation($input: SaveLessonInput!) { saveLesson(input: $input) { id note { id title } } }`;
const LESSONS = `query($id: ID!) { pair(id: $id) { lessons { themeCode side note { id title } } agenda { id note { id title } } } }`;
const ADD_ITEM = `mutation($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id version note { id title } } }`;
const UPDATE_ITEM = `mutation($input: UpdateAgendaItemInput!) { updateAgendaItem(input: $input) { id version note { id title } } }`;

const reason = (result: GqlResult) => result.errors?.[0]?.extensions?.reason;

let t: TestApp;
let pair: Pair;
let otherPair: Pair;
let beneficiary: TestClient;
let compagnon: TestClient;
let outsider: TestClient;
let themeCode: string;
let noteId: string;
let otherPairNoteId: string;
let fileId: string;

async function note(client: TestClient, pairId: string, title: string): Promise<string> {
  const created = await client.gql<{ createNote: { id: string } }>(CREATE_NOTE, { i: { pairId, title, body: `# ${title}` } });
  if (created.errors) throw new Error(JSON.stringify(created.errors));
  return created.data!.createNote.id;
}

beforeAll(async () => {
  t = await startTestApp();
  const theme = await makeTheme(t.app);
  themeCode = theme.code;
  pair = await makePair(t.app, { status: 'COMPLETED', themes: [theme] });
  otherPair = await makePair(t.app);
  const ptce = (id: string) => ({ id }) as Ptce;
  compagnon = await signedIn(t, { ptce: ptce(pair.compagnonId) });
  beneficiary = await signedIn(t, { ptce: ptce(pair.beneficiaryId) });
  outsider = await signedIn(t, { ptce: ptce(otherPair.beneficiaryId) });
  noteId = await note(beneficiary, pair.id, 'Compte rendu de la visite');
  otherPairNoteId = await note(outsider, otherPair.id, 'Note d’une autre paire');
  const repo = t.app.services.deps.db.getRepository(Document);
  const file = repo.create({
    pairId: pair.id,
    kind: 'FILE',
    title: 'Statuts.pdf',
    version: 1,
    createdById: pair.compagnonId,
    updatedAt: new Date(),
  });
  await repo.insert(file);
  fileId = file.id;
});
afterAll(async () => {
  await t?.close();
});

describe('the lessons page links a note of the pair', () => {
  it('the beneficiary links the visit report to its lesson, and the Compagnon sees the link', async () => {
    const saved = await beneficiary.gql<{ saveLesson: { note: { id: string; title: string } | null } }>(SAVE_LESSON, {
      input: { pairId: pair.id, themeCode, learned: 'La gouvernance partagée', nextStep: 'Réécrire nos statuts', noteId },
    });
    expect(saved.errors).toBeUndefined();
    expect(saved.data?.saveLesson.note).toEqual({ id: noteId, title: 'Compte rendu de la visite' });

    const seen = await compagnon.gql<{ pair: { lessons: { side: string; note: { id: string } | null }[] } }>(LESSONS, {
      id: pair.id,
    });
    expect(seen.data?.pair.lessons.find((l) => l.side === 'BENEFICIARY')?.note?.id).toBe(noteId);
  });

  it('saving the lesson again without a note removes the link', async () => {
    const saved = await beneficiary.gql<{ saveLesson: { note: unknown } }>(SAVE_LESSON, {
      input: { pairId: pair.id, themeCode, learned: 'La gouvernance partagée', nextStep: 'Réécrire nos statuts', noteId: '' },
    });
    expect(saved.data?.saveLesson.note).toBeNull();
  });

  it('a file, another pair’s note or an unknown id is refused with UNKNOWN_NOTE and changes nothing', async () => {
    await beneficiary.gql(SAVE_LESSON, {
      input: { pairId: pair.id, themeCode, learned: 'Avant', nextStep: 'Après', noteId },
    });
    for (const wrong of [fileId, otherPairNoteId, '00000000-0000-0000-0000-000000000000']) {
      const refused = await beneficiary.gql(SAVE_LESSON, {
        input: { pairId: pair.id, themeCode, learned: 'Changé', nextStep: 'Changé', noteId: wrong },
      });
      expect(errorCode(refused)).toBe('BAD_USER_INPUT');
      expect(reason(refused)).toBe('UNKNOWN_NOTE');
    }
    const row = await t.app.services.deps.db.getRepository(Lesson).findOneByOrFail({ pairId: pair.id, side: 'BENEFICIARY' });
    expect(row).toMatchObject({ learned: 'Avant', noteId });
  });

  it('an outsider linking a note to this pair’s lesson gets NOT_FOUND', async () => {
    const refused = await outsider.gql(SAVE_LESSON, {
      input: { pairId: pair.id, themeCode, learned: 'x', nextStep: 'y', noteId: otherPairNoteId },
    });
    expect(errorCode(refused)).toBe('NOT_FOUND');
  });
});

describe('an agenda item links a note of the pair', () => {
  it('the Compagnon links the visit report to a moment, then changes and removes the link', async () => {
    const added = await compagnon.gql<{
      addAgendaItem: { id: string; version: number; note: { id: string; title: string } | null };
    }>(ADD_ITEM, { input: itemInput(pair.id, { title: 'Visite de la recyclerie', noteId }) });
    expect(added.errors).toBeUndefined();
    const item = added.data!.addAgendaItem;
    expect(item.note).toEqual({ id: noteId, title: 'Compte rendu de la visite' });

    const seen = await beneficiary.gql<{ pair: { agenda: { id: string; note: { id: string } | null }[] } }>(LESSONS, {
      id: pair.id,
    });
    expect(seen.data?.pair.agenda.find((i) => i.id === item.id)?.note?.id).toBe(noteId);

    const second = await note(beneficiary, pair.id, 'Questions pour le repas');
    const changed = await compagnon.gql<{ updateAgendaItem: { version: number; note: { id: string } | null } }>(UPDATE_ITEM, {
      input: { id: item.id, expectedVersion: item.version, noteId: second },
    });
    expect(changed.data?.updateAgendaItem.note?.id).toBe(second);

    const kept = await compagnon.gql<{ updateAgendaItem: { version: number; note: { id: string } | null } }>(UPDATE_ITEM, {
      input: { id: item.id, expectedVersion: changed.data!.updateAgendaItem.version, title: 'Visite de la recyclerie (matin)' },
    });
    expect(kept.data?.updateAgendaItem.note?.id).toBe(second);

    const removed = await compagnon.gql<{ updateAgendaItem: { note: unknown } }>(UPDATE_ITEM, {
      input: { id: item.id, expectedVersion: kept.data!.updateAgendaItem.version, noteId: '' },
    });
    expect(removed.data?.updateAgendaItem.note).toBeNull();
  });

  it('a file or another pair’s note is refused with UNKNOWN_NOTE and changes nothing', async () => {
    const items = t.app.services.deps.db.getRepository(AgendaItem);
    const before = await items.countBy({ pairId: pair.id });
    for (const wrong of [fileId, otherPairNoteId]) {
      const refused = await compagnon.gql(ADD, { input: itemInput(pair.id, { noteId: wrong }) });
      expect(reason(refused)).toBe('UNKNOWN_NOTE');
      expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    }
    expect(await items.countBy({ pairId: pair.id })).toBe(before);

    const added = await compagnon.gql<{ addAgendaItem: { id: string; version: number } }>(ADD_ITEM, {
      input: itemInput(pair.id, { noteId }),
    });
    const item = added.data!.addAgendaItem;
    const refused = await compagnon.gql(UPDATE, {
      input: { id: item.id, expectedVersion: item.version, noteId: otherPairNoteId },
    });
    expect(reason(refused)).toBe('UNKNOWN_NOTE');
    expect(await items.findOneByOrFail({ id: item.id })).toMatchObject({ version: item.version, noteId });
  });

  it('an outsider gets NOT_FOUND, whatever note it names', async () => {
    const refused = await outsider.gql(ADD, { input: itemInput(pair.id, { noteId: otherPairNoteId }) });
    expect(errorCode(refused)).toBe('NOT_FOUND');
  });
});
