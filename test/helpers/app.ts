import type { FastifyInstance } from 'fastify';
import { after, before } from 'node:test';
import { migrate } from '../../migrations/runner.js';
import { buildApp, type AppOptions } from '../../src/app.js';
import { loadConfig, type Config } from '../../src/config.js';
import { dropDatabase, testDatabaseUri } from './database.js';
import { insertFixtures, type Fixture } from './fixtures.js';

export interface TestApp {
  app: FastifyInstance;
  uri: string;
  /** Closes the app and drops its database. */
  close(): Promise<void>;
}

/** The same app the server runs, migrated, on a database of its own. */
export async function buildTestApp(name: string, overrides: Partial<Config> = {}, options: AppOptions = {}): Promise<TestApp> {
  const uri = await testDatabaseUri(name);
  const config = { ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', SEED_ON_START: 'false' }), ...overrides, MONGODB_URI: uri };
  const app = await buildApp(config, options);
  await app.ready();
  await migrate(app.db.db!); // as src/server.ts does: the indexes (unique ones included) are part of the behaviour
  return {
    app,
    uri,
    close: async () => {
      await app.close();
      await dropDatabase(uri);
    },
  };
}

/**
 * For a describe block: registers `before` (the app on its own database, with the fixtures of fixtures.ts,
 * handed to `ready`) and `after` (the app closed, its database dropped).
 */
export function withFixtureApp(name: string, ready: (t: TestApp, f: Fixture) => void): void {
  let t: TestApp | undefined;
  before(async () => {
    t = await buildTestApp(name);
    ready(t, await insertFixtures(t.app.models));
  });
  after(async () => {
    await t?.close();
  });
}
