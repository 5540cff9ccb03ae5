// Each test file gets its own database on the server given by MONGODB_URI (or an in-memory MongoDB), and drops it.
import mongoose from 'mongoose';

let embedded: { uri: string; stop(): Promise<void> } | undefined;

async function serverUri(): Promise<string> {
  if (process.env.MONGODB_URI) return process.env.MONGODB_URI;
  if (!embedded) {
    const { MongoMemoryServer } = await import('mongodb-memory-server-core');
    const server = await MongoMemoryServer.create();
    embedded = { uri: server.getUri(), stop: () => server.stop().then(() => undefined) };
  }
  return embedded.uri;
}

/** The server URI with its database name replaced. */
export function withDatabase(uri: string, database: string): string {
  const match = /^(mongodb(?:\+srv)?:\/\/[^/?]+)(?:\/[^?]*)?(\?.*)?$/.exec(uri);
  if (!match) throw new Error(`Cannot parse MONGODB_URI ${uri}`);
  return `${match[1]}/${database}${match[2] ?? ''}`;
}

export async function testDatabaseUri(name: string): Promise<string> {
  const safe = name.replace(/[^a-zA-Z0-9]/g, '_').slice(0, 30);
  return withDatabase(await serverUri(), `whosaid_test_${safe}_${process.pid}`);
}

export async function dropDatabase(uri: string): Promise<void> {
  const connection = await mongoose.createConnection(uri, { serverSelectionTimeoutMS: 5000 }).asPromise();
  try {
    await connection.dropDatabase();
  } finally {
    await connection.close();
  }
}

export async function stopEmbeddedServer(): Promise<void> {
  await embedded?.stop();
  embedded = undefined;
}
