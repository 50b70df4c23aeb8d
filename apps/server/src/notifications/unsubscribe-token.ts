import { createHmac, timingSafeEqual } from 'node:crypto';

// One-click unsubscribe links (no log-in): `<userId>.<expiresAtSeconds>.<hmac>` signed with the
// mail secret. Forged or expired tokens are refused; a valid one may be used any number of times.

const VALID_DAYS = 90;

const sign = (secret: string, payload: string) =>
  createHmac('sha256', secret).update(`unsubscribe:${payload}`).digest('base64url');

export function unsubscribeToken(secret: string, userId: string, now = new Date()): string {
  const expires = Math.floor(now.getTime() / 1000) + VALID_DAYS * 86_400;
  const payload = `${userId}.${expires}`;
  return `${payload}.${sign(secret, payload)}`;
}

export type TokenCheck = { ok: true; userId: string } | { ok: false; reason: 'FORGED' | 'EXPIRED' };

export function checkUnsubscribeToken(secret: string, token: string, now = new Date()): TokenCheck {
  const parts = token.split('.');
  if (parts.length !== 3 || !/^\d{1,12}$/.test(parts[1]) || parts[0].length > 36) return { ok: false, reason: 'FORGED' };
  const [userId, expires, mac] = parts;
  const expected = Buffer.from(sign(secret, `${userId}.${expires}`));
  const given = Buffer.from(mac);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'FORGED' };
  if (Number(expires) * 1000 < now.getTime()) return { ok: false, reason: 'EXPIRED' };
  return { ok: true, userId };
}
