import { randomBytes, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Document, DocumentVersion } from '../src/documents/document.entity.js';
import { Message, Thread } from '../src/threads/thread.entity.js';
import { startTestApp, type TestApp } from './support/app.js';
import { TestClient } from './support/client.js';
import { makePair, makeUser, PASSWORD } from './support/factories.js';

// A large space: thousands of messages and files of tens of MB. The export must stream it: the
// process's memory stays far below the archive's size while the client downloads it.
const THREADS = 3;
const MESSAGES_PER_THREAD = 2_000;
const FILES = 4;
const FILE_MB = 64;

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

async function largeSpace() {
  const db = t.app.services.deps.db;
  const pair = await makePair(t.app);
  const author = await makeUser(t.app, { ptce: { id: pair.compagnonId } as never });
  const filler = 'Compte rendu de la journée, structures rencontrées, suites à donner. '.repeat(12);
  for (let th = 0; th < THREADS; th++) {
    const thread = await db.getRepository(Thread).save(
      db.getRepository(Thread).create({
        pairId: pair.id,
        title: `Fil ${th + 1}`,
        createdById: author.id,
        lastSeq: MESSAGES_PER_THREAD,
        lastActivityAt: new Date(),
        createdAt: new Date(Date.now() - (THREADS - th) * 60_000),
      }),
    );
    for (let start = 1; start <= MESSAGES_PER_THREAD; start += 250) {
      const rows = [];
      for (let seq = start; seq < start + 250 && seq <= MESSAGES_PER_THREAD; seq++) {
        const deleted = seq % 97 === 0;
        rows.push({
          id: randomUUID(),
          threadId: thread.id,
          seq,
          clientId: randomUUID(),
          authorId: author.id,
          body: deleted ? '' : `Message ${seq} du fil ${th + 1}. ${filler}`,
          editedAt: seq % 13 === 0 ? new Date() : null,
          deletedAt: deleted ? new Date() : null,
        });
      }
      await db.getRepository(Message).insert(rows);
    }
  }
  // Files written straight into local storage, as uploads leave them.
  const chunk = randomBytes(1024 * 1024);
  await mkdir(path.join(t.dataDir, 'files'), { recursive: true });
  for (let f = 0; f < FILES; f++) {
    const storageKey = randomUUID();
    await pipeline(
      Readable.from(
        (function* () {
          for (let i = 0; i < FILE_MB; i++) yield chunk;
        })(),
      ),
      createWriteStream(path.join(t.dataDir, 'files', storageKey)),
    );
    const document = await db.getRepository(Document).save(
      db.getRepository(Document).create({
        pairId: pair.id,
        kind: 'FILE',
        title: `Vidéo ${f + 1}`,
        version: 1,
        createdById: author.id,
        updatedAt: new Date(),
      }),
    );
    await db.getRepository(DocumentVersion).insert({
      id: randomUUID(),
      documentId: document.id,
      number: 1,
      authorId: author.id,
      storageKey,
      fileName: `video-${f + 1}.mp4`,
      mimeType: 'video/mp4',
      sizeBytes: FILE_MB * 1024 * 1024,
    });
  }
  const client = new TestClient(t);
  const coordinator = await makeUser(t.app, { ptce: { id: pair.beneficiaryId } as never });
  await client.logIn(coordinator.email, PASSWORD);
  return { pair, client };
}

const exportZip = (client: TestClient, pairId: string) =>
  fetch(`${t.url}/api/pairs/${pairId}/export.zip`, { headers: { cookie: client.cookie! } });

function readZip(file: string): Promise<Map<string, { size: number; text?: string }>> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true, validateEntrySizes: true }, (err, zip) => {
      if (err || !zip) return reject(err);
      const entries = new Map<string, { size: number; text?: string }>();
      zip.on('error', reject);
      zip.on('end', () => resolve(entries));
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (error, stream) => {
          if (error || !stream) return reject(error);
          const keep = /\.(json|html)$/.test(entry.fileName);
          const chunks: Buffer[] = [];
          let size = 0;
          stream.on('data', (c: Buffer) => {
            size += c.length;
            if (keep) chunks.push(c);
          });
          stream.on('error', reject);
          stream.on('end', () => {
            entries.set(entry.fileName.replace(/^[^/]+\//, ''), {
              size,
              text: keep ? Buffer.concat(chunks).toString('utf8') : undefined,
            });
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}

describe('exporting a large space', () => {
  it('streams hundreds of MB with flat memory, one export at a time per person', { timeout: 180_000 }, async () => {
    const { pair, client } = await largeSpace();
    const archivePath = path.join(t.dataDir, 'export.zip');

    const res = await exportZip(client, pair.id);
    expect(res.status).toBe(200);
    // The first export is still running: the same person cannot start a second one.
    const second = await exportZip(client, pair.id);
    expect(second.status).toBe(429);
    expect(second.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await second.json()).toMatchObject({ error: { code: 'RATE_LIMITED' } });

    const before = process.memoryUsage();
    let peakRss = before.rss;
    let peakHeap = before.heapUsed;
    let peakAb = before.arrayBuffers;
    const sampler = setInterval(() => {
      const now = process.memoryUsage();
      peakRss = Math.max(peakRss, now.rss);
      peakHeap = Math.max(peakHeap, now.heapUsed);
      peakAb = Math.max(peakAb, now.arrayBuffers);
    }, 20);
    try {
      await pipeline(Readable.fromWeb(res.body as never), createWriteStream(archivePath));
    } finally {
      clearInterval(sampler);
    }
    const archiveBytes = (await stat(archivePath)).size;
    const MB = 1024 * 1024;
    const growth = { rss: (peakRss - before.rss) / MB, heap: (peakHeap - before.heapUsed) / MB };
    // The figures, for the report (vitest shows a test's output).
    process.stdout.write(
      `export of ${(archiveBytes / MB).toFixed(0)} MB: rss ${(before.rss / MB).toFixed(0)} → peak ${(peakRss / MB).toFixed(0)} MB (+${growth.rss.toFixed(0)}), heap +${growth.heap.toFixed(0)} MB, arrayBuffers ${(before.arrayBuffers / MB).toFixed(0)} → ${(peakAb / MB).toFixed(0)} MB\n`,
    );
    expect(archiveBytes).toBeGreaterThan(FILES * FILE_MB * MB);
    // Server and client share this process: both together stay far below the archive's size (256+ MB).
    // Measured: +20 to +50 MB; one Intl.DateTimeFormat per message once made it +350 MB.
    expect(growth.rss).toBeLessThan(80);
    expect(growth.heap).toBeLessThan(48);

    // The archive is complete and right: every message, in order, across the keyset pages.
    const entries = await readZip(archivePath);
    for (let f = 0; f < FILES; f++) {
      expect(entries.get(`documents/00${f + 1}-video-${f + 1}/v1-video-${f + 1}.mp4`)?.size).toBe(FILE_MB * MB);
    }
    const data = JSON.parse(entries.get('tandem-export.json')!.text!);
    expect(data.threads).toHaveLength(THREADS);
    for (const thread of data.threads) {
      expect(thread.messages.map((m: { seq: number }) => m.seq)).toEqual(
        Array.from({ length: MESSAGES_PER_THREAD }, (_, i) => i + 1),
      );
    }
    const html = entries.get('threads/001-fil-1.html')!.text!;
    expect(html.match(/<article /g)).toHaveLength(MESSAGES_PER_THREAD);
    expect(html.match(/class="message deleted"/g)).toHaveLength(Math.floor(MESSAGES_PER_THREAD / 97));

    // Done: the person may export again. Leaving mid-way stops the export and gives the turn back.
    const again = await exportZip(client, pair.id);
    expect(again.status).toBe(200);
    const reader = again.body!.getReader();
    await reader.read();
    await reader.cancel();
    await expect
      .poll(
        async () => {
          const next = await exportZip(client, pair.id);
          await next.body?.cancel();
          return next.status;
        },
        { timeout: 5_000 },
      )
      .toBe(200);
  });
});
