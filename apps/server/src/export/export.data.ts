import { In, type DataSource } from 'typeorm';
import type { AgendaItem } from '../agenda/agenda-item.entity.js';
import { Document, DocumentVersion } from '../documents/document.entity.js';
import type { User } from '../identity/user.entity.js';
import { FollowUp } from '../pairs/follow-up.entity.js';
import { Lesson } from '../pairs/lesson.entity.js';
import type { Pair } from '../pairs/pair.entity.js';
import { PairEvent } from '../pairs/pair-event.entity.js';
import type { PairMember } from '../pairs/pair.inputs.js';
import { Message, Thread } from '../threads/thread.entity.js';

/** Messages are read this many at a time, by seq (keyset), so a long thread never sits in memory. */
export const MESSAGE_PAGE = 500;

export interface ExportThread {
  thread: Thread;
  /** The thread's last seq when the export began: every file of the archive stops there. */
  maxSeq: number;
  /** Path in the archive, without extension (`threads/001-preparer-la-visite`). */
  path: string;
}

export interface ExportVersion {
  number: number;
  authorId: string;
  authorName: string;
  createdAt: Date;
  fileName: string | null;
  mimeType: string | null;
  sizeBytes: number;
  storageKey: string | null;
  /** Path of the version's content in the archive. */
  path: string;
}

export interface ExportDocument {
  document: Document;
  versions: ExportVersion[];
}

/** Everything of a space except message texts and file bytes, which are streamed later. */
export interface SpaceSnapshot {
  pair: Pair;
  exportedAt: Date;
  exportedBy: User;
  members: PairMember[];
  events: PairEvent[];
  threads: ExportThread[];
  agenda: AgendaItem[];
  documents: ExportDocument[];
  lessons: Lesson[];
  followUps: FollowUp[];
}

export interface ExportMessage {
  id: string;
  seq: number;
  authorId: string;
  authorName: string;
  body: string;
  createdAt: Date;
  editedAt: Date | null;
  deletedAt: Date | null;
}

/** A file-name-safe, ASCII slug: « Préparer la visite ! » → `preparer-la-visite`. */
export function slugify(text: string, fallback = 'sans-titre', max = 60): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/g, '');
  return slug || fallback;
}

/** A stored (already cleaned) file name made safe as one zip path segment: `v2-budget-2027.pdf`. */
function versionFileName(version: { number: number; fileName: string | null }, kind: Document['kind']): string {
  if (kind === 'NOTE') return `v${version.number}.md`;
  const name = version.fileName ?? 'document';
  const dot = name.lastIndexOf('.');
  const base = dot > 0 ? name.slice(0, dot) : name;
  const ext = dot > 0 ? slugify(name.slice(dot + 1), '', 10) : '';
  return `v${version.number}-${slugify(base, 'document')}${ext ? `.${ext}` : ''}`;
}

const pad = (n: number) => String(n).padStart(3, '0');

/**
 * Reads the space's rows (not message texts, not file bytes) in a handful of queries. Threads and
 * documents are numbered by creation (SQLite keeps whole seconds: ties by title, then id).
 */
export async function loadSnapshot(
  db: DataSource,
  input: { pair: Pair; user: User; members: PairMember[]; agenda: AgendaItem[] },
): Promise<SpaceSnapshot> {
  const { pair } = input;
  const threads = await db
    .getRepository(Thread)
    .find({ where: { pairId: pair.id }, relations: { theme: true }, order: { createdAt: 'ASC', title: 'ASC', id: 'ASC' } });
  const documents = await db
    .getRepository(Document)
    .find({ where: { pairId: pair.id }, relations: { theme: true }, order: { createdAt: 'ASC', title: 'ASC', id: 'ASC' } });
  // Metadata only: a note's text is read when its entry is written.
  const versions = documents.length
    ? await db
        .getRepository(DocumentVersion)
        .createQueryBuilder('v')
        .leftJoin('v.author', 'a')
        .select(['v.id', 'v.documentId', 'v.number', 'v.authorId', 'v.createdAt', 'v.storageKey', 'v.fileName'])
        .addSelect(['v.mimeType', 'v.sizeBytes', 'a.id', 'a.displayName'])
        .where({ documentId: In(documents.map((d) => d.id)) })
        .orderBy('v.documentId')
        .addOrderBy('v.number', 'ASC')
        .getMany()
    : [];
  return {
    pair,
    exportedAt: new Date(),
    exportedBy: input.user,
    members: input.members,
    events: await db.getRepository(PairEvent).find({ where: { pairId: pair.id }, order: { seq: 'ASC' } }),
    threads: threads.map((thread, i) => ({
      thread,
      maxSeq: thread.lastSeq,
      path: `threads/${pad(i + 1)}-${slugify(thread.title)}`,
    })),
    agenda: input.agenda,
    documents: documents.map((document, i) => {
      const dir = `documents/${pad(i + 1)}-${slugify(document.title)}`;
      return {
        document,
        versions: versions
          .filter((v) => v.documentId === document.id)
          .map((v) => ({
            number: v.number,
            authorId: v.authorId,
            authorName: v.author?.displayName ?? '',
            createdAt: v.createdAt,
            fileName: v.fileName,
            mimeType: v.mimeType,
            sizeBytes: v.sizeBytes,
            storageKey: v.storageKey,
            path: `${dir}/${versionFileName(v, document.kind)}`,
          })),
      };
    }),
    lessons: await db
      .getRepository(Lesson)
      .find({ where: { pairId: pair.id }, relations: { note: true }, order: { themeCode: 'ASC', side: 'ASC' } }),
    followUps: await db.getRepository(FollowUp).find({ where: { pairId: pair.id }, order: { monthsAfter: 'ASC' } }),
  };
}

/**
 * A thread's messages up to `maxSeq`, page by page in seq order: `seq > last` (keyset on the unique
 * (threadId, seq) index), never OFFSET, never the whole thread at once.
 */
export async function* messagePages(db: DataSource, threadId: string, maxSeq: number): AsyncGenerator<ExportMessage[]> {
  let after = 0;
  while (after < maxSeq) {
    const page = await db
      .getRepository(Message)
      .createQueryBuilder('m')
      .leftJoin('m.author', 'a')
      .select(['m.id', 'm.seq', 'm.authorId', 'm.body', 'm.createdAt', 'm.editedAt', 'm.deletedAt', 'a.id', 'a.displayName'])
      .where('m.threadId = :threadId AND m.seq > :after AND m.seq <= :maxSeq', { threadId, after, maxSeq })
      .orderBy('m.seq', 'ASC')
      .limit(MESSAGE_PAGE)
      .getMany();
    if (page.length === 0) return;
    yield page.map((m) => ({
      id: m.id,
      seq: m.seq,
      authorId: m.authorId,
      authorName: m.author?.displayName ?? '',
      // A deleted message's text never leaves Tandem, even if a row still held it.
      body: m.deletedAt ? '' : m.body,
      createdAt: m.createdAt,
      editedAt: m.editedAt,
      deletedAt: m.deletedAt,
    }));
    after = page[page.length - 1].seq;
  }
}

/** A note version's markdown, read when its entry is written. */
export async function noteBody(db: DataSource, documentId: string, number: number): Promise<string> {
  const row = await db
    .getRepository(DocumentVersion)
    .findOne({ where: { documentId, number }, select: { id: true, body: true } });
  return row?.body ?? '';
}
