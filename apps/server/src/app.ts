import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import compression from 'compression';
import express, { type NextFunction, type Request, type Response } from 'express';
import { GraphQLError } from 'graphql';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import { WebSocketServer, type WebSocket } from 'ws';
import { QUERY_LIMITS } from '@tandem/shared';
import type { Config } from './config.js';
import { buildContext, SESSION_COOKIE, type Context } from './core/context.js';
import { describeDatabase, openDatabase } from './core/data-source.js';
import { startCheckpointer } from './core/sqlite-checkpoint.js';
import { createErrorFormatter } from './core/errors.js';
import { bodyErrorAnswer, graphqlHttpHandler, headersOf, isGraphqlPath } from './core/graphql-http.js';
import { agendaRoutes } from './agenda/agenda.http.js';
import { attachGraphqlWs } from './core/graphql-ws.js';
import { createLogger, type Logger } from './core/logger.js';
import { createAppPubSub } from './core/pubsub.js';
import { RateLimits } from './core/rate-limit.js';
import { buildAppSchema } from './core/schema.js';
import { createServices, type Services } from './core/services.js';
import { pairsCsvRoute } from './pairs/pair.routes.js';
import { loadDemoData } from './demo/seed.js';
import { documentsRouter } from './documents/documents.routes.js';
import { exportRoutes } from './export/export.routes.js';
import { directoryResponseCache } from './directory/directory.response-cache.js';
import { createMailer } from './mail/mailer.js';
import { smtpWaitMs } from './notifications/notification.mail.js';
import { unsubscribeRoutes } from './notifications/unsubscribe.routes.js';

export interface App {
  httpServer: Server;
  services: Services;
  logger: Logger;
  /** Starts listening (port 0 picks a free one); resolves with the bound URL. */
  listen(port?: number, host?: string): Promise<string>;
  /** Graceful stop: refuse new work, drain HTTP, close sockets with 1001, close DB and Redis. */
  close(): Promise<void>;
}

export async function createApp(config: Config, options: { logger?: Logger } = {}): Promise<App> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const db = await openDatabase(config.database);
  logger.info({ database: describeDatabase(config.database) }, 'database ready');
  // SQLite's checkpoints off the event loop (see sqlite-checkpoint.ts); 0 leaves them to SQLite.
  const checkpointer =
    config.database.kind === 'sqlite' && config.sqliteCheckpointMs > 0
      ? startCheckpointer(db, config.database.path, {
          intervalMs: config.sqliteCheckpointMs,
          onError: (err) => logger.warn({ err }, 'SQLite checkpoint failed; SQLite checkpoints by itself meanwhile'),
        })
      : null;
  const pubSubHandle = createAppPubSub(config.redisUrl, logger);
  const mailer = createMailer({
    smtpUrl: config.smtpUrl,
    from: config.mailFrom,
    dataDir: config.dataDir,
    logger,
    waitMs: smtpWaitMs(config.mail.leaseSeconds),
  });
  const services = createServices({
    db,
    config,
    logger,
    pubSub: pubSubHandle.pubSub,
    mailer,
    rateLimits: new RateLimits(pubSubHandle.redis?.publish, config.redisKeyPrefix),
    onPubSubResubscribed: pubSubHandle.onResubscribed,
    pubSubSubscribed: pubSubHandle.subscribed,
    pubSubConnected: pubSubHandle.connected,
  });
  if (config.demoData) await loadDemoData(db, logger);
  await services.directory.refreshStaleSearchColumns();

  const schema = await buildAppSchema(pubSubHandle.pubSub);
  const production = config.env === 'production';
  const formatError = createErrorFormatter(logger);
  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    maxTokens: { n: QUERY_LIMITS.maxTokens },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    costLimit: { maxCost: QUERY_LIMITS.maxCost },
    blockFieldSuggestion: { enabled: production },
  }).protect();

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  // Its request handler is attached below, once Apollo has started (Apollo's drain plugin needs the server first).
  const httpServer = createServer();

  // --- WebSocket: same port and path as HTTP GraphQL -------------------------------------------
  const wsServer = new WebSocketServer({ noServer: true, maxPayload: QUERY_LIMITS.wsMaxPayloadBytes });
  const socketsBySession = new Map<string, Set<WebSocket>>();
  const wsFormat = (error: GraphQLError) => {
    const formatted = formatError(error.toJSON(), error);
    return new GraphQLError(formatted.message, { extensions: formatted.extensions });
  };
  const wsHandle = attachGraphqlWs({
    wsServer,
    schema,
    services,
    logger,
    validationRules: armor.validationRules,
    formatError: wsFormat,
    socketsBySession,
  });
  httpServer.on('upgrade', (request: IncomingMessage & { tandemIp?: string }, socket, head) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    const reject = (status: string) => {
      socket.write(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      socket.destroy();
    };
    if (pathname !== '/graphql') return reject('404 Not Found');
    // Browsers always send Origin; a foreign one is a cross-site WebSocket hijack attempt.
    if (request.headers.origin !== config.publicOrigin) {
      logger.warn({ origin: request.headers.origin }, 'websocket origin refused');
      return reject('403 Forbidden');
    }
    request.tandemIp = request.socket.remoteAddress ?? 'unknown';
    wsServer.handleUpgrade(request, socket, head, (ws) => wsServer.emit('connection', ws, request));
  });
  // Logging out on any instance closes that session's sockets on every instance.
  const sessionEnded = pubSubHandle.pubSub.subscribe('SESSION_ENDED');
  void (async () => {
    for await (const { sessionId } of sessionEnded) {
      services.identity.forgetSession(sessionId);
      for (const ws of socketsBySession.get(sessionId) ?? []) ws.close(4401, 'Session ended');
    }
  })();
  // An account changed on any instance: the sessions this one keeps for that person are read again.
  const userChanged = pubSubHandle.pubSub.subscribe('USER_CHANGED');
  void (async () => {
    for await (const { userId } of userChanged) services.identity.forgetUser(userId);
  })();

  // --- HTTP ------------------------------------------------------------------------------------
  const apollo = new ApolloServer<Context>({
    schema,
    csrfPrevention: true,
    // main.ts owns the signals, so the stop order (HTTP, sockets, Redis, database) stays ours.
    stopOnTerminationSignals: false,
    introspection: !production,
    allowBatchedHttpRequests: false,
    hideSchemaDetailsFromClientErrors: production,
    includeStacktraceInErrorResponses: false,
    formatError,
    validationRules: armor.validationRules,
    plugins: [
      // graphql-armor is typed against Apollo's CommonJS build; the plugins are plain objects.
      ...(armor.plugins as unknown as ApolloServerPlugin<Context>[]),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // No field sets cache hints; the default plugin would still wrap every field resolver.
      ApolloServerPluginCacheControlDisabled(),
      directoryResponseCache(schema, services.directory.cache),
      ...(production ? [ApolloServerPluginLandingPageDisabled()] : []),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await wsHandle.dispose();
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  app.use(
    pinoHttp({
      logger,
      genReqId: (req, res) => {
        const id = randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      autoLogging: { ignore: (req) => req.url === '/healthz' },
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
    }),
  );
  const wsOrigin = config.publicOrigin.replace(/^http/, 'ws');
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        connectSrc: ["'self'", wsOrigin],
        imgSrc: ["'self'", 'data:', 'blob:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        frameSrc: ["'self'", 'blob:'],
        upgradeInsecureRequests: config.secureCookies ? [] : null,
      },
    },
    strictTransportSecurity: config.secureCookies,
  });
  app.use(securityHeaders);

  app.get('/healthz', async (_req, res) => {
    try {
      await db.query('SELECT 1');
      res.json({ status: 'ok', database: 'ok' });
    } catch (error) {
      logger.error({ err: error }, 'health check failed');
      res.status(503).json({ status: 'error', database: 'unreachable' });
    }
  });

  // GraphQL over HTTP skips express (core/graphql-http.ts); everything else is express's.
  const graphqlHttp = graphqlHttpHandler<Context>({
    apollo,
    answers: services.directory.cache,
    logger,
    bodyLimit: QUERY_LIMITS.httpBodyLimit,
    headers: headersOf(securityHeaders as Parameters<typeof headersOf>[0]),
    trustProxy: app.get('trust proxy fn') as (address: string, hop: number) => boolean,
    sessionCookie: { name: SESSION_COOKIE, secure: config.secureCookies },
    context: ({ requestId, ip, req, cookies, answerNote }) =>
      buildContext(services, { requestId, ip, headers: req.headers, cookies, answerNote }),
  });
  httpServer.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (!isGraphqlPath(req.url)) return app(req, res);
    // Nothing escapes graphqlHttp by design; if something ever did, one request fails, not the process.
    graphqlHttp(req, res).catch((error: unknown) => {
      logger.error({ err: error }, 'graphql request failed');
      res.destroy();
    });
  });

  app.get('/api/pairs.csv', pairsCsvRoute(services));
  app.use('/api', documentsRouter(services, config, logger));
  app.use('/api', agendaRoutes(services));
  app.use('/api', unsubscribeRoutes(services));
  app.use('/api', exportRoutes(services, logger));
  app.use('/api', (_req, res) => {
    res.status(404).json({ error: { code: 'NOT_FOUND', message: 'Not found' } });
  });

  // The built web app, with client-side routes answered by index.html.
  if (existsSync(path.join(config.webDist, 'index.html'))) {
    // Compressed as the browser accepts (brotli or gzip): the app's JavaScript is ≈ 1.4 MB, ≈ 0.4 MB
    // gzipped — seconds on a slow rural connection. The API's own routes are above, untouched.
    const compress = compression();
    const assets = path.join(config.webDist, 'assets') + path.sep;
    app.use(
      compress,
      express.static(config.webDist, {
        index: false,
        maxAge: '1h',
        // Vite names what it builds in assets/ by the content's hash: a new release has new names.
        setHeaders: (res, file) => {
          if (file.startsWith(assets)) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
        },
      }),
    );
    app.get(/^\/(?!graphql|api\/|healthz).*/, (_req, res) => {
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(path.join(config.webDist, 'index.html'));
    });
  } else {
    logger.warn({ webDist: config.webDist }, 'web app not built: serving the API only');
  }

  // Malformed JSON and oversized bodies get a stable code, never a stack.
  app.use((error: Error & { status?: number; type?: string }, req: Request, res: Response, _next: NextFunction) => {
    const { status, body } = bodyErrorAnswer(error);
    if (status >= 500) req.log?.error({ err: error }, 'request failed');
    res.status(status).type('application/json').send(body);
  });

  services.notificationMails.start();

  let closing: Promise<void> | undefined;
  return {
    httpServer,
    services,
    logger,
    listen(port = config.port, host = config.host) {
      return new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          httpServer.off('error', reject);
          const address = httpServer.address() as AddressInfo;
          const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
          resolve(`http://${shownHost}:${address.port}`);
        });
      });
    },
    close() {
      closing ??= (async () => {
        // apollo.stop() stops accepting, drains HTTP requests and disposes graphql-ws (1001).
        await apollo.stop();
        await services.notificationMails.stop();
        wsServer.close();
        await sessionEnded.return?.();
        await userChanged.return?.();
        await services.directory.stop();
        await pubSubHandle.close();
        mailer.close();
        await checkpointer?.stop();
        await db.destroy();
        logger.info('stopped');
      })();
      return closing;
    },
  };
}
