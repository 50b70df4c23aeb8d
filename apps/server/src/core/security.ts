import { createHash, randomBytes } from 'node:crypto';

/** A random URL-safe token (256 bits) handed to a browser or put in a link. */
export const newToken = (): string => randomBytes(32).toString('base64url');

/** What the database stores of a token: a stolen row cannot be replayed as a cookie. */
export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');
