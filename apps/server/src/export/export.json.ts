import type { DataSource } from 'typeorm';
import { messagePages, type SpaceSnapshot } from './export.data.js';

/**
 * `tandem-export.json`: everything of the space, for re-import elsewhere. The shape is documented in
 * docs/EXPORT.md; `version` changes only when a field changes meaning or goes away (new fields may
 * appear without a new version). Dates are ISO 8601 UTC, days `YYYY-MM-DD` and times `HH:MM` are
 * Europe/Paris wall-clock, texts are as people typed them (markdown where the app renders markdown).
 */
export const EXPORT_FORMAT = 'tandem-space-export';
export const EXPORT_VERSION = 1;

const iso = (date: Date | null | undefined) => (date ? date.toISOString() : null);
const json = (value: unknown) => JSON.stringify(value);

/** The JSON text in pieces: the small parts at once, each thread's messages page by page. */
export async function* exportJson(db: DataSource, s: SpaceSnapshot): AsyncGenerator<string> {
  const { pair } = s;
  const ptce = (p: typeof pair.compagnon) => ({ id: p.id, slug: p.slug, name: p.name });
  const head = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: iso(s.exportedAt),
    exportedBy: { id: s.exportedBy.id, displayName: s.exportedBy.displayName },
    pair: {
      id: pair.id,
      status: pair.status,
      compagnon: ptce(pair.compagnon),
      beneficiary: ptce(pair.beneficiary),
      themes: pair.themes.map((t) => ({ code: t.code, labelFr: t.labelFr, labelEn: t.labelEn })),
      requestMessage: pair.requestMessage,
      wishedStartDate: pair.wishedStartDate,
      wishedEndDate: pair.wishedEndDate,
      declineReason: pair.declineReason,
      requestedAt: iso(pair.requestedAt),
      acceptedAt: iso(pair.acceptedAt),
      completedAt: iso(pair.completedAt),
      closedAt: iso(pair.closedAt),
    },
    members: s.members.map((m) => ({ id: m.id, displayName: m.displayName, role: m.role, side: m.side })),
    events: s.events.map((e) => ({
      seq: e.seq,
      kind: e.kind,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      actorId: e.actorId,
      actorName: e.actorName,
      actorRole: e.actorRole,
      note: e.note,
      at: iso(e.at),
    })),
    agenda: s.agenda.map((i) => ({
      id: i.id,
      version: i.version,
      day: i.day,
      startTime: i.startTime,
      endTime: i.endTime,
      title: i.title,
      kind: i.kind,
      status: i.status,
      themeCode: i.themeCode,
      location: i.location,
      notes: i.notes,
      questions: i.questions,
      noteDocumentId: i.noteId,
      hosts: (i.hosts ?? []).map((h) => ({ kind: h.kind, name: h.name, role: h.role, structureRef: h.structureRef })),
      createdAt: iso(i.createdAt),
      updatedAt: iso(i.updatedAt),
      deletedAt: iso(i.deletedAt),
    })),
    documents: s.documents.map(({ document: d, versions }) => ({
      id: d.id,
      kind: d.kind,
      title: d.title,
      themeCode: d.themeCode,
      createdAt: iso(d.createdAt),
      updatedAt: iso(d.updatedAt),
      versions: versions.map((v) => ({
        number: v.number,
        authorId: v.authorId,
        authorName: v.authorName,
        createdAt: iso(v.createdAt),
        fileName: v.fileName,
        mimeType: d.kind === 'NOTE' ? 'text/markdown' : v.mimeType,
        sizeBytes: v.sizeBytes,
        path: v.path,
      })),
    })),
    lessons: s.lessons.map((l) => ({
      id: l.id,
      themeCode: l.themeCode,
      side: l.side,
      learned: l.learned,
      nextStep: l.nextStep,
      nextStepOwner: l.nextStepOwner,
      nextStepDue: l.nextStepDue,
      noteDocumentId: l.noteId,
      authorId: l.authorId,
      authorName: l.authorName,
      updatedAt: iso(l.updatedAt),
    })),
    followUps: s.followUps.map((f) => ({
      id: f.id,
      monthsAfter: f.monthsAfter,
      dueOn: f.dueOn,
      answer: f.answer,
      answeredById: f.answeredById,
      answeredByName: f.answeredByName,
      answeredAt: iso(f.answeredAt),
    })),
  };
  // The head object without its closing brace, then "threads" streamed.
  yield `${json(head).slice(0, -1)},"threads":[`;
  for (const [i, { thread: t, maxSeq, path }] of s.threads.entries()) {
    const meta = {
      id: t.id,
      title: t.title,
      themeCode: t.themeCode,
      agendaItemId: t.agendaItemId,
      createdById: t.createdById,
      createdAt: iso(t.createdAt),
      lastSeq: maxSeq,
      files: { html: `${path}.html`, markdown: `${path}.md` },
    };
    yield `${i ? ',' : ''}\n${json(meta).slice(0, -1)},"messages":[`;
    let first = true;
    for await (const page of messagePages(db, t.id, maxSeq)) {
      const text = page
        .map((m) =>
          json({
            id: m.id,
            seq: m.seq,
            authorId: m.authorId,
            authorName: m.authorName,
            body: m.deletedAt ? null : m.body,
            createdAt: iso(m.createdAt),
            editedAt: iso(m.editedAt),
            deletedAt: iso(m.deletedAt),
          }),
        )
        .join(',\n');
      yield `${first ? '\n' : ',\n'}${text}`;
      first = false;
    }
    yield ']}';
  }
  yield ']}\n';
}
