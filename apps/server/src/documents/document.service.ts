import { rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { EntityManager } from 'typeorm';
import { LIMITS, type DocumentKind } from '@tandem/shared';
import { newId } from '../core/columns.js';
import { AppError, badInput, notFound, unauthenticated } from '../core/errors.js';
import type { Deps } from '../core/services.js';
import { Theme } from '../directory/theme.entity.js';
import type { User } from '../identity/user.entity.js';
import type { PairService } from '../pairs/pair.service.js';
import { Document, DocumentVersion } from './document.entity.js';
import { attachmentHeader, cleanFileName } from './document.files.js';
import type { FileStorage } from './document.storage.js';
import { receiveUpload } from './document.upload.js';

export interface Download {
  stream: Readable;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  contentDisposition: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export class DocumentService {
  constructor(
    private readonly deps: Deps,
    private readonly pairs: PairService,
    readonly storage: FileStorage,
  ) {}

  get tempDir(): string {
    return path.join(this.deps.config.dataDir, 'uploads-in-progress');
  }

  /** The documents of a pair the person can see, newest change first, optionally filtered. */
  async list(user: User | null, pairId: string, filter: { kind?: DocumentKind | null; themeCode?: string | null } = {}) {
    await this.pairs.visiblePair(user, pairId);
    return this.deps.db.getRepository(Document).find({
      where: {
        pairId,
        ...(filter.kind ? { kind: filter.kind } : {}),
        ...(filter.themeCode ? { themeCode: filter.themeCode } : {}),
      },
      relations: { theme: true },
      order: { updatedAt: 'DESC' },
    });
  }

  /** A document the person may see; NOT_FOUND otherwise (another pair's document does not exist for them). */
  async visibleDocument(user: User | null, documentId: string): Promise<Document> {
    if (!user) throw unauthenticated();
    const document = await this.deps.db
      .getRepository(Document)
      .findOne({ where: { id: documentId }, relations: { theme: true } });
    if (!document) throw notFound('Document not found');
    try {
      await this.pairs.visiblePair(user, document.pairId);
    } catch {
      throw notFound('Document not found');
    }
    return document;
  }

  versions(document: Document): Promise<DocumentVersion[]> {
    return this.deps.db
      .getRepository(DocumentVersion)
      .find({ where: { documentId: document.id }, relations: { author: true }, order: { number: 'DESC' } });
  }

  latestVersion(document: Document): Promise<DocumentVersion | null> {
    return this.deps.db
      .getRepository(DocumentVersion)
      .findOne({ where: { documentId: document.id, number: document.version }, relations: { author: true } });
  }

  /** New FILE document in a pair, from a streamed multipart request. */
  async uploadNew(user: User | null, pairId: string, req: IncomingMessage): Promise<Document> {
    await this.pairs.visiblePair(user, pairId);
    await this.checkQuota(user!);
    const upload = await receiveUpload(req, { tempDir: this.tempDir, maxBytes: LIMITS.uploadMaxBytes });
    try {
      const themeCode = await this.checkTheme(upload.fields.themeCode);
      const title = cleanTitle(upload.fields.title) ?? upload.fileName;
      return await this.storeVersion(
        user!,
        upload,
        async (manager) => {
          const document = manager.create(Document, {
            pairId,
            kind: 'FILE',
            title,
            themeCode,
            version: 1,
            createdById: user!.id,
            updatedAt: new Date(),
          });
          await manager.insert(Document, document);
          return document;
        },
        'DOCUMENT_ADDED',
      );
    } finally {
      await rm(upload.tempPath, { force: true });
    }
  }

  /** Version n+1 of a FILE document. */
  async uploadVersion(user: User | null, documentId: string, req: IncomingMessage): Promise<Document> {
    const existing = await this.visibleDocument(user, documentId);
    if (existing.kind !== 'FILE') throw badInput('A note is edited in Tandem, not uploaded', { reason: 'NOT_A_FILE' });
    await this.checkQuota(user!);
    const upload = await receiveUpload(req, { tempDir: this.tempDir, maxBytes: LIMITS.uploadMaxBytes });
    try {
      return await this.storeVersion(
        user!,
        upload,
        async (manager) => {
          // Lock the row: two uploads at once get numbers n+1 and n+2, never the same one.
          const document = await manager.findOne(Document, { where: { id: documentId }, lock: lockFor(manager) });
          if (!document) throw notFound('Document not found');
          document.version += 1;
          document.updatedAt = new Date();
          await manager.update(Document, { id: document.id }, { version: document.version, updatedAt: document.updatedAt });
          return document;
        },
        'DOCUMENT_VERSION_ADDED',
      );
    } finally {
      await rm(upload.tempPath, { force: true });
    }
  }

  /** Stores the file under a generated key, then writes the rows; a failed write removes the stored file. */
  private async storeVersion(
    user: User,
    upload: Awaited<ReturnType<typeof receiveUpload>>,
    documentFor: (manager: EntityManager) => Promise<Document>,
    event: 'DOCUMENT_ADDED' | 'DOCUMENT_VERSION_ADDED',
  ): Promise<Document> {
    const storageKey = newId();
    await this.storage.putFile(storageKey, upload.tempPath, upload.sizeBytes, upload.mimeType);
    let document: Document;
    try {
      document = await this.deps.db.transaction(async (manager) => {
        const doc = await documentFor(manager);
        await manager.insert(DocumentVersion, {
          id: newId(),
          documentId: doc.id,
          number: doc.version,
          authorId: user.id,
          storageKey,
          fileName: upload.fileName,
          mimeType: upload.mimeType,
          sizeBytes: upload.sizeBytes,
          body: null,
        });
        return doc;
      });
    } catch (error) {
      await this.storage
        .delete(storageKey)
        .catch((err: unknown) => this.deps.logger.error({ err, storageKey }, 'orphan file not removed'));
      throw error;
    }
    this.publish(document.pairId, event);
    if (event === 'DOCUMENT_ADDED') await this.deps.notifications.documentAdded({ documentId: document.id, actorId: user.id });
    this.deps.logger.info({ documentId: document.id, version: document.version, userId: user.id }, 'document uploaded');
    // As written in the transaction: the version this upload became, even if another one followed at once.
    return document;
  }

  /** Re-checks access, then opens the stored version for download. */
  async download(user: User | null, documentId: string, number: number): Promise<Download> {
    const document = await this.visibleDocument(user, documentId);
    const version = Number.isInteger(number)
      ? await this.deps.db.getRepository(DocumentVersion).findOneBy({ documentId, number })
      : null;
    if (!version) throw notFound('Version not found');
    if (document.kind === 'NOTE') {
      const body = Buffer.from(version.body ?? '', 'utf8');
      const fileName = cleanFileName(`${document.title}.md`);
      return {
        stream: Readable.from([body]),
        fileName,
        mimeType: 'text/markdown; charset=utf-8',
        sizeBytes: body.length,
        contentDisposition: attachmentHeader(fileName),
      };
    }
    const stream = await this.storage.read(version.storageKey!);
    return {
      stream,
      fileName: version.fileName!,
      mimeType: version.mimeType!,
      sizeBytes: version.sizeBytes,
      contentDisposition: attachmentHeader(version.fileName!),
    };
  }

  async createNote(user: User | null, input: { pairId: string; title: string; themeCode?: string | null; body: string }) {
    await this.pairs.visiblePair(user, input.pairId);
    const title = cleanTitle(input.title);
    if (!title) throw badInput('A note needs a title', { reason: 'TITLE_REQUIRED' });
    checkNoteBody(input.body);
    const themeCode = await this.checkTheme(input.themeCode ?? undefined);
    const document = await this.deps.db.transaction(async (manager) => {
      const doc = manager.create(Document, {
        pairId: input.pairId,
        kind: 'NOTE',
        title,
        themeCode,
        version: 1,
        createdById: user!.id,
        updatedAt: new Date(),
      });
      await manager.insert(Document, doc);
      await manager.insert(DocumentVersion, noteVersion(doc, user!, input.body));
      return doc;
    });
    this.publish(document.pairId, 'DOCUMENT_ADDED');
    await this.deps.notifications.documentAdded({ documentId: document.id, actorId: user!.id });
    return this.reload(document.id);
  }

  /**
   * Saves a note as version n+1 only if the person edited version n (`expectedVersion`);
   * otherwise CONFLICT, with the current note in `extensions.current` so nothing is lost.
   */
  async updateNote(user: User | null, input: { id: string; expectedVersion: number; title?: string | null; body: string }) {
    const existing = await this.visibleDocument(user, input.id);
    if (existing.kind !== 'NOTE') throw badInput('Only notes are edited in Tandem', { reason: 'NOT_A_NOTE' });
    checkNoteBody(input.body);
    const title = input.title == null ? existing.title : cleanTitle(input.title);
    if (!title) throw badInput('A note needs a title', { reason: 'TITLE_REQUIRED' });
    const next = input.expectedVersion + 1;
    const saved = await this.deps.db.transaction(async (manager) => {
      // Compare-and-set: TypeORM's save() does not check versions, an UPDATE … WHERE version = ? does.
      const result = await manager
        .createQueryBuilder()
        .update(Document)
        .set({ version: next, title, updatedAt: new Date() })
        .where('id = :id AND version = :expected', { id: existing.id, expected: input.expectedVersion })
        .execute();
      if (!result.affected) return false;
      await manager.insert(DocumentVersion, noteVersion({ id: existing.id, version: next }, user!, input.body));
      return true;
    });
    if (!saved) {
      const current = await this.reload(existing.id);
      const latest = await this.latestVersion(current);
      throw new AppError('CONFLICT', 'Someone saved this note in the meantime', {
        current: {
          id: current.id,
          version: current.version,
          title: current.title,
          body: latest?.body ?? '',
          author: latest ? { id: latest.author.id, displayName: latest.author.displayName } : null,
          createdAt: latest?.createdAt.toISOString() ?? null,
        },
      });
    }
    this.publish(existing.pairId, 'DOCUMENT_VERSION_ADDED');
    return this.reload(existing.id);
  }

  private reload(id: string): Promise<Document> {
    return this.deps.db.getRepository(Document).findOneOrFail({ where: { id }, relations: { theme: true } });
  }

  /** A rolling 24-hour count of the person's uploaded versions, the same on every instance. */
  private async checkQuota(user: User): Promise<void> {
    const since = new Date(Date.now() - DAY_MS);
    const count = await this.deps.db
      .getRepository(DocumentVersion)
      .createQueryBuilder('v')
      .where('v.authorId = :id AND v.createdAt > :since AND v.storageKey IS NOT NULL', { id: user.id, since })
      .getCount();
    if (count >= LIMITS.uploadsPerPersonPerDay) {
      throw new AppError('RATE_LIMITED', `At most ${LIMITS.uploadsPerPersonPerDay} files a day; retry tomorrow`, {
        reason: 'DAILY_QUOTA',
        limit: LIMITS.uploadsPerPersonPerDay,
      });
    }
  }

  private async checkTheme(code: string | undefined): Promise<string | null> {
    if (!code) return null;
    const theme = await this.deps.db.getRepository(Theme).findOneBy({ code });
    if (!theme) throw badInput('Unknown theme', { reason: 'UNKNOWN_THEME' });
    return theme.code;
  }

  private publish(pairId: string, type: 'DOCUMENT_ADDED' | 'DOCUMENT_VERSION_ADDED'): void {
    // After commit, ids only: subscribers reload and re-check access.
    this.deps.pubSub.publish('PAIR_ACTIVITY', pairId, { type, pairId });
  }
}

function lockFor(manager: EntityManager) {
  // SQLite serialises writers already and has no row locks.
  return manager.connection.options.type === 'better-sqlite3' ? undefined : ({ mode: 'pessimistic_write' } as const);
}

function cleanTitle(raw: string | undefined | null): string | null {
  if (raw == null) return null;
  const title = raw
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '')
    .trim();
  if (!title) return null;
  if (Array.from(title).length > LIMITS.documentTitleMaxLength) {
    throw badInput(`A title has at most ${LIMITS.documentTitleMaxLength} characters`, { reason: 'TITLE_TOO_LONG' });
  }
  return title;
}

function checkNoteBody(body: string): void {
  if (body.length > LIMITS.noteMaxLength) {
    throw badInput(`A note has at most ${LIMITS.noteMaxLength} characters`, { reason: 'NOTE_TOO_LONG' });
  }
}

function noteVersion(doc: { id: string; version: number }, user: User, body: string) {
  return {
    id: newId(),
    documentId: doc.id,
    number: doc.version,
    authorId: user.id,
    storageKey: null,
    fileName: null,
    mimeType: 'text/markdown',
    sizeBytes: Buffer.byteLength(body, 'utf8'),
    body,
  };
}
