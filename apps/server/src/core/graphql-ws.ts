import type { IncomingMessage } from 'node:http';
import { randomUUID } from 'node:crypto';
import {
  GraphQLError,
  getOperationAST,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import type { WebSocket, WebSocketServer } from 'ws';
import { QUERY_LIMITS } from '@tandem/shared';
import { buildContext, type Context } from './context.js';
import { operationShape, sharedSubscribe } from './shared-subscribe.js';
import type { Logger } from './logger.js';
import type { Services } from './services.js';

const CHECKED_DOCUMENTS_MAX = 500;

type Extra = {
  socket: WebSocket;
  /** The upgrade request: read once in onConnect, then dropped (its headers weigh on every socket). */
  request: (IncomingMessage & { tandemIp?: string }) | undefined;
};

/**
 * graphql-ws on the shared HTTP server. The connection is authenticated with the session cookie
 * of the upgrade request (the context is built once per connection by the same builder as HTTP),
 * and every operation passes the same limits as HTTP before it runs.
 */
export function attachGraphqlWs(options: {
  wsServer: WebSocketServer;
  schema: GraphQLSchema;
  services: Services;
  logger: Logger;
  validationRules: ValidationRule[];
  formatError: (error: GraphQLError) => GraphQLError;
  socketsBySession: Map<string, Set<WebSocket>>;
}) {
  const { wsServer, schema, services, logger, validationRules, formatError, socketsBySession } = options;
  const contexts = new WeakMap<WebSocket, Context>();
  // The shape of each running operation (see sharedSubscribe), keyed by its execution arguments.
  // Thousands of sockets share a few shapes: one string each, not one copy per subscription.
  const shapes = new WeakMap<ExecutionArgs, string>();
  const internedShapes = new Map<string, string>();
  const intern = (shape: string) => {
    const known = internedShapes.get(shape);
    if (known !== undefined) return known;
    if (internedShapes.size >= CHECKED_DOCUMENTS_MAX * 4) internedShapes.clear();
    internedShapes.set(shape, shape);
    return shape;
  };

  // Every tab of every person sends the same few subscription texts: each is parsed and validated
  // once and its document shared (a document per socket would cost kilobytes per connection).
  type Checked = { errors: GraphQLError[] } | { document: DocumentNode; shape: ReturnType<typeof operationShape> };
  const checkedDocuments = new Map<string, Checked>();
  const checkedDocument = (query: string, operationName: string | null | undefined): Checked => {
    // Both parts are the client's: encoded so no pair of them can collide with another.
    const key = JSON.stringify([operationName ?? null, query]);
    const known = checkedDocuments.get(key);
    if (known) {
      checkedDocuments.delete(key); // most recently used last: the eviction below drops the coldest
      checkedDocuments.set(key, known);
      return known;
    }
    let checked: Checked;
    try {
      const document = parse(query, { maxTokens: QUERY_LIMITS.maxTokens });
      const errors = validate(schema, document, [...specifiedRules, ...validationRules]);
      if (errors.length > 0) checked = { errors: errors.map(formatError) };
      else if (getOperationAST(document, operationName)?.operation !== 'subscription') {
        // The socket is the second API for live events only; queries and mutations go over HTTP,
        // where CSRF prevention, cookies and the HTTP limits apply.
        checked = {
          errors: [
            formatError(
              new GraphQLError('Only subscriptions are served over WebSocket', { extensions: { code: 'BAD_USER_INPUT' } }),
            ),
          ],
        };
      } else checked = { document, shape: operationShape(query, document, operationName) };
    } catch (error) {
      checked = { errors: [formatError(error instanceof GraphQLError ? error : new GraphQLError('Syntax error'))] };
    }
    if ('errors' in checked) return checked; // only good texts are kept: junk cannot evict them
    if (checkedDocuments.size >= CHECKED_DOCUMENTS_MAX) checkedDocuments.delete(checkedDocuments.keys().next().value!);
    checkedDocuments.set(key, checked);
    return checked;
  };

  return useServer<Record<string, unknown> | undefined, Extra>(
    {
      schema,
      subscribe: sharedSubscribe((args) => shapes.get(args) ?? null),
      connectionInitWaitTimeout: 10_000,
      onConnect: async (ctx) => {
        const { request, socket } = ctx.extra;
        if (!request) return false;
        (ctx.extra as { request: Extra['request'] }).request = undefined;
        const context = await buildContext(services, {
          requestId: randomUUID(),
          ip: request.tandemIp ?? request.socket.remoteAddress ?? 'unknown',
          headers: request.headers,
        });
        if (!context.user || !context.session) {
          socket.close(CloseCode.Unauthorized, 'Unauthorized');
          return false;
        }
        contexts.set(socket, context);
        const sockets = socketsBySession.get(context.session.id) ?? new Set();
        sockets.add(socket);
        socketsBySession.set(context.session.id, sockets);
        socket.once('close', () => {
          sockets.delete(socket);
          if (sockets.size === 0) socketsBySession.delete(context.session!.id);
        });
        // Logged out while the session was being read: SESSION_ENDED found no socket to close.
        if (services.identity.sessionEnded(context.session.id)) {
          socket.close(4401, 'Session ended');
          return false;
        }
        return true;
      },
      context: (ctx) => contexts.get(ctx.extra.socket)!,
      onSubscribe: (ctx, _id, payload) => {
        const checked = checkedDocument(payload.query, payload.operationName);
        if (!('document' in checked)) return checked.errors;
        const { document, shape } = checked;
        const context = contexts.get(ctx.extra.socket)!;
        const args: ExecutionArgs = {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue: context,
        };
        // What a result can depend on besides the event: the text, the variables below the root
        // field, and the viewer's rights (role and PTCE; field resolvers never look further).
        const viewer = `${context.user?.role ?? ''}:${context.user?.ptceId ?? ''}`;
        if (shape) shapes.set(args, intern(JSON.stringify([viewer, shape(payload.variables)])));
        return args;
      },
      onError: (_ctx, _id, _payload, errors) => {
        logger.debug({ errors: errors.map((e) => e.message) }, 'subscription error');
      },
      onNext: (_ctx, _id, _payload, _args, result) => {
        if ('errors' in result && result.errors) {
          return { ...result, errors: result.errors.map(formatError) };
        }
        return result;
      },
    },
    wsServer,
  );
}
