// One mongoose connection for the app: opened at registration, closed on app close.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Connection } from 'mongoose';
import { openConnection, type DbOptions } from '../db.js';
import { registerModels, type Models } from '../models/index.js';

declare module 'fastify' {
  interface FastifyInstance {
    db: Connection;
    models: Models;
  }
}

export default fp(
  async function dbPlugin(app: FastifyInstance, options: DbOptions) {
    const connection = await openConnection(options);
    app.decorate('db', connection);
    app.decorate('models', registerModels(connection));
    app.addHook('onClose', async () => {
      await connection.close();
    });
  },
  { name: 'db' },
);
