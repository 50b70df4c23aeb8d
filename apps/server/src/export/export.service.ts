import { PassThrough, Readable } from 'node:stream';
import { ZipFile } from 'yazl';
import { parisToday } from '@tandem/shared';
import { agendaCalendar } from '../agenda/agenda.ics.js';
import type { AgendaService } from '../agenda/agenda.service.js';
import { AppError } from '../core/errors.js';
import type { Deps } from '../core/services.js';
import type { FileStorage } from '../documents/document.storage.js';
import type { User } from '../identity/user.entity.js';
import { recordEvent } from '../pairs/pair-lifecycle.service.js';
import type { PairService } from '../pairs/pair.service.js';
import { publishPairChange } from '../pairs/pair.shared.js';
import { loadSnapshot, messagePages, noteBody, slugify, type SpaceSnapshot } from './export.data.js';
import { exportJson } from './export.json.js';
import { exportLabels, type ExportLabels } from './export.labels.js';
import * as pages from './export.pages.js';
import { canExportPair } from './export.policy.js';

/** A zip being written: pipe `stream` to the client. It errors (and never ends cleanly) if anything fails. */
export interface SpaceArchive {
  fileName: string;
  stream: Readable;
}

/**
 * "Export the space": one zip of a pair's threads (HTML + Markdown), agenda (.ics + printable page),
 * documents with every version, lessons and follow-ups, and `tandem-export.json`. Written as a stream:
 * rows are read a page at a time and files are piped from storage, one entry after the other, at the
 * pace the client reads (yazl pipes with back-pressure), so memory stays flat whatever the space's size.
 */
export class ExportService {
  constructor(
    private readonly deps: Deps,
    private readonly pairs: PairService,
    private readonly agenda: AgendaService,
    private readonly storage: FileStorage,
  ) {}

  canExport(user: User | null, pair: { compagnonId: string; beneficiaryId: string }): boolean {
    return canExportPair(user, pair);
  }

  async open(user: User | null, pairId: string): Promise<SpaceArchive> {
    const pair = await this.pairs.visiblePair(user, pairId);
    if (!canExportPair(user, pair)) {
      throw new AppError('FORBIDDEN', 'The coordinators of the two PTCEs export the space', { reason: 'COORDINATORS_ONLY' });
    }
    // One export at a time per person (the lock expires on its own if an instance dies mid-way).
    await this.deps.rateLimits.consume('exportPerUser', user!.id);
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      this.deps.rateLimits
        .reset('exportPerUser', user!.id)
        .catch((err: unknown) => this.deps.logger.warn({ err }, 'export lock not released'));
    };
    try {
      const snapshot = await loadSnapshot(this.deps.db, {
        pair,
        user: user!,
        members: await this.pairs.members(pair),
        agenda: await this.agenda.itemsForCalendar([pair.id]),
      });
      // Taking the space out is written in its history, which both PTCEs see.
      await this.deps.db.transaction((manager) => recordEvent(manager, pair.id, user!, { kind: 'EXPORTED' }));
      await publishPairChange(this.deps, pair, 'EXPORTED');
      this.deps.logger.info({ pairId: pair.id, userId: user!.id }, 'space export started');
      const root = `tandem-${slugify(pair.compagnon.name, 'compagnon', 30)}-${slugify(pair.beneficiary.name, 'beneficiaire', 30)}-${parisToday(snapshot.exportedAt)}`;
      return { fileName: `${root}.zip`, stream: this.write(snapshot, root, release) };
    } catch (error) {
      release();
      throw error;
    }
  }

  private write(s: SpaceSnapshot, root: string, release: () => void): Readable {
    const { db } = this.deps;
    const labels = exportLabels(s.exportedBy.locale);
    const zip = new ZipFile();
    const output = zip.outputStream as PassThrough;
    let current: Readable | null = null;
    let failed = false;
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      this.deps.logger.error({ err: error, pairId: s.pair.id }, 'space export failed');
      current?.destroy();
      // Destroyed with an error, the response is cut without its end: no client takes it as complete.
      output.destroy(error instanceof Error ? error : new Error(String(error)));
      release();
    };
    zip.on('error', fail);
    output.on('end', () => {
      this.deps.logger.info({ pairId: s.pair.id }, 'space export finished');
      release();
    });
    // The client went away: stop reading rows and files.
    output.on('close', () => {
      current?.destroy();
      release();
    });

    const mtime = s.exportedAt;
    const add = (
      path: string,
      options: { compress?: boolean; size?: number; mtime?: Date },
      open: () => Readable | Promise<Readable>,
    ) =>
      zip.addReadStreamLazy(`${root}/${path}`, { mtime, ...options }, (cb) => {
        if (failed) return;
        Promise.resolve()
          .then(open)
          .then(
            (stream) => {
              current = stream;
              stream.once('error', fail);
              cb(null, stream);
            },
            (error: unknown) => fail(error),
          );
      });
    const text = (path: string, content: () => string | Promise<string>) =>
      add(path, {}, async () => Readable.from([Buffer.from(await content(), 'utf8')], { objectMode: false }));
    const generated = (path: string, pieces: () => AsyncGenerator<string>) =>
      add(path, {}, () =>
        Readable.from(
          (async function* () {
            for await (const piece of pieces()) yield Buffer.from(piece, 'utf8');
          })(),
          { objectMode: false },
        ),
      );

    text('index.html', () => pages.indexHtml(labels, s));
    for (const t of s.threads) {
      generated(`${t.path}.html`, () => this.threadPieces(labels, s, t, 'html'));
      generated(`${t.path}.md`, () => this.threadPieces(labels, s, t, 'md'));
    }
    const host = new URL(this.deps.config.publicUrl).hostname;
    text('agenda/agenda.ics', () =>
      agendaCalendar(labels.space(s.pair.compagnon.name, s.pair.beneficiary.name), [s.pair], s.agenda, host),
    );
    text('agenda/agenda.html', () => pages.agendaHtml(labels, s));
    text('lessons.html', () => pages.lessonsHtml(labels, s));
    text('lessons.md', () => pages.lessonsMarkdown(labels, s));
    for (const { document, versions } of s.documents) {
      for (const v of versions) {
        if (document.kind === 'NOTE') {
          text(v.path, () => noteBody(db, document.id, v.number));
        } else {
          // Files are mostly compressed already (PDF, images, office): stored as they are, size checked.
          add(v.path, { compress: false, size: v.sizeBytes, mtime: v.createdAt }, () => this.storage.read(v.storageKey!));
        }
      }
    }
    generated('tandem-export.json', () => exportJson(db, s));
    zip.end();
    return output;
  }

  private async *threadPieces(
    labels: ExportLabels,
    s: SpaceSnapshot,
    t: SpaceSnapshot['threads'][number],
    format: 'html' | 'md',
  ) {
    yield format === 'html' ? pages.threadHtmlStart(labels, s, t) : pages.threadMarkdownStart(labels, s, t);
    let count = 0;
    for await (const page of messagePages(this.deps.db, t.thread.id, t.maxSeq)) {
      count += page.length;
      yield page.map((m) => (format === 'html' ? pages.messageHtml(labels, m) : pages.messageMarkdown(labels, m))).join('');
    }
    if (format === 'html') yield pages.threadHtmlEnd(labels, count);
    else if (count === 0) yield `${labels.noMessages}\n`;
  }
}
