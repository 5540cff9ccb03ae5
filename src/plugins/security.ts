// Cross-origin access for browser frontends.
import cors from '@fastify/cors';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { corsOrigins, type Config } from '../config.js';

export default fp(
  async function securityPlugin(app: FastifyInstance, options: { config: Config }) {
    await app.register(cors, {
      origin: corsOrigins(options.config),
      methods: ['GET', 'HEAD', 'POST', 'DELETE', 'OPTIONS'],
      exposedHeaders: ['Link', 'ETag', 'Retry-After', 'X-Request-Id', 'Content-Disposition'],
      maxAge: 600,
    });
  },
  { name: 'security' },
);
