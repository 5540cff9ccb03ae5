import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { pingDatabase } from '../db.js';
import { DB_RETRY_AFTER_SECONDS, sendProblem } from '../plugins/errors.js';
import { problemResponse } from '../schemas/problem.js';

const Health = Type.Object({
  status: Type.Literal('ok'),
  uptimeSeconds: Type.Number({ description: 'Seconds since the process started' }),
});

// Readiness probes give up after a second (Kubernetes' default) or less: answer well within that,
// whatever the database does, rather than after the query timeout.
export const READINESS_TIMEOUT_MS = 400;

const Ready = Type.Object({
  status: Type.Literal('ready'),
  database: Type.Literal('up'),
});

export default async function healthRoutes(app: FastifyInstance, options: { dbTimeoutMs: number }) {
  app.get(
    '/healthz',
    {
      schema: {
        tags: ['health'],
        operationId: 'getHealth',
        summary: 'Liveness: the process is up',
        description: 'Answers 200 while the process runs, whatever the state of the database.',
        response: { 200: Health },
      },
    },
    async () => ({ status: 'ok' as const, uptimeSeconds: Math.round(process.uptime()) }),
  );

  app.get(
    '/readyz',
    {
      schema: {
        tags: ['health'],
        operationId: 'getReadiness',
        summary: 'Readiness: the database answers',
        description:
          'Pings the database, answering within 500 ms whatever it does. 503 with Retry-After while it cannot be reached or is too slow; 200 again within a second of it coming back.',
        response: {
          200: Ready,
          503: problemResponse('The database is unreachable', { status: 503, code: 'DATABASE_UNAVAILABLE', detail: 'The database did not answer a ping.' }),
        },
      },
    },
    async (request, reply) => {
      try {
        await pingDatabase(app.db, Math.min(READINESS_TIMEOUT_MS, options.dbTimeoutMs));
        return { status: 'ready' as const, database: 'up' as const };
      } catch (error) {
        request.log.warn({ err: error }, 'readiness check failed');
        reply.header('retry-after', String(DB_RETRY_AFTER_SECONDS));
        return sendProblem(request, reply, { status: 503, code: 'DATABASE_UNAVAILABLE', detail: 'The database did not answer a ping.' });
      }
    },
  );
}
