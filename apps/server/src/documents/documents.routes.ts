import { randomUUID } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import express, { type Request, type Response, type Router } from 'express';
import type { Config } from '../config.js';
import { buildContext } from '../core/context.js';
import { AppError, httpStatusOf } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import type { Services } from '../core/services.js';

const PREVIEWABLE = /^(image\/(png|jpeg|webp)|application\/pdf)$/;
const STATUS_BY_REASON: Record<string, number> = { TOO_LARGE: 413, UNSUPPORTED_TYPE: 415, TYPE_MISMATCH: 415 };

/** `/api` routes of documents: streamed uploads and downloads (DESIGN §4, HTTP beside GraphQL). */
export function documentsRouter(services: Services, config: Config, logger: Logger): Router {
  const router = express.Router();

  const userOf = async (req: Request) =>
    (await buildContext(services, { requestId: String(req.id ?? randomUUID()), ip: req.ip ?? 'unknown', headers: req.headers }))
      .user;

  /** Uploads come from our own page only: a custom header (forces a CORS preflight) and our Origin. */
  const checkUploadRequest = (req: Request) => {
    if (req.headers['x-tandem-upload'] !== '1') {
      throw new AppError('BAD_USER_INPUT', 'Missing header x-tandem-upload: 1', { reason: 'UPLOAD_HEADER_MISSING' });
    }
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== config.publicOrigin) {
      throw new AppError('FORBIDDEN', 'Uploads are accepted from Tandem itself only', { reason: 'ORIGIN_REFUSED' });
    }
  };

  const sendError = (req: Request, res: Response, error: unknown) => {
    if (error instanceof AppError) {
      const code = String(error.extensions.code);
      const reason = error.extensions.reason as string | undefined;
      const status = (reason ? STATUS_BY_REASON[reason] : undefined) ?? httpStatusOf(code) ?? 400;
      if (res.headersSent) return res.destroy();
      // A refused upload may not have been read to its end: do not keep the connection for another request.
      if (!req.complete) res.setHeader('Connection', 'close');
      const { code: _code, ...extensions } = error.extensions;
      res.status(status).json({ error: { code, message: error.message, ...extensions } });
      return;
    }
    logger.error({ err: error }, 'document request failed');
    if (res.headersSent) return res.destroy();
    res.status(500).json({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' } });
  };

  router.post('/pairs/:pairId/documents', async (req, res) => {
    try {
      checkUploadRequest(req);
      const document = await services.documents.uploadNew(await userOf(req), req.params.pairId, req);
      res.status(201).json({ document: { id: document.id, title: document.title, version: document.version } });
    } catch (error) {
      sendError(req, res, error);
    }
  });

  router.post('/documents/:id/versions', async (req, res) => {
    try {
      checkUploadRequest(req);
      const document = await services.documents.uploadVersion(await userOf(req), req.params.id, req);
      res.status(201).json({ document: { id: document.id, title: document.title, version: document.version } });
    } catch (error) {
      sendError(req, res, error);
    }
  });

  router.get('/documents/:id/versions/:number', async (req, res) => {
    try {
      const number = /^\d{1,9}$/.test(req.params.number) ? Number(req.params.number) : NaN;
      const download = await services.documents.download(await userOf(req), req.params.id, number);
      res.setHeader('Content-Type', download.mimeType);
      res.setHeader('Content-Length', String(download.sizeBytes));
      // `?inline=1` serves images and PDFs for the in-app preview; everything else is always an attachment.
      const inline = req.query.inline === '1' && PREVIEWABLE.test(download.mimeType);
      res.setHeader(
        'Content-Disposition',
        inline ? download.contentDisposition.replace(/^attachment/, 'inline') : download.contentDisposition,
      );
      res.setHeader('X-Content-Type-Options', 'nosniff');
      // Whatever opens it, the file runs in a sandbox (opaque origin, no scripts, no forms). The header
      // rather than an iframe attribute: Chrome refuses to show a PDF inside a sandboxed iframe.
      res.setHeader('Content-Security-Policy', 'sandbox');
      res.setHeader('Cache-Control', 'private, no-store');
      await pipeline(download.stream, res);
    } catch (error) {
      sendError(req, res, error);
    }
  });

  return router;
}
