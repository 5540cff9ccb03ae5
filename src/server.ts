// Starts whosaid: config → database (embedded if no MONGODB_URI) → migrations → seed if empty → listen.
import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { EmbeddedMongoUnavailable, startEmbeddedMongo, type EmbeddedMongo } from './embedded-mongo.js';
import { seedIfEmpty } from './ingest/seed-if-empty.js';
import { migrate } from '../migrations/runner.js';

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }

  let embedded: EmbeddedMongo | undefined;
  let uri = config.MONGODB_URI;
  if (!uri) {
    try {
      embedded = await startEmbeddedMongo(config.DATA_DIR);
    } catch (error) {
      if (error instanceof EmbeddedMongoUnavailable) {
        console.error(error.message);
        process.exit(1);
      }
      throw error;
    }
    uri = embedded.uri;
  }

  const app = await buildApp({ ...config, MONGODB_URI: uri });
  if (embedded) app.addHook('onClose', async () => embedded.stop());

  // Stop accepting, let in-flight requests finish, close the database: on SIGINT, SIGTERM or a crash.
  closeWithGrace({ delay: config.REQUEST_TIMEOUT_MS + 1000 }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, 'shutting down after an error');
    else app.log.info({ signal }, 'shutting down');
    await app.close();
  });

  const db = app.db.db;
  if (!db) throw new Error('database handle missing after connect');
  await migrate(db, app.log);
  if (config.SEED_ON_START) await seedIfEmpty(app.models, app.log);

  const address = await app.listen({ port: config.PORT, host: config.HOST });
  app.log.info(
    { api: address, docs: `${address}/docs`, openapi: `${address}/openapi.json`, embeddedMongo: Boolean(embedded) },
    `whosaid listening on ${address} (docs: ${address}/docs)`,
  );
}

main().catch((error: unknown) => {
  console.error(`whosaid failed to start: ${(error as Error).message}`);
  process.exit(1);
});
