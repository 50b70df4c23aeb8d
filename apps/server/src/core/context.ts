import type { IncomingHttpHeaders } from 'node:http';
import { parse as parseCookie } from 'cookie';
import type { Session } from '../identity/session.entity.js';
import type { AnswerNote } from './graphql-http.js';
import type { User } from '../identity/user.entity.js';
import type { Services } from './services.js';

export const SESSION_COOKIE = 'tandem_session';

/** Set-Cookie control; absent on WebSocket operations, which cannot set cookies. */
export interface CookieWriter {
  setSession(token: string, expiresAt: Date): void;
  clearSession(): void;
}

export interface Context {
  requestId: string;
  ip: string;
  user: User | null;
  session: Session | null;
  services: Services;
  cookies?: CookieWriter;
  /** HTTP only: where the directory's whole-answer cache notes that this answer is public (core/graphql-http.ts). */
  answerNote?: AnswerNote;
}

export interface ContextInput {
  requestId: string;
  ip: string;
  headers: IncomingHttpHeaders;
  cookies?: CookieWriter;
  answerNote?: AnswerNote;
}

export function sessionTokenFrom(headers: IncomingHttpHeaders): string | undefined {
  const raw = headers.cookie;
  if (!raw) return undefined;
  return parseCookie(raw)[SESSION_COOKIE] || undefined;
}

/** The one context builder, used by HTTP requests and WebSocket connections alike. */
export async function buildContext(services: Services, input: ContextInput): Promise<Context> {
  const token = sessionTokenFrom(input.headers);
  const auth = token ? await services.identity.authenticate(token) : null;
  return {
    requestId: input.requestId,
    ip: input.ip,
    user: auth?.user ?? null,
    session: auth?.session ?? null,
    services,
    cookies: input.cookies,
    answerNote: input.answerNote,
  };
}
