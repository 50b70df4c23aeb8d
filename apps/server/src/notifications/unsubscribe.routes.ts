import express, { Router, type Request, type Response } from 'express';
import type { Services } from '../core/services.js';
import { User } from '../identity/user.entity.js';
import { unsubscribePage } from './notification.templates.js';
import { checkUnsubscribeToken } from './unsubscribe-token.js';

/**
 * The unsubscribe link of every notification email, without log-in. GET shows one button (mail
 * scanners that follow links must not unsubscribe anyone); POST does it — also the RFC 8058
 * one-click POST mail clients send from the List-Unsubscribe header. Using a link again is harmless.
 */
export function unsubscribeRoutes(services: Services): Router {
  const router = Router();
  const guessLocale = (req: Request) => (/^en\b/i.test(req.headers['accept-language'] ?? '') ? 'en' : 'fr');

  const check = async (req: Request, res: Response) => {
    const secret = await services.notificationMails.secretKey();
    const token = String(req.params.token ?? '');
    const result = checkUnsubscribeToken(secret, token);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Referrer-Policy', 'no-referrer');
    if (!result.ok) {
      res
        .status(400)
        .type('html')
        .send(unsubscribePage(result.reason, guessLocale(req)));
      return null;
    }
    const user = await services.deps.db.getRepository(User).findOneBy({ id: result.userId });
    if (!user) {
      res
        .status(400)
        .type('html')
        .send(unsubscribePage('FORGED', guessLocale(req)));
      return null;
    }
    return { user, token };
  };

  router.get('/unsubscribe/:token', async (req, res) => {
    const found = await check(req, res);
    if (!found) return;
    res.type('html').send(unsubscribePage('ASK', found.user.locale, `/api/unsubscribe/${encodeURIComponent(found.token)}`));
  });

  router.post('/unsubscribe/:token', express.urlencoded({ extended: false, limit: '1kb' }), async (req, res) => {
    const found = await check(req, res);
    if (!found) return;
    const changed = await services.notifications.stopAllEmails(found.user.id);
    res.type('html').send(unsubscribePage(changed ? 'DONE' : 'ALREADY', found.user.locale));
  });

  return router;
}
