import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Document, DocumentVersion } from '../src/documents/document.entity.js';
import { Thread } from '../src/threads/thread.entity.js';
import { FollowUp } from '../src/pairs/follow-up.entity.js';
import { Lesson } from '../src/pairs/lesson.entity.js';
import { User } from '../src/identity/user.entity.js';
import { ADD, itemInput } from './support/agenda.js';
import { startTestApp, type TestApp } from './support/app.js';
import { TestClient } from './support/client.js';
import { makePair, makeUser, PASSWORD } from './support/factories.js';
import { makePdf } from './support/files.js';
import { makeThread, post } from './support/threads.js';
import { upload } from './support/upload.js';
import { unzip } from './support/unzip.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

async function person(options: { ptceId?: string; role?: 'COORDINATOR' | 'MEMBER' | 'OPERATOR' } = {}) {
  const user = await makeUser(t.app, {
    role: options.role,
    ...(options.ptceId ? { ptce: { id: options.ptceId } as never } : {}),
  });
  const client = new TestClient(t);
  await client.logIn(user.email, PASSWORD);
  return Object.assign(client, { user });
}

function exportZip(client: TestClient | null, pairId: string) {
  return fetch(`${t.url}/api/pairs/${pairId}/export.zip`, { headers: client?.cookie ? { cookie: client.cookie } : {} });
}

const XSS = '<script>alert("x")</script><img src=x onerror=alert(1)> [clic](javascript:alert(2))';

/** A space with a bit of everything: messages (one edited, one deleted, one hostile), agenda, files, a note, lessons. */
async function furnishedSpace() {
  const pair = await makePair(t.app);
  const compagnon = await person({ ptceId: pair.compagnonId });
  const beneficiary = await person({ ptceId: pair.beneficiaryId });
  const thread = await makeThread(t.app, pair, 'Préparer la visite à Dax');
  const second = await makeThread(t.app, pair, 'Budget 2027 : frais de déplacement');
  const first = await post(compagnon, thread.id, 'Bonjour, **bienvenue** à Dax !');
  const edited = await post(beneficiary, thread.id, 'Nous arrivons mardi');
  const removed = await post(beneficiary, thread.id, 'Numéro de carte à ne pas garder');
  await post(compagnon, thread.id, XSS);
  await post(beneficiary, second.id, 'Le train coûte 84 €');
  await compagnon.gql(`mutation($id: ID!, $b: String!) { editMessage(id: $id, body: $b) { id } }`, {
    id: edited.data!.postMessage.id,
    b: 'Nous arrivons mardi à 9 h',
  });
  await beneficiary.gql(`mutation($id: ID!, $b: String!) { editMessage(id: $id, body: $b) { id } }`, {
    id: edited.data!.postMessage.id,
    b: 'Nous arrivons mardi à 9 h',
  });
  await beneficiary.gql(`mutation($id: ID!) { deleteMessage(id: $id) { id } }`, { id: removed.data!.postMessage.id });
  const item = await beneficiary.gql(ADD, {
    input: itemInput(pair.id, {
      title: 'Visite du garage solidaire',
      location: '12 rue des Arènes, Dax',
      notes: 'Prévoir des bottes',
    }),
  });
  expect(item.errors).toBeUndefined();
  const v1 = makePdf('Convention v1');
  const v2 = makePdf('Convention v2, signée');
  const file = await upload(
    t,
    compagnon,
    { pairId: pair.id },
    { bytes: v1, name: 'Convention TSF.pdf' },
    { fields: { title: 'Convention TSF' } },
  );
  await upload(t, beneficiary, { documentId: file.body.document!.id }, { bytes: v2, name: 'Convention TSF signée.pdf' });
  const note = await compagnon.gql<{ createNote: { id: string } }>(
    `mutation($input: CreateNoteInput!) { createNote(input: $input) { id } }`,
    { input: { pairId: pair.id, title: 'Compte rendu', body: '# Compte rendu\n\nPremière version' } },
  );
  await compagnon.gql(`mutation($input: UpdateNoteInput!) { updateNote(input: $input) { id } }`, {
    input: { id: note.data!.createNote.id, expectedVersion: 1, body: '# Compte rendu\n\nDeuxième version' },
  });
  const db = t.app.services.deps.db;
  // Numbered by creation: make the order plain (SQLite keeps whole seconds, MariaDB fractions).
  const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000);
  await db.getRepository(Thread).update({ id: thread.id }, { createdAt: minutesAgo(3) });
  await db.getRepository(Thread).update({ id: second.id }, { createdAt: minutesAgo(2) });
  await db.getRepository(Document).update({ id: file.body.document!.id }, { createdAt: minutesAgo(3) });
  await db.getRepository(Document).update({ id: note.data!.createNote.id }, { createdAt: minutesAgo(2) });
  const lessons = db.getRepository(Lesson);
  await lessons.save(
    lessons.create({
      pairId: pair.id,
      themeCode: pair.themes[0].code,
      side: 'BENEFICIARY',
      learned: 'Une SCIC mobilité se monte avec la collectivité <b>dès le départ</b>',
      nextStep: 'Rencontrer la communauté de communes',
      nextStepOwner: 'Karim',
      nextStepDue: '2027-06-30',
      authorId: beneficiary.user.id,
      authorName: beneficiary.user.displayName,
      updatedAt: new Date(),
    }),
  );
  const followUps = db.getRepository(FollowUp);
  await followUps.save(followUps.create({ pairId: pair.id, monthsAfter: 6, dueOn: '2027-09-30', answer: 'Le garage a ouvert.' }));
  return {
    pair,
    compagnon,
    beneficiary,
    thread,
    second,
    v1,
    v2,
    firstMessage: first.data!.postMessage,
    documentId: file.body.document!.id,
  };
}

describe('exporting a space', () => {
  it('gives a coordinator one archive with every thread, the agenda, documents in all versions, lessons and the JSON', async () => {
    const space = await furnishedSpace();
    const res = await exportZip(space.beneficiary, space.pair.id);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    const disposition = res.headers.get('content-disposition')!;
    expect(disposition).toMatch(/^attachment; filename="tandem-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.zip"$/);
    const files = await unzip(Buffer.from(await res.arrayBuffer()));
    const root = /filename="(.+)\.zip"/.exec(disposition)![1];
    const names = [...files.keys()].map((n) => n.slice(root.length + 1));
    expect([...files.keys()].every((n) => n.startsWith(`${root}/`))).toBe(true);
    expect(names.sort()).toEqual(
      [
        'index.html',
        'threads/001-preparer-la-visite-a-dax.html',
        'threads/001-preparer-la-visite-a-dax.md',
        'threads/002-budget-2027-frais-de-deplacement.html',
        'threads/002-budget-2027-frais-de-deplacement.md',
        'agenda/agenda.ics',
        'agenda/agenda.html',
        'lessons.html',
        'lessons.md',
        'documents/001-convention-tsf/v1-convention-tsf.pdf',
        'documents/001-convention-tsf/v2-convention-tsf-signee.pdf',
        'documents/002-compte-rendu/v1.md',
        'documents/002-compte-rendu/v2.md',
        'tandem-export.json',
      ].sort(),
    );
    const text = (name: string) => files.get(`${root}/${name}`)!.toString('utf8');

    // Threads, readable: messages in seq order with author and date, edited marked, deleted text gone.
    const md = text('threads/001-preparer-la-visite-a-dax.md');
    expect(md).toMatch(/^# Préparer la visite à Dax\n/);
    const order = ['bienvenue', 'Nous arrivons mardi à 9 h', 'Message supprimé', 'alert(1)'].map((s) => md.indexOf(s));
    expect(order.every((p, i) => p > 0 && (i === 0 || p > order[i - 1]))).toBe(true);
    expect(md).toContain(`**${space.compagnon.user.displayName}** · `);
    expect(md).toMatch(/\(modifié le [a-z]+ \d+ [a-zé]+ \d{4}/);
    expect(md).not.toContain('Numéro de carte');
    const html = text('threads/001-preparer-la-visite-a-dax.html');
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain("default-src 'none'");
    expect(html).toContain(space.beneficiary.user.displayName);
    expect(html).toContain('Message supprimé');
    expect(html).not.toContain('Numéro de carte');
    expect(html).toMatch(/<article class="message" id="m2">[\s\S]*modifié le/);
    // Hostile text is shown, never run.
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toMatch(/href="javascript:/i);
    // Markdown is rendered as in the app.
    expect(html).toContain('Bonjour, <strong>bienvenue</strong> à Dax !');
    expect(text('threads/002-budget-2027-frais-de-deplacement.html')).toContain('Le train coûte 84 €');

    // Agenda: the .ics of the calendar export, and a printable page.
    const ics = text('agenda/agenda.ics');
    expect(ics).toMatch(/^BEGIN:VCALENDAR/);
    expect(ics).toContain('SUMMARY:Visite du garage solidaire');
    expect(ics).toContain('TZID=Europe/Paris');
    const agenda = text('agenda/agenda.html');
    expect(agenda).toContain('mardi 30 mars 2027');
    expect(agenda).toContain('09:30–11:00 · Visite du garage solidaire');
    expect(agenda).toContain('Prévoir des bottes');

    // Documents: every version, byte for byte.
    expect(files.get(`${root}/documents/001-convention-tsf/v1-convention-tsf.pdf`)!.equals(space.v1)).toBe(true);
    expect(files.get(`${root}/documents/001-convention-tsf/v2-convention-tsf-signee.pdf`)!.equals(space.v2)).toBe(true);
    expect(text('documents/002-compte-rendu/v1.md')).toBe('# Compte rendu\n\nPremière version');
    expect(text('documents/002-compte-rendu/v2.md')).toBe('# Compte rendu\n\nDeuxième version');

    // Lessons and follow-ups.
    const lessons = text('lessons.html');
    expect(lessons).toContain('Une SCIC mobilité se monte avec la collectivité &lt;b&gt;dès le départ&lt;/b&gt;');
    expect(lessons).toContain('Rencontrer la communauté de communes');
    expect(lessons).toContain('Le garage a ouvert.');
    expect(text('lessons.md')).toContain('Suivi à 6 mois, à partir du jeudi 30 septembre 2027');

    // The index links to every file that exists.
    const index = text('index.html');
    for (const href of [...index.matchAll(/href="([^"]+)"/g)].map((m) => decodeURI(m[1]))) {
      expect(files.has(`${root}/${href}`), href).toBe(true);
    }

    // JSON for re-import: versioned, complete, messages in seq order, deleted text absent.
    const data = JSON.parse(text('tandem-export.json'));
    expect(data).toMatchObject({ format: 'tandem-space-export', version: 1, pair: { id: space.pair.id, status: 'ACTIVE' } });
    expect(data.threads.map((th: { title: string }) => th.title)).toEqual([
      'Préparer la visite à Dax',
      'Budget 2027 : frais de déplacement',
    ]);
    const messages = data.threads[0].messages;
    expect(messages.map((m: { seq: number }) => m.seq)).toEqual([1, 2, 3, 4]);
    expect(messages[0]).toMatchObject({
      id: space.firstMessage.id,
      authorName: space.compagnon.user.displayName,
      editedAt: null,
    });
    expect(messages[1].editedAt).not.toBeNull();
    expect(messages[2]).toMatchObject({ body: null });
    expect(messages[2].deletedAt).not.toBeNull();
    expect(messages[3].body).toBe(XSS);
    expect(data.agenda).toHaveLength(1);
    expect(data.documents[0].versions.map((v: { path: string }) => v.path)).toEqual([
      'documents/001-convention-tsf/v1-convention-tsf.pdf',
      'documents/001-convention-tsf/v2-convention-tsf-signee.pdf',
    ]);
    expect(data.lessons[0].learned).toMatch(/^Une SCIC/);
    expect(data.followUps[0]).toMatchObject({ monthsAfter: 6, answer: 'Le garage a ouvert.' });
    // The two coordinators and the two people who opened the threads, each with their side.
    expect(data.members).toHaveLength(4);
    expect(data.members).toContainEqual(expect.objectContaining({ id: space.beneficiary.user.id, side: 'BENEFICIARY' }));
    expect(data.members).toContainEqual(expect.objectContaining({ id: space.compagnon.user.id, side: 'COMPAGNON' }));

    // Both PTCEs see in the history that the space was exported, and by whom.
    const trail = await space.compagnon.gql<{ pair: { auditTrail: { kind: string; actorName: string }[] } }>(
      `query($id: ID!) { pair(id: $id) { auditTrail { kind actorName } } }`,
      { id: space.pair.id },
    );
    expect(trail.data!.pair.auditTrail.at(-1)).toEqual({ kind: 'EXPORTED', actorName: space.beneficiary.user.displayName });
  });

  it('writes the pages in English for a person who reads English', async () => {
    const pair = await makePair(t.app);
    const coordinator = await person({ ptceId: pair.compagnonId });
    await t.app.services.deps.db.getRepository(User).update({ id: coordinator.user.id }, { locale: 'en' });
    const res = await exportZip(coordinator, pair.id);
    const files = await unzip(Buffer.from(await res.arrayBuffer()));
    const index = [...files].find(([name]) => name.endsWith('/index.html'))![1].toString();
    expect(index).toContain('<html lang="en">');
    expect(index).toContain('No thread.');
  });

  it('answers 401 signed out, NOT_FOUND to an outsider, FORBIDDEN to a member and an operator', async () => {
    const pair = await makePair(t.app);
    expect((await exportZip(null, pair.id)).status).toBe(401);
    const outsider = await person();
    const outsiderRes = await exportZip(outsider, pair.id);
    expect(outsiderRes.status).toBe(404);
    expect(await outsiderRes.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
    // The same answer as for a pair that does not exist.
    const missing = await exportZip(outsider, randomUUID());
    expect(missing.status).toBe(404);
    const member = await person({ ptceId: pair.beneficiaryId, role: 'MEMBER' });
    const memberRes = await exportZip(member, pair.id);
    expect(memberRes.status).toBe(403);
    expect(await memberRes.json()).toMatchObject({ error: { code: 'FORBIDDEN', reason: 'COORDINATORS_ONLY' } });
    const operator = await person({ role: 'OPERATOR' });
    expect((await exportZip(operator, pair.id)).status).toBe(403);
    const canExport = `query($id: ID!) { pair(id: $id) { viewerCanExport } }`;
    expect((await member.gql(canExport, { id: pair.id })).data).toEqual({ pair: { viewerCanExport: false } });
    const coordinator = await person({ ptceId: pair.compagnonId });
    expect((await coordinator.gql(canExport, { id: pair.id })).data).toEqual({ pair: { viewerCanExport: true } });
  });

  it('cuts the response when a file cannot be read mid-way, so no truncated archive looks complete', async () => {
    const space = await furnishedSpace();
    const db = t.app.services.deps.db;
    const version = await db.getRepository(DocumentVersion).findOneByOrFail({ documentId: space.documentId, number: 2 });
    await rm(path.join(t.dataDir, 'files', version.storageKey!));
    const res = await exportZip(space.compagnon, space.pair.id);
    // The archive had begun (index, threads…): the status is sent, then the transfer breaks.
    expect(res.status).toBe(200);
    await expect(res.arrayBuffer()).rejects.toThrow();
    // The person may export again at once (the one-at-a-time lock was given back).
    const again = await exportZip(space.compagnon, space.pair.id);
    expect(again.status).toBe(200);
    await expect(again.arrayBuffer()).rejects.toThrow();
  });
});
