// With no MONGODB_URI, `npm start` runs MongoDB 7 in-process (mongodb-memory-server), data kept under DATA_DIR.
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';

export interface EmbeddedMongo {
  uri: string;
  stop(): Promise<void>;
}

export class EmbeddedMongoUnavailable extends Error {
  override name = 'EmbeddedMongoUnavailable';
}

export async function startEmbeddedMongo(dataDir: string): Promise<EmbeddedMongo> {
  const dbPath = resolve(join(dataDir, 'mongodb'));
  await mkdir(dbPath, { recursive: true });
  // mongodb-memory-server prints its own multi-line warning with a stack on failure; the user gets our one line instead.
  const warn = console.warn;
  console.warn = () => undefined;
  try {
    const { MongoMemoryServer } = await import('mongodb-memory-server-core');
    const server = await MongoMemoryServer.create({
      binary: { version: '7.0.14' },
      instance: { dbPath, storageEngine: 'wiredTiger', ip: '127.0.0.1' },
    });
    return {
      uri: server.getUri('whosaid'),
      stop: async () => {
        await server.stop({ doCleanup: false }); // keep the data for the next run
      },
    };
  } catch (error) {
    const { message, code } = error as Error & { code?: string };
    const reason = `${message.split('\n')[0]?.replace(/,? Details:$/, '')}${code ? `: ${code}` : ''}`;
    throw new EmbeddedMongoUnavailable(
      `Could not start an embedded MongoDB (${reason}). ` +
        'Set MONGODB_URI to a running server: `npm run db:start` (local FerretDB, works offline) and MONGODB_URI=mongodb://127.0.0.1:27018/whosaid, ' +
        'or `docker compose up -d mongo` and MONGODB_URI=mongodb://127.0.0.1:27017/whosaid.',
    );
  } finally {
    console.warn = warn;
  }
}
