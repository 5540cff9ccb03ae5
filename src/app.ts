// Builds the whole service from a config: every plugin and route is registered here, in order.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import { randomUUID } from 'node:crypto';
import packageJson from '../package.json' with { type: 'json' };
import { apiKeys, type Config } from './config.js';
import { loggedUrl, loggerOptions } from './logger.js';
import authPlugin from './plugins/auth.js';
import dbPlugin from './plugins/db.js';
import errorsPlugin, { sendProblem } from './plugins/errors.js';
import openapiPlugin from './plugins/openapi.js';
import securityPlugin from './plugins/security.js';
import healthRoutes from './routes/health.js';
import httpCachePlugin from './plugins/http-cache.js';
import articleRoutes from './routes/articles.js';
import peopleRoutes from './routes/people.js';
import statementRoutes from './routes/statements.js';
import statsRoutes from './routes/stats.js';

export type AppConfig = Config & { MONGODB_URI: string };

/** What a caller other than the server may ask of the app (tests, benchmarks); none of it is configuration. */
export interface AppOptions {
  /** Driver command monitoring on the app's connection (app.db.getClient().on('commandStarted', ...)). */
  monitorCommands?: boolean;
}

export async function buildApp(config: AppConfig, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(config),
    logController: new LogController({ disableRequestLogging: true }), // one line per request, written in onResponse below
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    requestTimeout: config.REQUEST_TIMEOUT_MS,
    trustProxy: config.TRUST_PROXY, // behind a load balancer: the client address (rate limits, logs) is the forwarded one
    connectionTimeout: config.REQUEST_TIMEOUT_MS,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    // Errors Fastify raises before routing (a malformed URL, a path parameter over maxParamLength).
    frameworkErrors: (error, request, reply) =>
      sendProblem(request, reply, { status: error.statusCode ?? 400, code: error.code ?? 'BAD_REQUEST', detail: error.message }),
    ajv: {
      customOptions: {
        removeAdditional: false, // unknown parameters are an error, not silently dropped
        coerceTypes: 'array', // ?outlet=a&outlet=b and ?outlet=a both arrive as arrays where arrays are declared
        useDefaults: true,
        allErrors: false,
      },
    },
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  // Keep-alive connections that finish a request after close began are closed with it, so that
  // shutdown waits for in-flight requests only, not for idle clients.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (_request, reply) => {
    if (closing) reply.header('connection', 'close');
  });
  const keys = apiKeys(config);
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      { method: request.method, url: loggedUrl(request.url, keys), statusCode: reply.statusCode, responseTimeMs: Math.round(reply.elapsedTime * 100) / 100 },
      'request',
    );
  });

  await app.register(errorsPlugin);
  await app.register(securityPlugin, { config });
  await app.register(openapiPlugin, { version: packageJson.version });
  await app.register(authPlugin, { keys });
  await app.register(dbPlugin, { uri: config.MONGODB_URI, timeoutMs: config.DB_TIMEOUT_MS, monitorCommands: options.monitorCommands });

  await app.register(healthRoutes, { dbTimeoutMs: config.DB_TIMEOUT_MS });
  await app.register(httpCachePlugin, { prefix: '/v1/', maxAgeSeconds: 60 });
  await app.register(statementRoutes, { prefix: '/v1' });
  await app.register(peopleRoutes, { prefix: '/v1' });
  await app.register(articleRoutes, { prefix: '/v1', maxArticleBytes: config.MAX_ARTICLE_BYTES });
  await app.register(statsRoutes, { prefix: '/v1' });

  return app;
}
