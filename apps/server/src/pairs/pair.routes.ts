import type { Request, Response } from 'express';
import { PAIR_STATUSES, type PairStatus } from '@tandem/shared';
import { buildContext } from '../core/context.js';
import { AppError, httpStatusOf } from '../core/errors.js';
import type { Services } from '../core/services.js';

const list = (value: unknown): string[] =>
  (Array.isArray(value) ? value : value === undefined ? [] : [value]).flatMap((v) => String(v).split(',')).filter(Boolean);

/**
 * GET /api/pairs.csv?status=ACTIVE&region=…&theme=… — the operator's overview as a file. An HTTP route
 * rather than a query returning text: the browser downloads it with a plain link (session cookie,
 * Content-Disposition), with no script building a Blob, and it opens as is in a spreadsheet.
 */
export function pairsCsvRoute(services: Services) {
  return async (req: Request, res: Response) => {
    try {
      const ctx = await buildContext(services, {
        requestId: String(req.id ?? ''),
        ip: req.ip ?? 'unknown',
        headers: req.headers,
      });
      const statuses = list(req.query.status);
      if (statuses.some((s) => !(PAIR_STATUSES as readonly string[]).includes(s))) {
        throw new AppError('BAD_USER_INPUT', 'Unknown status', { reason: 'UNKNOWN_STATUS' });
      }
      const csv = await services.pairReports.csv(ctx.user, {
        statuses: statuses as PairStatus[],
        regions: list(req.query.region),
        themes: list(req.query.theme),
      });
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="tandem-tsf-${new Date().toISOString().slice(0, 10)}.csv"`);
      res.setHeader('Cache-Control', 'no-store');
      res.send(csv);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      res.status(httpStatusOf(error.code) ?? 400).json({ error: { code: error.code, message: error.message } });
    }
  };
}
