// `npm run migrate`: applies pending migrations to MONGODB_URI and prints their status.
import { pino } from 'pino';
import { ConfigError, loadConfig } from '../src/config.js';
import { loggerOptions } from '../src/logger.js';
import { openConnection } from '../src/db.js';
import { migrate, migrationStatus } from './runner.js';

async function main(): Promise<number> {
  const config = loadConfig();
  const logger = pino(loggerOptions(config));
  if (!config.MONGODB_URI) {
    logger.error('MONGODB_URI is not set: migrations need a running database');
    return 1;
  }
  const connection = await openConnection({ uri: config.MONGODB_URI, timeoutMs: Math.max(config.DB_TIMEOUT_MS, 5000) });
  try {
    const db = connection.db;
    if (!db) throw new Error('no database handle');
    const applied = await migrate(db, logger);
    for (const s of await migrationStatus(db)) {
      console.log(`${String(s.version).padStart(3, '0')}-${s.name}\t${s.appliedAt ? `applied ${s.appliedAt.toISOString()}` : 'pending'}`);
    }
    console.log(`${applied.length} migration(s) applied`);
    return 0;
  } finally {
    await connection.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : `migrate failed: ${(error as Error).message}`);
    process.exit(1);
  },
);
