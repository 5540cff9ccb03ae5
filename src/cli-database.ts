// The database start-up every command-line tool shares (seed, seed:synthetic, migrate): config and logger,
// a connection to MONGODB_URI that waits a little longer than the API's, closed however the tool ends.
import type { Connection, mongo } from 'mongoose';
import { pino, type Logger } from 'pino';
import { ConfigError, loadConfig, type Config } from './config.js';
import { openConnection } from './db.js';
import { loggerOptions } from './logger.js';

export interface CliDatabase {
  config: Config;
  logger: Logger;
  connection: Connection;
  db: mongo.Db;
}

const CLI_TIMEOUT_MS = 5000;

/** Runs `tool` with an open connection; a ConfigError naming `who` when MONGODB_URI is not set. */
export async function withCliDatabase<T>(who: string, tool: (cli: CliDatabase) => Promise<T>): Promise<T> {
  const config = loadConfig();
  // stderr: stdout is the tool's result alone (see src/cli-output.ts).
  const options = loggerOptions(config, 2);
  const logger = options.transport ? pino(options) : pino(options, pino.destination(2));
  if (!config.MONGODB_URI) throw new ConfigError(`MONGODB_URI is not set: ${who} needs a running database`);
  const connection = await openConnection({ uri: config.MONGODB_URI, timeoutMs: Math.max(config.DB_TIMEOUT_MS, CLI_TIMEOUT_MS) });
  try {
    const db = connection.db;
    if (!db) throw new Error('no database handle');
    return await tool({ config, logger, connection, db });
  } finally {
    await connection.close();
  }
}
