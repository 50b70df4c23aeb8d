import MarkdownIt from 'markdown-it';
import { escapeHtml } from '../core/escape-html.js';
import type { AgendaItem } from '../agenda/agenda-item.entity.js';
import type { ExportMessage, ExportThread, SpaceSnapshot } from './export.data.js';
import { formatDateTime, formatDay, type ExportLabels } from './export.labels.js';

// The readable side of the archive: plain HTML pages that open offline in any browser and print well,
// and Markdown twins. Every text typed by people is escaped (shown, never interpreted), and each page
// forbids scripts and remote loads through its own Content-Security-Policy.

// Markdown as the app shows it (DESIGN §7): raw HTML is escaped, javascript:/vbscript:/file: links dropped.
const markdown = new MarkdownIt({ html: false, linkify: true, breaks: true });
const renderMarkdown = (text: string) => `<div class="md">${markdown.render(text)}</div>`;

const STYLE = `
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1d2433}
h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem}h3{font-size:1.05rem}
.meta,.mark,time{color:#555;font-size:.9rem}
.message{border-top:1px solid #ddd;padding:.6rem 0;break-inside:avoid}
.body{white-space:pre-wrap;overflow-wrap:anywhere}
.md{overflow-wrap:anywhere}.md p{margin:.3rem 0}.md pre{white-space:pre-wrap}
.deleted .body{font-style:italic;color:#555}
.item{border-left:3px solid #2f6f62;padding:.2rem .8rem;margin:.8rem 0;break-inside:avoid}
a{color:#1f5c50}
@media print{body{margin:0;max-width:none}a{color:inherit;text-decoration:none}nav{display:none}}
`;

/** One standalone page; `root` is the relative way back to index.html. */
export function htmlPage(labels: ExportLabels, title: string, body: string, root: string | null = ''): string {
  return `<!doctype html>
<html lang="${labels.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${root !== null ? `<nav><a href="${root}index.html">← ${escapeHtml(labels.contents)}</a></nav>\n` : ''}${body}
</body>
</html>
`;
}

const time = (labels: ExportLabels, date: Date) =>
  `<time datetime="${date.toISOString()}">${escapeHtml(formatDateTime(labels, date))}</time>`;

const spaceTitle = (labels: ExportLabels, s: SpaceSnapshot) => labels.space(s.pair.compagnon.name, s.pair.beneficiary.name);

// --- threads ---------------------------------------------------------------------------------------

export function threadHtmlStart(labels: ExportLabels, s: SpaceSnapshot, t: ExportThread): string {
  const theme = t.thread.theme
    ? `<p class="meta">${escapeHtml(labels.theme)} : ${escapeHtml(themeLabel(labels, t.thread.theme))}</p>`
    : '';
  return htmlPage(
    labels,
    `${t.thread.title} — ${spaceTitle(labels, s)}`,
    `<h1>${escapeHtml(t.thread.title)}</h1>\n<p class="meta">${escapeHtml(spaceTitle(labels, s))}</p>\n${theme}\n<!--messages-->`,
    '../',
  ).split('<!--messages-->')[0];
}

export function threadHtmlEnd(labels: ExportLabels, count: number): string {
  return `${count === 0 ? `<p>${escapeHtml(labels.noMessages)}</p>\n` : ''}</body>\n</html>\n`;
}

export function messageHtml(labels: ExportLabels, m: ExportMessage): string {
  const marks = [
    m.editedAt && !m.deletedAt
      ? `<span class="mark">(${escapeHtml(labels.edited(formatDateTime(labels, m.editedAt)))})</span>`
      : '',
  ].join('');
  const body = m.deletedAt ? `<div class="body">${escapeHtml(labels.deleted)}</div>` : renderMarkdown(m.body);
  return `<article class="message${m.deletedAt ? ' deleted' : ''}" id="m${m.seq}">\n<header><strong>${escapeHtml(m.authorName)}</strong> · ${time(labels, m.createdAt)} ${marks}</header>\n${body}\n</article>\n`;
}

export function threadMarkdownStart(labels: ExportLabels, s: SpaceSnapshot, t: ExportThread): string {
  const theme = t.thread.theme ? `${labels.theme} : ${themeLabel(labels, t.thread.theme)}\n\n` : '';
  return `# ${oneLine(t.thread.title)}\n\n${oneLine(spaceTitle(labels, s))}\n\n${theme}`;
}

export function messageMarkdown(labels: ExportLabels, m: ExportMessage): string {
  const edited = m.editedAt && !m.deletedAt ? ` (${labels.edited(formatDateTime(labels, m.editedAt))})` : '';
  const body = m.deletedAt ? `*${labels.deleted}*` : m.body;
  return `---\n\n**${oneLine(m.authorName)}** · ${formatDateTime(labels, m.createdAt)}${edited}\n\n${body}\n\n`;
}

// --- agenda ----------------------------------------------------------------------------------------

export function agendaHtml(labels: ExportLabels, s: SpaceSnapshot): string {
  const items = s.agenda.filter((i) => !i.deletedAt);
  const days = new Map<string, AgendaItem[]>();
  for (const item of items) days.set(item.day, [...(days.get(item.day) ?? []), item]);
  const sections = [...days].map(
    ([day, dayItems]) =>
      `<h2>${escapeHtml(formatDay(labels, day))}</h2>\n${dayItems.map((i) => agendaItemHtml(labels, i)).join('\n')}`,
  );
  return htmlPage(
    labels,
    `${labels.agenda} — ${spaceTitle(labels, s)}`,
    `<h1>${escapeHtml(labels.agenda)}</h1>\n<p class="meta">${escapeHtml(spaceTitle(labels, s))}</p>\n${
      sections.length ? sections.join('\n') : `<p>${escapeHtml(labels.noAgenda)}</p>`
    }`,
    '../',
  );
}

function agendaItemHtml(labels: ExportLabels, item: AgendaItem): string {
  const lines = [
    `<h3>${escapeHtml(`${item.startTime}–${item.endTime}`)} · ${escapeHtml(item.title)}</h3>`,
    `<p class="meta">${escapeHtml(labels.kinds[item.kind])}${item.status === 'PROPOSED' ? ` (${escapeHtml(labels.proposed)})` : ''}${
      item.theme ? ` · ${escapeHtml(themeLabel(labels, item.theme))}` : ''
    }</p>`,
  ];
  if (item.location) lines.push(`<p><strong>${escapeHtml(labels.location)} :</strong> ${escapeHtml(item.location)}</p>`);
  if (item.hosts?.length) {
    const hosts = item.hosts
      .map(
        (h) =>
          `<li>${escapeHtml(h.name)}${h.role ? ` (${escapeHtml(h.role)})` : ''} — ${escapeHtml(labels.hostKinds[h.kind])}</li>`,
      )
      .join('');
    lines.push(`<p><strong>${escapeHtml(labels.hosts)} :</strong></p><ul>${hosts}</ul>`);
  }
  if (item.questions) lines.push(`<p><strong>${escapeHtml(labels.questions)} :</strong></p>${renderMarkdown(item.questions)}`);
  if (item.notes) lines.push(`<p><strong>${escapeHtml(labels.notes)} :</strong></p>${renderMarkdown(item.notes)}`);
  return `<section class="item">\n${lines.join('\n')}\n</section>`;
}

// --- lessons and follow-ups ------------------------------------------------------------------------

export function lessonsHtml(labels: ExportLabels, s: SpaceSnapshot): string {
  const themeName = (code: string) => {
    const theme = s.pair.themes.find((t) => t.code === code);
    return theme ? themeLabel(labels, theme) : code;
  };
  const lessons = s.lessons.map((l) => {
    const next = [
      l.nextStep && `<p><strong>${escapeHtml(labels.nextStep)} :</strong></p><div class="body">${escapeHtml(l.nextStep)}</div>`,
      l.nextStepOwner && `<p><strong>${escapeHtml(labels.owner)} :</strong> ${escapeHtml(l.nextStepOwner)}</p>`,
      l.nextStepDue && `<p><strong>${escapeHtml(labels.due)} :</strong> ${escapeHtml(formatDay(labels, l.nextStepDue))}</p>`,
    ].filter(Boolean);
    return `<section class="item">\n<h3>${escapeHtml(themeName(l.themeCode))} · ${escapeHtml(labels.sides[l.side])}</h3>\n<p><strong>${escapeHtml(
      labels.learned,
    )} :</strong></p><div class="body">${escapeHtml(l.learned)}</div>\n${next.join('\n')}\n<p class="meta">${escapeHtml(
      labels.by(l.authorName, formatDateTime(labels, l.updatedAt)),
    )}</p>\n</section>`;
  });
  const followUps = s.followUps.map(
    (f) =>
      `<section class="item">\n<h3>${escapeHtml(labels.followUp(f.monthsAfter, formatDay(labels, f.dueOn)))}</h3>\n${
        f.answer
          ? `<div class="body">${escapeHtml(f.answer)}</div>\n<p class="meta">${escapeHtml(
              labels.answeredBy(f.answeredByName ?? '', f.answeredAt ? formatDateTime(labels, f.answeredAt) : ''),
            )}</p>`
          : `<p>${escapeHtml(labels.notAnswered)}</p>`
      }\n</section>`,
  );
  return htmlPage(
    labels,
    `${labels.lessons} — ${spaceTitle(labels, s)}`,
    `<h1>${escapeHtml(labels.lessons)}</h1>\n<p class="meta">${escapeHtml(spaceTitle(labels, s))}</p>\n${
      lessons.length ? lessons.join('\n') : `<p>${escapeHtml(labels.noLessons)}</p>`
    }\n${followUps.length ? `<h2>${escapeHtml(labels.followUps)}</h2>\n${followUps.join('\n')}` : ''}`,
  );
}

export function lessonsMarkdown(labels: ExportLabels, s: SpaceSnapshot): string {
  const out = [`# ${labels.lessons}`, '', oneLine(spaceTitle(labels, s)), ''];
  if (s.lessons.length === 0) out.push(labels.noLessons, '');
  for (const l of s.lessons) {
    const theme = s.pair.themes.find((t) => t.code === l.themeCode);
    out.push(`## ${oneLine(theme ? themeLabel(labels, theme) : l.themeCode)} · ${labels.sides[l.side]}`, '');
    out.push(`**${labels.learned}**`, '', l.learned, '');
    if (l.nextStep) out.push(`**${labels.nextStep}**`, '', l.nextStep, '');
    if (l.nextStepOwner) out.push(`${labels.owner} : ${oneLine(l.nextStepOwner)}`, '');
    if (l.nextStepDue) out.push(`${labels.due} : ${formatDay(labels, l.nextStepDue)}`, '');
    out.push(`*${labels.by(oneLine(l.authorName), formatDateTime(labels, l.updatedAt))}*`, '');
  }
  if (s.followUps.length) out.push(`## ${labels.followUps}`, '');
  for (const f of s.followUps) {
    out.push(`### ${labels.followUp(f.monthsAfter, formatDay(labels, f.dueOn))}`, '');
    if (f.answer) {
      out.push(f.answer, '');
      out.push(
        `*${labels.answeredBy(oneLine(f.answeredByName ?? ''), f.answeredAt ? formatDateTime(labels, f.answeredAt) : '')}*`,
        '',
      );
    } else out.push(labels.notAnswered, '');
  }
  return out.join('\n');
}

// --- index -----------------------------------------------------------------------------------------

export function indexHtml(labels: ExportLabels, s: SpaceSnapshot): string {
  const { pair } = s;
  const link = (href: string, text: string) => `<a href="${escapeHtml(encodeURI(href))}">${escapeHtml(text)}</a>`;
  const threads = s.threads.map(
    (t) =>
      `<li>${link(`${t.path}.html`, t.thread.title)} <span class="meta">(${escapeHtml(labels.messages(t.maxSeq))} · ${link(
        `${t.path}.md`,
        'Markdown',
      )})</span></li>`,
  );
  const documents = s.documents.map(
    ({ document, versions }) =>
      `<li>${escapeHtml(document.title)} <span class="meta">(${escapeHtml(document.kind === 'NOTE' ? labels.note : labels.file)})</span><ul>${versions
        .map(
          (v) =>
            `<li>${link(v.path, `${labels.version(v.number)}${v.fileName ? ` — ${v.fileName}` : ''}`)} <span class="meta">${escapeHtml(
              labels.by(v.authorName, formatDateTime(labels, v.createdAt)),
            )}</span></li>`,
        )
        .join('')}</ul></li>`,
  );
  const themes = pair.themes.map((t) => themeLabel(labels, t)).join(', ');
  const body = `<h1>${escapeHtml(spaceTitle(labels, s))}</h1>
<p><strong>${escapeHtml(labels.compagnon)} :</strong> ${escapeHtml(pair.compagnon.name)}<br>
<strong>${escapeHtml(labels.beneficiary)} :</strong> ${escapeHtml(pair.beneficiary.name)}<br>
<strong>${escapeHtml(labels.status)} :</strong> ${escapeHtml(labels.statuses[pair.status])}${
    themes ? `<br>\n<strong>${escapeHtml(labels.themes)} :</strong> ${escapeHtml(themes)}` : ''
  }</p>
<p class="meta">${escapeHtml(labels.exported(formatDateTime(labels, s.exportedAt), s.exportedBy.displayName))}</p>
<h2>${escapeHtml(labels.threads)}</h2>
${threads.length ? `<ul>${threads.join('\n')}</ul>` : `<p>${escapeHtml(labels.noThreads)}</p>`}
<h2>${escapeHtml(labels.agenda)}</h2>
<ul><li>${link('agenda/agenda.html', labels.agendaPrintable)}</li><li>${link('agenda/agenda.ics', labels.agendaIcs)}</li></ul>
<h2>${escapeHtml(labels.documents)}</h2>
${documents.length ? `<ul>${documents.join('\n')}</ul>` : `<p>${escapeHtml(labels.noDocuments)}</p>`}
<h2>${escapeHtml(labels.lessons)}</h2>
<ul><li>${link('lessons.html', labels.lessons)} <span class="meta">(${link('lessons.md', 'Markdown')})</span></li></ul>
<h2>JSON</h2>
<ul><li>${link('tandem-export.json', labels.forReimport)}</li></ul>`;
  return htmlPage(labels, spaceTitle(labels, s), body, null);
}

const themeLabel = (labels: ExportLabels, theme: { labelFr: string; labelEn: string }) =>
  labels.lang === 'en' ? theme.labelEn : theme.labelFr;

/** A title or name on one Markdown line (a newline there would start a new block). */
const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ');
