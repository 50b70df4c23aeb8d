import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import path from 'node:path';
import busboy from 'busboy';
import { fileTypeFromFile } from 'file-type';
import { AppError } from '../core/errors.js';
import { cleanFileName, decideType, TextCheck } from './document.files.js';

/** A file received in full into a temporary file, its type decided from its bytes. */
export interface ReceivedUpload {
  tempPath: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  fields: Record<string, string>;
}

export const tooLarge = (maxBytes: number) =>
  new AppError('BAD_USER_INPUT', `The file is larger than ${maxBytes} bytes`, { reason: 'TOO_LARGE', maxBytes });
const badUpload = (reason: string, message: string) => new AppError('BAD_USER_INPUT', message, { reason });

/**
 * Streams the multipart body into `tempDir` while counting bytes and checking text, then sniffs
 * the type. Any failure (over the limit, bad type, a client that went away) removes the
 * temporary file before rejecting, so nothing is left behind.
 */
export async function receiveUpload(
  req: IncomingMessage,
  options: { tempDir: string; maxBytes: number },
): Promise<ReceivedUpload> {
  if (!/^multipart\/form-data/i.test(req.headers['content-type'] ?? '')) {
    throw badUpload('NOT_MULTIPART', 'Send the file as multipart/form-data in the field "file"');
  }
  await mkdir(options.tempDir, { recursive: true });
  const tempPath = path.join(options.tempDir, `${randomUUID()}.part`);
  const fields: Record<string, string> = {};
  let rawName: string | undefined;
  let sizeBytes = 0;
  let sawFile = false;
  const text = new TextCheck();
  let out: WriteStream | undefined;

  try {
    await new Promise<void>((resolve, reject) => {
      let parser: busboy.Busboy;
      try {
        parser = busboy({
          headers: req.headers,
          defParamCharset: 'utf8',
          limits: { files: 1, fields: 4, fieldSize: 1_000, parts: 6, fileSize: options.maxBytes + 1 },
        });
      } catch {
        reject(badUpload('NOT_MULTIPART', 'Malformed multipart body'));
        return;
      }
      let failed = false;
      let fileDone: Promise<void> = Promise.resolve();
      const fail = (error: Error) => {
        if (failed) return;
        failed = true;
        req.unpipe(parser);
        // Let the rest of the body drain so the client can read our answer.
        req.resume();
        reject(error);
      };
      req.on('close', () => {
        if (!req.complete) fail(badUpload('ABORTED', 'The upload was interrupted'));
      });
      parser.on('field', (name, value) => {
        fields[name] = value;
      });
      parser.on('file', (name, stream, info) => {
        if (name !== 'file' || sawFile) {
          stream.resume();
          fail(badUpload('UNEXPECTED_FIELD', 'Send exactly one file in the field "file"'));
          return;
        }
        sawFile = true;
        rawName = info.filename;
        const file = createWriteStream(tempPath);
        out = file;
        fileDone = new Promise<void>((done, broke) => {
          file.on('close', done);
          file.on('error', broke);
        });
        fileDone.catch((error: Error) => fail(error));
        stream.on('data', (chunk: Buffer) => {
          if (failed) return;
          sizeBytes += chunk.length;
          if (sizeBytes > options.maxBytes) {
            stream.resume();
            file.destroy();
            fail(tooLarge(options.maxBytes));
            return;
          }
          text.push(chunk);
          if (!file.write(chunk)) {
            stream.pause();
            file.once('drain', () => stream.resume());
          }
        });
        stream.on('end', () => {
          text.push(new Uint8Array(), true);
          file.end();
        });
      });
      parser.on('filesLimit', () => fail(badUpload('UNEXPECTED_FIELD', 'Send exactly one file')));
      parser.on('fieldsLimit', () => fail(badUpload('UNEXPECTED_FIELD', 'Too many form fields')));
      parser.on('partsLimit', () => fail(badUpload('UNEXPECTED_FIELD', 'Too many form parts')));
      parser.on('error', () => fail(badUpload('NOT_MULTIPART', 'Malformed multipart body')));
      parser.on('close', () => {
        if (failed) return;
        if (!sawFile) return fail(badUpload('NO_FILE', 'No file in the field "file"'));
        fileDone.then(resolve, (error: Error) => fail(error));
      });
      req.pipe(parser);
    });

    const sniffed = sizeBytes > 0 ? await fileTypeFromFile(tempPath) : undefined;
    const decision = decideType({ sizeBytes, sniffedMime: sniffed?.mime, text }, cleanFileName(rawName));
    if (!decision.ok) {
      const messages = {
        EMPTY_FILE: 'The file is empty',
        UNSUPPORTED_TYPE: 'This kind of file is not accepted (PDF, images, office documents, text and CSV are)',
        TYPE_MISMATCH: "The file's content does not match its name's extension",
      };
      throw badUpload(decision.reason, messages[decision.reason]);
    }
    return { tempPath, fileName: decision.fileName, mimeType: decision.mimeType, sizeBytes, fields };
  } catch (error) {
    // The write stream may still be opening the file: wait until it is closed, then remove it.
    if (out && !out.closed) {
      out.destroy();
      await once(out, 'close').catch(() => undefined);
    }
    await rm(tempPath, { force: true });
    throw error;
  }
}
