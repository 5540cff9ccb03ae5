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
    throw new EmbeddedMongoUnavailable(
      `Could not start an embedded MongoDB (${(error as Error).message.split('\n')[0]}). ` +
        'Set MONGODB_URI to a running MongoDB, or run `docker compose up -d mongo` and set MONGODB_URI=mongodb://127.0.0.1:27017/whosaid.',
    );
  }
}
