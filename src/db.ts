// The database connection and what callers need to know about it: opened to fail fast, pinged, and
// which errors mean "unreachable" (503 over HTTP; stop importing in the seeder). Used by the app and the CLIs.
import mongoose, { type Connection } from 'mongoose';

export interface DbOptions {
  uri: string;
  /** Server selection and connect timeout: how long a query waits before it fails. */
  timeoutMs: number;
  /** Emit the driver's command monitoring events ('commandStarted', ...) on the client: the planner check records them. */
  monitorCommands?: boolean;
}

const UNAVAILABLE_ERRORS = new Set([
  'MongoServerSelectionError',
  'MongooseServerSelectionError',
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
  'MongoNotConnectedError',
  'MongoTopologyClosedError',
  'MongoPoolClearedError',
]);

/** True for errors that mean "the database cannot be reached", as opposed to a bad query. */
export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current instanceof Error && depth < 4; depth++) {
    if (UNAVAILABLE_ERRORS.has(current.name)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/** Opens a connection that fails fast instead of buffering queries while the database is away. */
export async function openConnection(options: DbOptions): Promise<Connection> {
  const connection = mongoose.createConnection(options.uri, {
    bufferCommands: false,
    autoIndex: false, // indexes come from migrations
    autoCreate: false,
    serverSelectionTimeoutMS: options.timeoutMs,
    connectTimeoutMS: options.timeoutMs,
    heartbeatFrequencyMS: 2000, // notice a database coming back within seconds
    maxPoolSize: 20,
    monitorCommands: options.monitorCommands ?? false,
  });
  await connection.asPromise();
  return connection;
}

/**
 * Pings the database and fails after timeoutMs whatever the database does. The driver's own timeout
 * cancels the ping; the timer is the deadline for the paths it does not bound (opening a new connection
 * waits for connectTimeoutMS).
 */
export async function pingDatabase(connection: Connection, timeoutMs: number): Promise<void> {
  const db = connection.db;
  if (!db) throw Object.assign(new Error('not connected'), { name: 'MongoNotConnectedError' });
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error(`no answer to a ping within ${timeoutMs} ms`), { name: 'MongoNetworkTimeoutError' })), timeoutMs);
  });
  const ping = db.command({ ping: 1 }, { timeoutMS: timeoutMs });
  ping.catch(() => undefined); // the deadline may have answered already
  try {
    await Promise.race([ping, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
