import { pipeline } from 'node:stream/promises';
import { Router, type Request, type Response } from 'express';
import { sessionTokenFrom } from '../core/context.js';
import { AppError, httpStatusOf } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import type { Services } from '../core/services.js';

/** GET /api/pairs/:pairId/export.zip — the whole space as one archive, streamed (session cookie). */
export function exportRoutes(services: Services, logger: Logger): Router {
  const router = Router();

  router.get('/pairs/:pairId/export.zip', async (req: Request<{ pairId: string }>, res: Response) => {
    let archive;
    try {
      const token = sessionTokenFrom(req.headers);
      const user = token ? ((await services.identity.authenticate(token))?.user ?? null) : null;
      archive = await services.exports.open(user, req.params.pairId);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const { code, ...extensions } = error.extensions;
      if (typeof extensions.retryAfterSeconds === 'number') res.setHeader('Retry-After', String(extensions.retryAfterSeconds));
      res.status(httpStatusOf(error.code) ?? 400).json({ error: { code, message: error.message, ...extensions } });
      return;
    }
    res.setHeader('Content-Type', 'application/zip');
    // The name is built from slugs (ASCII letters, digits, dashes): nothing to quote or encode.
    res.setHeader('Content-Disposition', `attachment; filename="${archive.fileName}"`);
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    try {
      await pipeline(archive.stream, res);
    } catch (error) {
      // Headers are gone: pipeline has destroyed the response, so the client sees a cut transfer
      // (no final chunk), never a short archive that looks complete.
      if (!res.destroyed) res.destroy();
      if ((error as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') logger.warn({ err: error }, 'space export cut');
    }
  });

  return router;
}
