// API keys for write routes: `Authorization: Bearer <key>`, compared in constant time. Only spaces and tabs
// separate the scheme from the key (RFC 9110); any other character, non-ASCII spaces included, is part of the key.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { createHash, timingSafeEqual } from 'node:crypto';
import { HttpProblem } from '../errors.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** preHandler for write routes. */
    requireApiKey: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
  }
}

// Hashing first gives equal-length buffers, so timingSafeEqual never leaks a key's length.
const digest = (value: string) => createHash('sha256').update(value).digest();

export default fp(
  async function authPlugin(app: FastifyInstance, options: { keys: string[] }) {
    const keys = options.keys.map(digest);
    app.decorate('requireApiKey', async (request: FastifyRequest, reply: FastifyReply) => {
      if (keys.length === 0) {
        throw new HttpProblem(403, 'WRITES_DISABLED', 'Writes are turned off on this server: no API key is configured (API_KEYS).');
      }
      const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(request.headers.authorization ?? '');
      if (!match) {
        reply.header('www-authenticate', 'Bearer realm="whosaid"');
        throw new HttpProblem(401, 'UNAUTHENTICATED', "Send an API key as 'Authorization: Bearer <key>'.", {
          invalidParams: [{ name: 'authorization', in: 'header', reason: 'is missing or not a Bearer token' }],
        });
      }
      const given = digest(match[1]!);
      let ok = false;
      for (const key of keys) ok = timingSafeEqual(given, key) || ok; // check them all: no early exit
      if (!ok) {
        reply.header('www-authenticate', 'Bearer realm="whosaid", error="invalid_token"');
        throw new HttpProblem(401, 'INVALID_API_KEY', 'The API key is not valid.', {
          invalidParams: [{ name: 'authorization', in: 'header', reason: 'is not a valid API key' }],
        });
      }
    });
  },
  { name: 'auth', dependencies: ['errors'] },
);
