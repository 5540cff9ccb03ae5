// Conditional GETs: an ETag on every successful GET and 304 on a matching If-None-Match, plus Cache-Control
// for the public, read-only /v1 data. JSON bodies get a strong ETag (a hash of the bytes); streamed exports
// arrive with a weak ETag the route computed (src/routes/list-reply.ts), since their bytes are not known up front.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { createHash } from 'node:crypto';

export interface HttpCacheOptions {
  /** URL prefix of the routes whose responses shared caches may keep. */
  prefix: string;
  maxAgeSeconds: number;
}

/** If-None-Match uses the weak comparison (RFC 9110 §13.1.2): W/ prefixes are ignored. */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}

export default fp(
  async function httpCachePlugin(app: FastifyInstance, options: HttpCacheOptions) {
    app.addHook('onSend', async (request, reply, payload) => {
      if ((request.method !== 'GET' && request.method !== 'HEAD') || reply.statusCode !== 200) return payload;
      if (request.url.startsWith(options.prefix)) {
        reply.header('cache-control', `public, max-age=${options.maxAgeSeconds}`);
        // The Accept header picks JSON, CSV or NDJSON on list routes.
        const vary = reply.getHeader('vary');
        reply.header('vary', vary ? `${String(vary)}, Accept` : 'Accept');
      }
      let etag = reply.getHeader('etag') as string | undefined;
      if (!etag && (typeof payload === 'string' || Buffer.isBuffer(payload))) {
        etag = `"${createHash('sha256').update(payload).digest('base64url').slice(0, 27)}"`;
        reply.header('etag', etag);
      }
      if (!etag || !etagMatches(request.headers['if-none-match'], etag)) return payload;
      if (payload && typeof (payload as { destroy?: unknown }).destroy === 'function') (payload as { destroy(): void }).destroy();
      reply.code(304);
      reply.removeHeader('content-type');
      reply.removeHeader('content-length');
      reply.removeHeader('content-disposition');
      return null;
    });
  },
  { name: 'http-cache' },
);
