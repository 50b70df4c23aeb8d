// Pure rules for uploaded files: the allow-list, the cleaned name, the download header.

/** Allow-listed types (decided from the content bytes) and the extensions a name may carry for each. */
export const ALLOWED_TYPES: Record<string, readonly string[]> = {
  'application/pdf': ['pdf'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/webp': ['webp'],
  'application/vnd.oasis.opendocument.text': ['odt'],
  'application/vnd.oasis.opendocument.spreadsheet': ['ods'],
  'application/vnd.oasis.opendocument.presentation': ['odp'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': ['pptx'],
  'text/plain': ['txt', 'md', 'text'],
  'text/csv': ['csv'],
};

export const FILE_NAME_MAX_LENGTH = 120;

/**
 * What the text check saw: valid UTF-8 with no NUL and no control characters beyond tab, CR and LF.
 * Fed chunk by chunk so a 25 MB upload is never held in memory.
 */
export class TextCheck {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private prefix = '';
  ok = true;

  push(chunk: Uint8Array, final = false): void {
    if (!this.ok) return;
    let text: string;
    try {
      text = this.decoder.decode(chunk, { stream: !final });
    } catch {
      this.ok = false;
      return;
    }
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text)) this.ok = false;
    if (this.prefix.length < 2048) this.prefix += text.slice(0, 2048 - this.prefix.length);
  }

  /** HTML, SVG and XML are markup a browser could run: refused even though they are text. */
  get looksLikeMarkup(): boolean {
    const start = this.prefix
      .replace(/^\uFEFF/, '')
      .trimStart()
      .toLowerCase();
    return start.startsWith('<') || /<(script|svg|html|iframe|object|embed)[\s>/]/i.test(this.prefix);
  }
}

export type TypeDecision =
  { ok: true; mimeType: string; fileName: string } | { ok: false; reason: 'EMPTY_FILE' | 'UNSUPPORTED_TYPE' | 'TYPE_MISMATCH' };

/** Decides the stored type from the sniffed bytes and the text check; the name's extension must agree. */
export function decideType(
  input: { sizeBytes: number; sniffedMime: string | undefined; text: { ok: boolean; looksLikeMarkup: boolean } },
  cleanedName: string,
): TypeDecision {
  if (input.sizeBytes === 0) return { ok: false, reason: 'EMPTY_FILE' };
  const extension = extensionOf(cleanedName);
  let mimeType: string;
  if (input.sniffedMime) {
    mimeType = input.sniffedMime;
    if (!(mimeType in ALLOWED_TYPES) || mimeType.startsWith('text/')) return { ok: false, reason: 'UNSUPPORTED_TYPE' };
  } else {
    if (!input.text.ok || input.text.looksLikeMarkup) return { ok: false, reason: 'UNSUPPORTED_TYPE' };
    mimeType = extension === 'csv' ? 'text/csv' : 'text/plain';
  }
  const allowed = ALLOWED_TYPES[mimeType];
  if (extension === null) return { ok: true, mimeType, fileName: `${cleanedName}.${allowed[0]}` };
  if (!allowed.includes(extension)) return { ok: false, reason: 'TYPE_MISMATCH' };
  return { ok: true, mimeType, fileName: cleanedName };
}

function extensionOf(name: string): string | null {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : null;
}

/**
 * A person's file name made safe to show and to send back: the last path segment only, no control,
 * bidirectional or reserved characters, no leading dots, at most FILE_NAME_MAX_LENGTH characters
 * (keeping the extension). Accents stay. It is only a label: storage uses generated keys.
 */
export function cleanFileName(raw: string | undefined): string {
  let name = (raw ?? '').normalize('NFC');
  name = name.split(/[/\\]/).pop() ?? '';
  name = name
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, '')
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
    .replace(/[<>:"|?*;]/g, '_')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+/, '')
    .replace(/[\s.]+$/, '');
  if (!name) name = 'document';
  const chars = Array.from(name);
  if (chars.length > FILE_NAME_MAX_LENGTH) {
    const dot = name.lastIndexOf('.');
    const extension = dot > 0 && name.length - dot <= 8 ? name.slice(dot) : '';
    const stem = Array.from(extension ? name.slice(0, dot) : name);
    name =
      stem
        .slice(0, FILE_NAME_MAX_LENGTH - extension.length)
        .join('')
        .trimEnd() + extension;
  }
  return name;
}

/** `Content-Disposition: attachment` with an ASCII fallback and the exact UTF-8 name (RFC 6266 / 5987). */
export function attachmentHeader(fileName: string): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
