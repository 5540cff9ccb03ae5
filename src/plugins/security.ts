// Cross-origin access, security headers, rate limiting and load shedding.
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import underPressure from '@fastify/under-pressure';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { Redis } from 'ioredis';
import { corsOrigins, type Config } from '../config.js';
import { HttpProblem } from '../errors.js';
import { sendProblem } from './errors.js';

/**
 * The first query parameter whose name or value is not well-formed percent-encoded UTF-8, or holds a NUL,
 * with the reason; null when all are fine. The query parser would otherwise turn bad bytes into U+FFFD
 * (or keep them as written) and a NUL would reach the database as part of a search.
 */
export function malformedQueryParam(url: string): { name: string; reason: string } | null {
  const query = url.indexOf('?');
  if (query === -1) return null;
  for (const pair of url.slice(query + 1).split('&')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    const [rawName, rawValue] = eq === -1 ? [pair, ''] : [pair.slice(0, eq), pair.slice(eq + 1)];
    let name: string;
    let value: string;
    try {
      name = decodeURIComponent(rawName.replace(/\+/g, ' '));
    } catch {
      return { name: rawName.slice(0, 100), reason: 'is not valid percent-encoded UTF-8' };
    }
    try {
      value = decodeURIComponent(rawValue.replace(/\+/g, ' '));
    } catch {
      return { name: name.slice(0, 100), reason: 'is not valid percent-encoded UTF-8' };
    }
    if (name.includes('\u0000') || value.includes('\u0000')) return { name: name.slice(0, 100), reason: 'contains a NUL character' };
  }
  return null;
}

export const RATE_LIMIT_HEADERS = ['RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset', 'Retry-After'];

export default fp(
  async function securityPlugin(app: FastifyInstance, options: { config: Config }) {
    const { config } = options;
    app.addHook('onRequest', async (request) => {
      // Bodies are read as sent, never decompressed: a compressed body is refused rather than inflated past the body limit.
      const encoding = request.headers['content-encoding']?.trim().toLowerCase();
      if (encoding && encoding !== 'identity') {
        throw new HttpProblem(415, 'UNSUPPORTED_CONTENT_ENCODING', `Content-Encoding ${encoding.slice(0, 50)} is not accepted: send the body uncompressed.`, {
          invalidParams: [{ name: 'content-encoding', in: 'header', reason: 'only identity is accepted' }],
          headers: { 'accept-encoding': 'identity' },
        });
      }
      const bad = malformedQueryParam(request.url);
      if (bad) throw new HttpProblem(400, 'INVALID_PARAMETER', `Query parameter ${bad.name} ${bad.reason}.`, { invalidParams: [{ ...bad, in: 'query' }] });
    });
    await app.register(cors, {
      origin: corsOrigins(config),
      methods: ['GET', 'HEAD', 'POST', 'DELETE', 'OPTIONS'],
      exposedHeaders: ['Link', 'ETag', 'Retry-After', 'X-Request-Id', 'Content-Disposition', ...RATE_LIMIT_HEADERS],
      maxAge: 600,
    });

    // Swagger UI (/docs) loads its scripts, styles and images from 'self'; nothing else is ever needed.
    await app.register(helmet, {
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          upgradeInsecureRequests: null, // the API is often served over plain HTTP on localhost
        },
      },
      crossOriginResourcePolicy: { policy: 'cross-origin' }, // public read-only data, fetched by other origins' frontends
    });

    if (config.RATE_LIMIT_MAX > 0) {
      const redis = config.REDIS_URL
        ? new Redis(config.REDIS_URL, { connectTimeout: 2000, maxRetriesPerRequest: 1, enableOfflineQueue: false, lazyConnect: false })
        : undefined;
      if (redis) {
        redis.on('error', (error) => app.log.warn({ err: error }, 'rate-limit store (Redis) error'));
        app.addHook('onClose', async () => {
          await redis.quit().catch(() => redis.disconnect());
        });
      }
      await app.register(rateLimit, {
        global: true,
        max: config.RATE_LIMIT_MAX,
        timeWindow: config.RATE_LIMIT_WINDOW_MS,
        ...(redis ? { redis, nameSpace: 'whosaid-rate-limit:' } : {}),
        // If the shared store is unreachable, serve rather than fail every request.
        skipOnError: true,
        enableDraftSpec: true, // RateLimit-Limit / -Remaining / -Reset headers
        allowList: (request) => request.url === '/healthz' || request.url === '/readyz',
        errorResponseBuilder: (_request, context) => {
          return Object.assign(
            new Error(`Rate limit of ${context.max} requests per ${context.after} exceeded; retry after ${Math.ceil(context.ttl / 1000)} s.`),
            {
              statusCode: 429,
              code: 'RATE_LIMITED',
            },
          );
        },
      });
    }

    if (config.MAX_EVENT_LOOP_DELAY_MS > 0) {
      await app.register(underPressure, {
        maxEventLoopDelay: config.MAX_EVENT_LOOP_DELAY_MS,
        retryAfter: 5,
        pressureHandler: (request, reply, type, value) => {
          reply.header('retry-after', '5');
          void sendProblem(request, reply, { status: 503, code: 'OVERLOADED', detail: `The server is overloaded (${type}: ${value}); retry shortly.` });
        },
      });
    }
  },
  { name: 'security', dependencies: ['errors'] },
);
