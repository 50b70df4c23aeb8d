import { LIMITS } from '@tandem/shared';

export interface UploadFailure {
  /** A reason of the server (TOO_LARGE, UNSUPPORTED_TYPE…) or NETWORK. */
  reason: string;
  code?: string;
}

export interface UploadHandle {
  done: Promise<{ id: string; version: number }>;
  abort(): void;
}

/** Refused before sending anything, so nobody waits for a 30 MB upload to learn it is too big. */
export function checkBeforeUpload(file: File): UploadFailure | null {
  if (file.size === 0) return { reason: 'EMPTY_FILE' };
  if (file.size > LIMITS.uploadMaxBytes) return { reason: 'TOO_LARGE' };
  return null;
}

/**
 * Sends one file to the documents API with progress (fetch has no upload progress; XHR does).
 * The custom header and the same-origin cookie are what the server checks.
 */
export function uploadFile(
  url: string,
  file: File,
  fields: Record<string, string>,
  onProgress: (fraction: number) => void,
): UploadHandle {
  const xhr = new XMLHttpRequest();
  const done = new Promise<{ id: string; version: number }>((resolve, reject) => {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) if (value) form.append(name, value);
    form.append('file', file, file.name);
    xhr.open('POST', url);
    xhr.setRequestHeader('x-tandem-upload', '1');
    xhr.responseType = 'json';
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      const body = xhr.response as {
        document?: { id: string; version: number };
        error?: { code: string; reason?: string };
      } | null;
      if (xhr.status === 201 && body?.document) return resolve(body.document);
      const reason =
        body?.error?.reason ?? (body?.error?.code === 'RATE_LIMITED' ? 'DAILY_QUOTA' : (body?.error?.code ?? 'generic'));
      reject({ reason, code: body?.error?.code } satisfies UploadFailure);
    };
    xhr.onerror = () => reject({ reason: 'NETWORK' } satisfies UploadFailure);
    xhr.onabort = () => reject({ reason: 'CANCELLED' } satisfies UploadFailure);
    xhr.send(form);
  });
  return { done, abort: () => xhr.abort() };
}

/** « 1,2 Mo » / "1.2 MB". */
export function sizeParts(bytes: number): { unit: 'B' | 'KB' | 'MB'; n: number } {
  if (bytes < 1024) return { unit: 'B', n: bytes };
  if (bytes < 1024 * 1024) return { unit: 'KB', n: Math.round(bytes / 102.4) / 10 };
  return { unit: 'MB', n: Math.round(bytes / (1024 * 102.4)) / 10 };
}
