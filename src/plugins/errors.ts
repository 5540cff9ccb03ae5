// One error handler: every failure leaves as RFC 9457 application/problem+json, never with a stack.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { STATUS_CODES } from 'node:http';
import { isDatabaseUnavailable } from '../db.js';
import { HttpProblem, invalidParameter, parameterDetail } from '../errors.js';
import { InvalidParam, Problem, type ProblemBody } from '../schemas/problem.js';

export const DB_RETRY_AFTER_SECONDS = 5;

const VALIDATION_PLACE = {
  querystring: 'query',
  params: 'path',
  headers: 'header',
  body: 'body',
} as const;

type ValidationIssue = NonNullable<FastifyError['validation']>[number];

/** Names the parameter an ajv error is about: the missing or extra property, or the path. */
function parameterName(issue: ValidationIssue): string {
  const params = issue.params as Record<string, unknown>;
  const path = issue.instancePath
    .replace(/^\//, '')
    .replace(/\/\d+$/, '')
    .replace(/\//g, '.');
  if (typeof params.missingProperty === 'string') return path ? `${path}.${params.missingProperty}` : params.missingProperty;
  if (typeof params.additionalProperty === 'string') return path ? `${path}.${params.additionalProperty}` : params.additionalProperty;
  return path || '(root)';
}

function reasonOf(issue: ValidationIssue): string {
  const params = issue.params as Record<string, unknown>;
  if (typeof params.additionalProperty === 'string') return 'is not a known parameter';
  if (Array.isArray(params.allowedValues)) return `must be one of: ${params.allowedValues.join(', ')}`;
  return issue.message ?? 'is invalid';
}

function validationProblem(error: FastifyError): ProblemBody {
  const place = VALIDATION_PLACE[(error.validationContext ?? 'querystring') as keyof typeof VALIDATION_PLACE] ?? 'query';
  // One entry per parameter: anyOf/union failures repeat the same name with sub-reasons.
  const byName = new Map<string, string>();
  for (const issue of error.validation ?? []) {
    const name = parameterName(issue);
    if (!byName.has(name)) byName.set(name, reasonOf(issue));
  }
  const invalidParams = [...byName].map(([name, reason]) => ({ name, in: place, reason }));
  const detail = invalidParams.map((p) => parameterDetail(p.in, p.name, p.reason)).join('; ');
  return { type: 'about:blank', title: 'Bad Request', status: 400, code: 'INVALID_PARAMETER', detail, invalidParams };
}

export function sendProblem(request: FastifyRequest, reply: FastifyReply, body: Omit<ProblemBody, 'type' | 'title'> & Partial<ProblemBody>) {
  const problem: ProblemBody = {
    type: body.type ?? 'about:blank',
    title: body.title ?? STATUS_CODES[body.status] ?? 'Error',
    ...body,
    instance: request.url.split('?')[0],
    requestId: request.id,
  };
  return reply.code(problem.status).type('application/problem+json').send(problem);
}

function toProblem(
  error: FastifyError | HttpProblem | Error,
  request: FastifyRequest,
): { body: Omit<ProblemBody, 'type' | 'title'>; headers?: Record<string, string> } {
  if (error instanceof HttpProblem) {
    return {
      body: {
        status: error.status,
        code: error.code,
        detail: error.message,
        ...(error.extra.invalidParams ? { invalidParams: error.extra.invalidParams } : {}),
      },
      headers: error.extra.headers,
    };
  }
  const fastifyError = error as FastifyError;
  if (fastifyError.validation) return { body: validationProblem(fastifyError) };
  if (isDatabaseUnavailable(error)) {
    return {
      body: { status: 503, code: 'DATABASE_UNAVAILABLE', detail: 'The database is unreachable; retry shortly.' },
      headers: { 'retry-after': String(DB_RETRY_AFTER_SECONDS) },
    };
  }
  const status = fastifyError.statusCode;
  if (status && status >= 400 && status < 500) {
    // Fastify's own client errors (bad JSON, body too large, unsupported media type...) are safe to show.
    return { body: { status, code: fastifyError.code ?? 'CLIENT_ERROR', detail: fastifyError.message } };
  }
  if (status === 503) {
    return {
      body: { status, code: fastifyError.code ?? 'SERVICE_UNAVAILABLE', detail: fastifyError.message },
      headers: { 'retry-after': String(DB_RETRY_AFTER_SECONDS) },
    };
  }
  request.log.error({ err: error }, 'unhandled error');
  return { body: { status: 500, code: 'INTERNAL_ERROR', detail: 'An unexpected error occurred; it has been logged.' } };
}

export default fp(
  async function errorsPlugin(app: FastifyInstance) {
    app.addSchema(InvalidParam);
    app.addSchema(Problem);

    app.setErrorHandler((error: FastifyError, request, reply) => {
      const { body, headers } = toProblem(error, request);
      if (headers) reply.headers(headers);
      return sendProblem(request, reply, body);
    });

    // ajv skips range checks on a number that is not finite: "limit=1e309" coerces to Infinity and passes.
    app.addHook('preHandler', async (request) => {
      for (const [place, values] of [
        ['query', request.query],
        ['path', request.params],
      ] as const) {
        if (!values || typeof values !== 'object') continue;
        for (const [name, value] of Object.entries(values)) {
          if (typeof value === 'number' && !Number.isFinite(value)) throw invalidParameter(name, 'must be a finite number', place);
        }
      }
    });

    app.setNotFoundHandler((request, reply) =>
      sendProblem(request, reply, { status: 404, code: 'ROUTE_NOT_FOUND', detail: `No route ${request.method} ${request.url.split('?')[0]}` }),
    );
  },
  { name: 'errors' },
);
