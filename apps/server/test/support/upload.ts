import { randomBytes } from 'node:crypto';
import { TEST_ORIGIN, type TestApp } from './app.js';
import type { TestClient } from './client.js';

export interface UploadAnswer {
  status: number;
  body: { document?: { id: string; title: string; version: number }; error?: { code: string; message: string; reason?: string } };
}

/**
 * A multipart body built by hand, so a test controls every byte of the part headers: the name is
 * sent as RFC 5987 `filename*` (any character, a NUL or a quote included) like some clients do.
 */
export function multipartBody(file: { bytes: Buffer; name: string }, fields: Record<string, string> = {}) {
  const boundary = `----tandem${randomBytes(8).toString('hex')}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  const encoded = encodeURIComponent(file.name).replace(/'/g, '%27');
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename*=UTF-8''${encoded}\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    file.bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return { body: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

export async function upload(
  t: TestApp,
  client: TestClient | null,
  target: { pairId: string } | { documentId: string },
  file: { bytes: Buffer; name: string },
  options: { fields?: Record<string, string>; headers?: Record<string, string | undefined> } = {},
): Promise<UploadAnswer> {
  const { body, contentType } = multipartBody(file, options.fields);
  const path = 'pairId' in target ? `/api/pairs/${target.pairId}/documents` : `/api/documents/${target.documentId}/versions`;
  const headers: Record<string, string> = {};
  for (const [key, value] of Object.entries({
    'content-type': contentType,
    'x-tandem-upload': '1',
    origin: TEST_ORIGIN,
    ...(client?.cookie ? { cookie: client.cookie } : {}),
    ...options.headers,
  })) {
    if (value !== undefined) headers[key] = value;
  }
  const res = await fetch(`${t.url}${path}`, { method: 'POST', headers, body });
  return { status: res.status, body: (await res.json()) as UploadAnswer['body'] };
}

export async function download(t: TestApp, client: TestClient | null, documentId: string, version: number) {
  const res = await fetch(`${t.url}/api/documents/${documentId}/versions/${version}`, {
    headers: client?.cookie ? { cookie: client.cookie } : {},
  });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}
