import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { serialize, type SerializeOptions } from 'cookie';
import proxyAddr from 'proxy-addr';
import getRawBody from 'raw-body';
import type { CookieWriter } from './context.js';
import type { Logger } from './logger.js';

/**
 * `POST|GET /graphql` straight on `node:http`, without express: every chat message, directory page
 * and mark-as-read goes through here, and express's router, body parser, per-request child logger
 * and `res.send` (with its ETag hash) cost a third of a small request's time. What they did for this
 * route is done here, once and on purpose:
 * - the security headers of the rest of the site (helmet's, computed once: they depend on no request);
 * - an `x-request-id` and one log line per request, as pino-http writes them;
 * - the JSON body read by `raw-body` within the same limit, with the same error answers;
 * - the client address through the same `trust proxy` setting (`proxy-addr`, as express does);
 * - the session cookie written with the same attributes (`cookie`, as express's `res.cookie`).
 * Apollo keeps CSRF prevention, batching refusal, parsing, validation and error formatting, for
 * every request it answers; a repeated public request can be answered before it (`AnswerCache`).
 */

/** A whole answer kept by its request: the response headers Apollo chose and the body bytes. */
export interface KeptAnswer {
  headers: [name: string, value: string][];
  body: string;
}

/**
 * Public answers kept whole, by the request's bytes and Accept header. The directory cache is one:
 * its whole-answer plugin notes an answer as public (`answerNote` in the context, with the cache
 * generation it was computed in); the next identical request is answered without Apollo: no CSRF
 * check, context, validation or plugins. That is sound because the key holds every input Apollo's
 * answer to a JSON POST depends on (the body and Accept; the CSRF check always passes for
 * `application/json`), the same bytes validate the same way, and the allow-listed fields read no
 * person, header or cookie. Invalidation is the cache's own (every directory write, on every instance).
 */
export interface AnswerCache {
  answer(key: string): KeptAnswer | undefined;
  keepAnswer(key: string, generation: number, answer: KeptAnswer): void;
}

/**
 * One per HTTP request, on its context: a plugin notes there that the answer depends on nothing but
 * public data. An object, because Apollo runs each operation on a shallow copy of the context.
 */
export interface AnswerNote {
  keepable?: { generation: number };
}

/** Only small requests are kept by their bytes (a directory page's query is about 400 bytes). */
const KEPT_REQUEST_MAX_LENGTH = 4096;
/** The members of a GraphQL-over-HTTP request: a body with any other is never kept. */
const REQUEST_MEMBERS = new Set(['query', 'operationName', 'variables', 'extensions']);
/** What browsers' and Apollo Client's requests send; any other Accept header is never kept. */
const KEPT_ACCEPT = new Set(['', '*/*', 'application/json', 'application/graphql-response+json,application/json;q=0.9']);

function keptKeyOf(req: IncomingMessage, body: { text: string; json: unknown } | undefined): string | undefined {
  if (!body || body.text.length > KEPT_REQUEST_MAX_LENGTH) return undefined;
  const accept = req.headers.accept ?? '';
  if (!KEPT_ACCEPT.has(accept)) return undefined;
  const json = body.json;
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return undefined;
  for (const member in json) if (!REQUEST_MEMBERS.has(member)) return undefined;
  return `${accept}\n${body.text}`;
}

export interface GraphqlHttpOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  answers?: AnswerCache;
  context(input: {
    requestId: string;
    ip: string;
    req: IncomingMessage;
    cookies: CookieWriter;
    answerNote: AnswerNote;
  }): Promise<TContext>;
  logger: Logger;
  bodyLimit: string | number;
  /** Headers sent on every answer (the site's security headers). */
  headers: [name: string, value: string][];
  /** express's compiled `trust proxy` function. */
  trustProxy: (address: string, hop: number) => boolean;
  sessionCookie: { name: string; secure: boolean };
}

/** `/graphql`, `/graphql/` and any case, with or without a query string: what express's mount matched. */
export function isGraphqlPath(url: string | undefined): boolean {
  if (!url) return false;
  const end = url.indexOf('?');
  const path = (end < 0 ? url : url.slice(0, end)).toLowerCase();
  return path === '/graphql' || path === '/graphql/';
}

/** The answer to a request body that could not be read, shared with express's error handler. */
export function bodyErrorAnswer(error: { status?: number; type?: string }): { status: number; body: string } {
  const status = error.status !== undefined && error.status >= 400 && error.status < 600 ? error.status : 500;
  const code = status < 500 ? 'BAD_USER_INPUT' : 'INTERNAL_SERVER_ERROR';
  const message =
    error.type === 'entity.parse.failed'
      ? 'Malformed JSON body'
      : status === 413
        ? 'Request body too large'
        : status < 500
          ? 'Bad request'
          : 'Internal server error';
  return { status, body: JSON.stringify({ errors: [{ message, extensions: { code } }] }) };
}

class BodyError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
  ) {
    super(type);
  }
}

const mediaType = (header: string | undefined) => header?.split(';', 1)[0].trim().toLowerCase();

/** The JSON body of a POST and its text, or undefined when it is not JSON (Apollo then refuses it). */
async function readJsonBody(req: IncomingMessage, limit: string | number): Promise<{ text: string; json: unknown } | undefined> {
  if (req.method !== 'POST' || mediaType(req.headers['content-type']) !== 'application/json') return undefined;
  const encoding = (req.headers['content-encoding'] ?? 'identity').toLowerCase();
  if (encoding !== 'identity') throw new BodyError(415, 'encoding.unsupported');
  const charset = /;\s*charset\s*=\s*"?([\w-]+)/i.exec(req.headers['content-type'] ?? '')?.[1]?.toLowerCase();
  if (charset && charset !== 'utf-8' && charset !== 'utf8') throw new BodyError(415, 'charset.unsupported');
  const text = await getRawBody(req, { length: req.headers['content-length'], limit, encoding: 'utf-8' });
  try {
    return { text, json: JSON.parse(text) as unknown };
  } catch {
    throw new BodyError(400, 'entity.parse.failed');
  }
}

export function graphqlHttpHandler<TContext extends BaseContext>(options: GraphqlHttpOptions<TContext>) {
  const { apollo, logger, headers, sessionCookie, answers } = options;
  const cookieOptions: SerializeOptions = { httpOnly: true, sameSite: 'lax', secure: sessionCookie.secure, path: '/' };

  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const started = performance.now();
    const requestId = randomUUID();
    res.setHeader('x-request-id', requestId);
    for (const [name, value] of headers) res.setHeader(name, value);
    // 'close' comes after 'finish', or alone when the client went away first (as pino-http logs it).
    let answeredFromKept = false;
    res.once('close', () => {
      const statusCode = res.statusCode;
      const finished = res.writableFinished;
      const level = !finished || statusCode >= 500 ? 'error' : statusCode >= 400 ? 'warn' : 'info';
      logger[level](
        {
          req: { id: requestId, method: req.method, url: req.url },
          res: { statusCode },
          responseTime: Math.round(performance.now() - started),
          ...(answeredFromKept ? { kept: true } : {}),
        },
        finished ? 'request completed' : 'request aborted',
      );
    });

    try {
      const body = await readJsonBody(req, options.bodyLimit);
      const keptKey = answers ? keptKeyOf(req, body) : undefined;
      const kept = keptKey === undefined ? undefined : answers!.answer(keptKey);
      if (kept) {
        answeredFromKept = true;
        for (const [name, value] of kept.headers) res.setHeader(name, value);
        res.setHeader('content-length', Buffer.byteLength(kept.body));
        res.end(kept.body);
        return;
      }
      const requestHeaders = new HeaderMap();
      for (const [name, value] of Object.entries(req.headers)) {
        if (value !== undefined) requestHeaders.set(name, Array.isArray(value) ? value.join(', ') : value);
      }
      const url = req.url ?? '/graphql';
      const query = url.indexOf('?');
      const cookies: CookieWriter = {
        setSession: (token, expiresAt) =>
          res.appendHeader('set-cookie', serialize(sessionCookie.name, token, { ...cookieOptions, expires: expiresAt })),
        clearSession: () =>
          res.appendHeader('set-cookie', serialize(sessionCookie.name, '', { ...cookieOptions, expires: new Date(1) })),
      };
      const answerNote: AnswerNote = {};
      const answer = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: {
          method: req.method ?? 'GET',
          headers: requestHeaders,
          search: query < 0 ? '' : url.slice(query),
          body: body?.json,
        },
        context: () =>
          options.context({ requestId, ip: proxyAddr(req, options.trustProxy) ?? 'unknown', req, cookies, answerNote }),
      });
      const keepable = answerNote.keepable;
      if (
        keptKey !== undefined &&
        keepable &&
        (answer.status ?? 200) === 200 &&
        answer.body.kind === 'complete' &&
        !res.hasHeader('set-cookie')
      ) {
        answers!.keepAnswer(keptKey, keepable.generation, { headers: [...answer.headers], body: answer.body.string });
      }
      for (const [name, value] of answer.headers) res.setHeader(name, value);
      res.statusCode = answer.status ?? 200;
      if (answer.body.kind === 'complete') {
        res.setHeader('content-length', Buffer.byteLength(answer.body.string));
        res.end(answer.body.string);
        return;
      }
      for await (const chunk of answer.body.asyncIterator) res.write(chunk);
      res.end();
    } catch (error) {
      const failure = error as { status?: number; type?: string };
      if ((failure.status ?? 500) >= 500) logger.error({ err: error, requestId }, 'request failed');
      if (res.headersSent) {
        res.destroy();
        return;
      }
      const { status, body } = bodyErrorAnswer(failure);
      res.statusCode = status;
      res.setHeader('content-type', 'application/json; charset=utf-8');
      res.setHeader('content-length', Buffer.byteLength(body));
      res.end(body);
    }
  };
}

/** The headers an express-style middleware (helmet) sets on every answer, read once. */
export function headersOf(middleware: (req: unknown, res: unknown, next: (error?: unknown) => void) => void): [string, string][] {
  const headers: [string, string][] = [];
  const res = {
    setHeader: (name: string, value: unknown) => void headers.push([name.toLowerCase(), String(value)]),
    removeHeader: () => {},
  };
  middleware({ headers: {} }, res, (error) => {
    if (error) throw error as Error;
  });
  return headers;
}
