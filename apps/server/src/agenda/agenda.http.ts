import { Router, type Response } from 'express';
import { AppError } from '../core/errors.js';
import { sessionTokenFrom } from '../core/context.js';
import type { Services } from '../core/services.js';
import type { User } from '../identity/user.entity.js';
import { agendaCalendar } from './agenda.ics.js';

function sendError(res: Response, error: unknown): void {
  const code = error instanceof AppError ? error.code : 'INTERNAL_SERVER_ERROR';
  const status = { UNAUTHENTICATED: 401, NOT_FOUND: 404, FORBIDDEN: 403 }[code as string] ?? 500;
  if (status === 500) throw error;
  res.status(status).json({ error: { code, message: (error as Error).message } });
}

/**
 * Calendar exports: the pair's agenda for a signed-in member (session cookie), and each person's
 * secret feed, which calendar apps fetch without a cookie.
 */
export function agendaRoutes(services: Services): Router {
  const router = Router();
  const host = new URL(services.deps.config.publicUrl).hostname;

  const sendCalendar = async (res: Response, user: User | null, name: string, pairId?: string) => {
    const { pairs, items } = await services.agenda.calendarData(user, pairId);
    res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
    res.setHeader('Cache-Control', 'private, no-cache');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.send(agendaCalendar(name, pairs, items, host));
  };

  router.get('/pairs/:pairId/agenda.ics', async (req, res) => {
    try {
      const token = sessionTokenFrom(req.headers);
      const user = token ? ((await services.identity.authenticate(token))?.user ?? null) : null;
      const pair = await services.pairs.visiblePair(user, req.params.pairId);
      res.setHeader('Content-Disposition', 'attachment; filename="ordre-du-jour.ics"');
      await sendCalendar(res, user, `TSF ${pair.compagnon.name} · ${pair.beneficiary.name}`, pair.id);
    } catch (error) {
      sendError(res, error);
    }
  });

  router.get('/calendar/:file', async (req, res) => {
    const match = /^(.+)\.ics$/.exec(req.params.file);
    const user = match ? await services.agenda.feedOwner(match[1]) : null;
    // A forged or reset token answers like any unknown address.
    if (!user) {
      res.status(404).json({ error: { code: 'NOT_FOUND', message: 'Not found' } });
      return;
    }
    await sendCalendar(res, user, 'Tandem — mes TSF');
  });

  return router;
}
