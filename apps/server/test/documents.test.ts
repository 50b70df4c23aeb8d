import { existsSync, readdirSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '@tandem/shared';
import { Document, DocumentVersion } from '../src/documents/document.entity.js';
import type { Pair } from '../src/pairs/pair.entity.js';
import type { User } from '../src/identity/user.entity.js';
import { startTestApp, TEST_ORIGIN, type TestApp } from './support/app.js';
import { collect, errorCode, TestClient } from './support/client.js';
import { makePair, makePtce, makeTheme, makeUser, PASSWORD } from './support/factories.js';
import { EXE, makePdf, OFFICE, PNG } from './support/files.js';
import { startTestS3, type TestS3 } from './support/s3.js';
import { download, multipartBody, upload } from './support/upload.js';

const DOCUMENTS = `query($id: ID!, $filter: DocumentFilter) { pair(id: $id) { documents(filter: $filter) {
  id kind title version theme { code } versions { number fileName mimeType sizeBytes downloadUrl author { displayName } createdAt } } } }`;
const ACTIVITY = `subscription($pairId: ID!) { pairActivity(pairId: $pairId) { type pairId } }`;

async function signedIn(t: TestApp, user: User): Promise<TestClient> {
  const client = new TestClient(t);
  await client.logIn(user.email, PASSWORD);
  return client;
}

describe.each(['local', 's3'] as const)('documents of a pair, files on %s storage', (storage) => {
  let t: TestApp;
  let s3: TestS3 | undefined;
  let pair: Pair;
  let beneficiary: TestClient;
  let compagnon: TestClient;
  let outsider: TestClient;

  beforeAll(async () => {
    if (storage === 's3') s3 = await startTestS3();
    t = await startTestApp(s3?.env ?? {});
    const compagnonPtce = await makePtce(t.app, { isCompagnon: true });
    const beneficiaryPtce = await makePtce(t.app);
    pair = await makePair(t.app, { compagnon: compagnonPtce, beneficiary: beneficiaryPtce });
    beneficiary = await signedIn(t, await makeUser(t.app, { ptce: beneficiaryPtce }));
    compagnon = await signedIn(t, await makeUser(t.app, { ptce: compagnonPtce }));
    outsider = await signedIn(t, await makeUser(t.app));
  });
  afterAll(async () => {
    await t?.close();
    await s3?.close();
  });

  const storedKeys = async (): Promise<string[]> => {
    if (s3) return s3.keys();
    const dir = path.join(t.dataDir, 'files');
    return existsSync(dir) ? readdirSync(dir) : [];
  };
  const temporaryFiles = () => {
    const dir = path.join(t.dataDir, 'uploads-in-progress');
    return existsSync(dir) ? readdirSync(dir) : [];
  };
  const rowCounts = async () => ({
    documents: await t.app.services.deps.db.getRepository(Document).countBy({}),
    versions: await t.app.services.deps.db.getRepository(DocumentVersion).countBy({}),
  });
  /** Runs `act` and checks it left no row, no stored file and no temporary file behind. */
  async function leavesNothing<T>(act: () => Promise<T>): Promise<T> {
    const rowsBefore = await rowCounts();
    const keysBefore = await storedKeys();
    const result = await act();
    expect(await rowCounts()).toEqual(rowsBefore);
    expect((await storedKeys()).sort()).toEqual(keysBefore.sort());
    expect(temporaryFiles()).toEqual([]);
    return result;
  }

  it('the beneficiary uploads a PDF, the Compagnon sees it live, adds version 2, and both versions download intact', async () => {
    const theme = await makeTheme(t.app);
    const ws = compagnon.ws();
    const activity = collect<{ pairActivity: { type: string; pairId: string } }>(ws, ACTIVITY, { pairId: pair.id });
    await new Promise((resolve) => setTimeout(resolve, 150));

    const v1 = makePdf('Statuts v1');
    const first = await upload(
      t,
      beneficiary,
      { pairId: pair.id },
      { bytes: v1, name: 'Statuts de l’association — révisés.pdf' },
      {
        fields: { title: 'Statuts révisés', themeCode: theme.code },
      },
    );
    expect(first.status).toBe(201);
    const documentId = first.body.document!.id;

    const listed = await compagnon.gql<{
      pair: { documents: { id: string; title: string; version: number; kind: string; theme: { code: string } }[] };
    }>(DOCUMENTS, { id: pair.id });
    expect(listed.data?.pair.documents).toEqual([
      expect.objectContaining({
        id: documentId,
        title: 'Statuts révisés',
        version: 1,
        kind: 'FILE',
        theme: { code: theme.code },
      }),
    ]);

    const v2 = makePdf('Statuts v2, relus');
    const second = await upload(t, compagnon, { documentId }, { bytes: v2, name: 'statuts-v2.pdf' });
    expect(second.status).toBe(201);
    expect(second.body.document!.version).toBe(2);

    const versions = await beneficiary.gql<{
      pair: {
        documents: {
          versions: { number: number; fileName: string; mimeType: string; sizeBytes: number; downloadUrl: string }[];
        }[];
      };
    }>(DOCUMENTS, { id: pair.id });
    expect(versions.data?.pair.documents[0].versions.map((v) => [v.number, v.fileName, v.mimeType, v.sizeBytes])).toEqual([
      [2, 'statuts-v2.pdf', 'application/pdf', v2.length],
      [1, 'Statuts de l’association — révisés.pdf', 'application/pdf', v1.length],
    ]);

    for (const reader of [beneficiary, compagnon]) {
      const one = await download(t, reader, documentId, 1);
      expect(one.status).toBe(200);
      expect(one.bytes.equals(v1)).toBe(true);
      expect(one.headers.get('content-type')).toBe('application/pdf');
      expect(one.headers.get('x-content-type-options')).toBe('nosniff');
      expect(one.headers.get('content-security-policy')).toMatch(/^sandbox/);
      expect(one.headers.get('content-disposition')).toBe(
        `attachment; filename="Statuts de l_association _ revises.pdf"; filename*=UTF-8''Statuts%20de%20l%E2%80%99association%20%E2%80%94%20r%C3%A9vis%C3%A9s.pdf`,
      );
      const two = await download(t, reader, documentId, 2);
      expect(two.bytes.equals(v2)).toBe(true);
    }
    // The in-app preview asks for the same bytes inline, still sandboxed.
    const preview = await fetch(`${t.url}/api/documents/${documentId}/versions/2?inline=1`, {
      headers: { cookie: compagnon.cookie! },
    });
    expect(preview.headers.get('content-disposition')).toMatch(/^inline; filename="statuts-v2.pdf"/);
    expect(preview.headers.get('content-security-policy')).toBe('sandbox');
    expect(await storedKeys()).toHaveLength(2);

    await expect
      .poll(() => activity.events.map((e) => e.pairActivity.type))
      .toEqual(['DOCUMENT_ADDED', 'DOCUMENT_VERSION_ADDED']);
    activity.dispose();
    await ws.dispose();
  });

  it('two versions uploaded at the same moment get distinct numbers', async () => {
    const first = await upload(t, beneficiary, { pairId: pair.id }, { bytes: makePdf('base'), name: 'convention.pdf' });
    const documentId = first.body.document!.id;
    const answers = await Promise.all([
      upload(t, beneficiary, { documentId }, { bytes: makePdf('a'), name: 'convention-a.pdf' }),
      upload(t, compagnon, { documentId }, { bytes: makePdf('b'), name: 'convention-b.pdf' }),
    ]);
    expect(answers.map((a) => a.status)).toEqual([201, 201]);
    expect(answers.map((a) => a.body.document!.version).sort()).toEqual([2, 3]);
    const two = await download(t, compagnon, documentId, 2);
    const three = await download(t, compagnon, documentId, 3);
    expect([two.bytes, three.bytes].some((b) => b.equals(makePdf('a')))).toBe(true);
    expect([two.bytes, three.bytes].some((b) => b.equals(makePdf('b')))).toBe(true);
  });

  it('lists documents filtered by kind and theme', async () => {
    const [theme, other] = [await makeTheme(t.app), await makeTheme(t.app)];
    const filtered = await makePair(t.app);
    const member = await signedIn(t, await makeUser(t.app, { ptce: { id: filtered.beneficiaryId } as never }));
    await upload(t, member, { pairId: filtered.id }, { bytes: PNG, name: 'plan.png' }, { fields: { themeCode: theme.code } });
    await upload(
      t,
      member,
      { pairId: filtered.id },
      { bytes: Buffer.from('a;b\n1;2\n'), name: 'budget.csv' },
      { fields: { themeCode: other.code } },
    );
    await member.gql(`mutation($i: CreateNoteInput!) { createNote(input: $i) { id } }`, {
      i: { pairId: filtered.id, title: 'Compte rendu', themeCode: theme.code, body: '# Jour 1' },
    });
    const titles = async (filter: Record<string, string>) =>
      (
        (await member.gql<{ pair: { documents: { title: string }[] } }>(DOCUMENTS, { id: filtered.id, filter })).data?.pair
          .documents ?? []
      )
        .map((d) => d.title)
        .sort();
    expect(await titles({})).toEqual(['Compte rendu', 'budget.csv', 'plan.png']);
    expect(await titles({ kind: 'NOTE' })).toEqual(['Compte rendu']);
    expect(await titles({ themeCode: theme.code })).toEqual(['Compte rendu', 'plan.png']);
    expect(await titles({ kind: 'FILE', themeCode: other.code })).toEqual(['budget.csv']);
  });

  it('accepts each office format of the allow-list, decided from its bytes', async () => {
    for (const [extension, bytes] of Object.entries(OFFICE)) {
      const answer = await upload(t, beneficiary, { pairId: pair.id }, { bytes, name: `modèle.${extension}` });
      expect(answer.status, extension).toBe(201);
    }
    // As a browser sends it: the name as raw UTF-8 inside filename="…".
    const form = new FormData();
    form.append('file', new Blob([OFFICE.odt]), 'Réunion préparatoire.odt');
    const res = await fetch(`${t.url}/api/pairs/${pair.id}/documents`, {
      method: 'POST',
      headers: { 'x-tandem-upload': '1', origin: TEST_ORIGIN, cookie: beneficiary.cookie! },
      body: form,
    });
    expect(((await res.json()) as { document: { title: string } }).document.title).toBe('Réunion préparatoire.odt');
  });

  it('answers NOT_FOUND to someone outside the pair, on list, download and upload, and stores nothing', async () => {
    const mine = await upload(t, beneficiary, { pairId: pair.id }, { bytes: PNG, name: 'photo.png' });
    const documentId = mine.body.document!.id;

    const list = await outsider.gql(DOCUMENTS, { id: pair.id });
    expect(errorCode(list)).toBe('NOT_FOUND');
    const single = await outsider.gql(`query($id: ID!) { document(id: $id) { id } }`, { id: documentId });
    expect(errorCode(single)).toBe('NOT_FOUND');
    const fetched = await download(t, outsider, documentId, 1);
    expect(fetched.status).toBe(404);
    expect(fetched.bytes.toString()).not.toContain('PNG');

    await leavesNothing(async () => {
      const newOne = await upload(t, outsider, { pairId: pair.id }, { bytes: PNG, name: 'x.png' });
      expect([newOne.status, newOne.body.error?.code]).toEqual([404, 'NOT_FOUND']);
      const version = await upload(t, outsider, { documentId }, { bytes: PNG, name: 'x.png' });
      expect([version.status, version.body.error?.code]).toEqual([404, 'NOT_FOUND']);
    });
    const anonymous = await download(t, null, documentId, 1);
    expect(anonymous.status).toBe(401);
    const missing = await download(t, beneficiary, documentId, 9);
    expect(missing.status).toBe(404);
  });

  it('two people save the same note version: the second gets CONFLICT with the other text', async () => {
    const created = await beneficiary.gql<{ createNote: { id: string; version: number } }>(
      `mutation($i: CreateNoteInput!) { createNote(input: $i) { id version } }`,
      { i: { pairId: pair.id, title: 'Notes du jour 1', body: 'Visite de la recyclerie' } },
    );
    const id = created.data!.createNote.id;
    const save = (client: TestClient, body: string, expectedVersion: number) =>
      client.gql<{ updateNote: { version: number; latest: { body: string } } }>(
        `mutation($i: UpdateNoteInput!) { updateNote(input: $i) { version latest { body author { displayName } } } }`,
        { i: { id, expectedVersion, body } },
      );
    const mineSaved = await save(compagnon, 'Visite de la recyclerie, puis atelier budget', 1);
    expect(mineSaved.data?.updateNote.version).toBe(2);
    const stale = await save(beneficiary, 'Visite de la recyclerie et déjeuner', 1);
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(stale.errors?.[0].extensions?.current).toMatchObject({
      version: 2,
      body: 'Visite de la recyclerie, puis atelier budget',
    });
    const retried = await save(beneficiary, 'Visite, atelier budget et déjeuner', 2);
    expect(retried.data?.updateNote.version).toBe(3);

    const v1 = await download(t, compagnon, id, 1);
    expect(v1.bytes.toString('utf8')).toBe('Visite de la recyclerie');
    expect(v1.headers.get('content-disposition')).toContain(`filename*=UTF-8''Notes%20du%20jour%201.md`);
    const outsiderSave = await save(outsider, 'x', 3);
    expect(errorCode(outsiderSave)).toBe('NOT_FOUND');
  });

  describe('bad input is refused with a clear code and leaves nothing behind', () => {
    const refused = async (
      file: { bytes: Buffer; name: string },
      expected: { status: number; reason?: string; code?: string },
      options: Parameters<typeof upload>[4] = {},
    ) =>
      leavesNothing(async () => {
        const answer = await upload(t, beneficiary, { pairId: pair.id }, file, options);
        expect({ status: answer.status, reason: answer.body.error?.reason, code: answer.body.error?.code }).toMatchObject(
          expected,
        );
        expect(answer.body.error?.message).toBeTruthy();
      });

    it('one byte over the size limit (413), while exactly the limit is accepted', async () => {
      await refused(
        { bytes: Buffer.alloc(LIMITS.uploadMaxBytes + 1, 'a'), name: 'big.txt' },
        { status: 413, reason: 'TOO_LARGE' },
      );
      const atLimit = await upload(
        t,
        beneficiary,
        { pairId: pair.id },
        { bytes: Buffer.alloc(LIMITS.uploadMaxBytes, 'a'), name: 'big.txt' },
      );
      expect(atLimit.status).toBe(201);
    });

    it('an empty file', () => refused({ bytes: Buffer.alloc(0), name: 'vide.pdf' }, { status: 400, reason: 'EMPTY_FILE' }));

    it('a .pdf holding PNG bytes', () => refused({ bytes: PNG, name: 'faux.pdf' }, { status: 415, reason: 'TYPE_MISMATCH' }));

    it('an executable renamed .jpg', () =>
      refused({ bytes: EXE, name: 'photo.jpg' }, { status: 415, reason: 'UNSUPPORTED_TYPE' }));

    it('HTML and SVG files, with or without a prolog', async () => {
      await refused(
        { bytes: Buffer.from('<!doctype html><script>alert(1)</script>'), name: 'page.html' },
        { status: 415, reason: 'UNSUPPORTED_TYPE' },
      );
      await refused(
        { bytes: Buffer.from('<!doctype html><p>hi</p>'), name: 'page.txt' },
        { status: 415, reason: 'UNSUPPORTED_TYPE' },
      );
      await refused(
        {
          bytes: Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
          name: 'logo.svg',
        },
        { status: 415, reason: 'UNSUPPORTED_TYPE' },
      );
      await refused(
        { bytes: Buffer.from('<svg onload="alert(1)"/>'), name: 'logo.txt' },
        { status: 415, reason: 'UNSUPPORTED_TYPE' },
      );
    });

    it('binary bytes posing as text', () =>
      refused(
        { bytes: Buffer.from([0x61, 0x00, 0x62, 0xff, 0xfe]), name: 'notes.txt' },
        { status: 415, reason: 'UNSUPPORTED_TYPE' },
      ));

    it('names that hide another extension are refused; path-like names are cleaned, never used as paths', async () => {
      const text = Buffer.from('Ordre du jour\n');
      await refused({ bytes: text, name: 'facture\u202Etxt.exe' }, { status: 415, reason: 'TYPE_MISMATCH' });
      await refused({ bytes: text, name: '"; filename=x.html' }, { status: 415, reason: 'TYPE_MISMATCH' });
      const cleaned: string[] = [];
      for (const name of ['../../etc/passwd', 'a%2f..', 'note\u0000.txt', `${'é'.repeat(300)}.txt`]) {
        const answer = await upload(t, beneficiary, { pairId: pair.id }, { bytes: text, name });
        expect(answer.status, name).toBe(201);
        cleaned.push(answer.body.document!.title);
      }
      expect(cleaned.slice(0, 3)).toEqual(['passwd.txt', 'a%2f.txt', 'note.txt']);
      expect(Array.from(cleaned[3])).toHaveLength(120);
      expect(cleaned[3].endsWith('éé.txt')).toBe(true);
      // Stored under generated keys only.
      for (const key of await storedKeys()) expect(key).toMatch(/^[0-9a-f-]{36}$/);
    });

    it('a request without the upload header, or from another origin', async () => {
      await refused(
        { bytes: PNG, name: 'a.png' },
        { status: 400, reason: 'UPLOAD_HEADER_MISSING' },
        { headers: { 'x-tandem-upload': undefined } },
      );
      await refused(
        { bytes: PNG, name: 'a.png' },
        { status: 403, code: 'FORBIDDEN' },
        { headers: { origin: 'https://evil.example' } },
      );
    });

    it('an upload into another pair', async () => {
      const otherPair = await makePair(t.app);
      await leavesNothing(async () => {
        const answer = await upload(t, beneficiary, { pairId: otherPair.id }, { bytes: PNG, name: 'a.png' });
        expect([answer.status, answer.body.error?.code]).toEqual([404, 'NOT_FOUND']);
      });
    });

    it('no file field, two files, or a body that is not multipart', async () => {
      await leavesNothing(async () => {
        const res = await fetch(`${t.url}/api/pairs/${pair.id}/documents`, {
          method: 'POST',
          headers: {
            'x-tandem-upload': '1',
            origin: TEST_ORIGIN,
            cookie: beneficiary.cookie!,
            'content-type': 'application/json',
          },
          body: '{}',
        });
        expect(res.status).toBe(400);
        const form = new FormData();
        form.append('file', new Blob([PNG]), 'a.png');
        form.append('file', new Blob([PNG]), 'b.png');
        const two = await fetch(`${t.url}/api/pairs/${pair.id}/documents`, {
          method: 'POST',
          headers: { 'x-tandem-upload': '1', origin: TEST_ORIGIN, cookie: beneficiary.cookie! },
          body: form,
        });
        expect(two.status).toBe(400);
        const none = new FormData();
        none.append('title', 'Sans fichier');
        const empty = await fetch(`${t.url}/api/pairs/${pair.id}/documents`, {
          method: 'POST',
          headers: { 'x-tandem-upload': '1', origin: TEST_ORIGIN, cookie: beneficiary.cookie! },
          body: none,
        });
        expect(((await empty.json()) as { error: { reason: string } }).error.reason).toBe('NO_FILE');
      });
    });

    it('an upload cut off halfway (connection dropped)', async () => {
      await leavesNothing(async () => {
        const { body, contentType } = multipartBody({ bytes: Buffer.alloc(2 * 1024 * 1024, 'b'), name: 'coupé.txt' });
        const url = new URL(`${t.url}/api/pairs/${pair.id}/documents`);
        await new Promise<void>((resolve) => {
          const req = request(url, {
            method: 'POST',
            headers: {
              'content-type': contentType,
              'content-length': String(body.length),
              'x-tandem-upload': '1',
              origin: TEST_ORIGIN,
              cookie: beneficiary.cookie!,
            },
          });
          req.on('error', () => resolve());
          req.write(body.subarray(0, body.length / 2), () => {
            setTimeout(() => {
              req.destroy();
              resolve();
            }, 100);
          });
        });
        // The server notices the dropped connection and removes what it had started.
        await expect.poll(() => temporaryFiles(), { timeout: 3000 }).toEqual([]);
        await new Promise((resolve) => setTimeout(resolve, 100));
      });
    });
  });
});

describe('the daily upload quota', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it(`stops a person after ${LIMITS.uploadsPerPersonPerDay} files in a day with RATE_LIMITED`, async () => {
    const pair = await makePair(t.app);
    const person = await signedIn(t, await makeUser(t.app, { ptce: { id: pair.beneficiaryId } as never }));
    for (let i = 0; i < LIMITS.uploadsPerPersonPerDay; i++) {
      const answer = await upload(t, person, { pairId: pair.id }, { bytes: Buffer.from(`ligne ${i}\n`), name: `n${i}.txt` });
      expect(answer.status).toBe(201);
    }
    const over = await upload(t, person, { pairId: pair.id }, { bytes: PNG, name: 'one-more.png' });
    expect([over.status, over.body.error?.code, over.body.error?.reason]).toEqual([429, 'RATE_LIMITED', 'DAILY_QUOTA']);
    // Someone else of the pair is not affected.
    const colleague = await signedIn(t, await makeUser(t.app, { ptce: { id: pair.beneficiaryId } as never }));
    expect((await upload(t, colleague, { pairId: pair.id }, { bytes: PNG, name: 'a.png' })).status).toBe(201);
  });
});
