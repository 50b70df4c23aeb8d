/** The in-app address of a document: the Documents tab of its pair, opened on that document. */
export function documentPath(pairId: string, documentId: string): string {
  return `/espaces/${encodeURIComponent(pairId)}/documents?document=${encodeURIComponent(documentId)}`;
}

const DOCUMENT_PATH = /^\/espaces\/([A-Za-z0-9-]+)\/documents\?document=([A-Za-z0-9-]+)$/;

/** The pair and document a link points to, when it is a Tandem document link (same origin or relative). */
export function parseDocumentLink(href: string, origin?: string): { pairId: string; documentId: string } | null {
  let path = href;
  if (origin && href.startsWith(`${origin}/`)) path = href.slice(origin.length);
  const match = DOCUMENT_PATH.exec(path);
  return match ? { pairId: match[1], documentId: match[2] } : null;
}

/** A markdown link to the document, its title escaped so it stays one link text. */
export function documentLinkMarkdown(pairId: string, document: { id: string; title: string }): string {
  const title =
    document.title
      .replace(/[\\[\]]/g, (c) => `\\${c}`)
      .replace(/\s+/g, ' ')
      .trim() || document.id;
  return `[${title}](${documentPath(pairId, document.id)})`;
}
