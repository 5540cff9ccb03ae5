// A small migration runner (migrate-mongo's model, without its config files): versioned steps,
// recorded in the `migrations` collection, each safe to run again.
import type { mongo } from 'mongoose';
import type { Logger } from 'pino';
import { migrations } from './index.js';
import type { Migration } from './migration.js';

type Db = mongo.Db;

export interface MigrationStatus {
  version: number;
  name: string;
  appliedAt: Date | null;
}

interface MigrationRecord {
  _id: number;
  name: string;
  appliedAt: Date;
}

export async function migrationStatus(db: Db, all: readonly Migration[] = migrations): Promise<MigrationStatus[]> {
  const records = await db.collection<MigrationRecord>('migrations').find({}).toArray();
  const applied = new Map(records.map((record) => [record._id, record.appliedAt]));
  return all.map(({ version, name }) => ({ version, name, appliedAt: applied.get(version) ?? null }));
}

/** Applies pending migrations in version order; returns the ones applied by this call. */
export async function migrate(db: Db, logger?: Pick<Logger, 'info'>, all: readonly Migration[] = migrations): Promise<MigrationStatus[]> {
  const ordered = [...all].sort((a, b) => a.version - b.version);
  const status = await migrationStatus(db, ordered);
  const applied: MigrationStatus[] = [];
  for (const migration of ordered) {
    if (status.find((s) => s.version === migration.version)?.appliedAt) continue;
    logger?.info({ migration: `${migration.version}-${migration.name}` }, 'applying migration');
    await migration.up(db);
    const appliedAt = new Date();
    // Upsert: two processes starting at once both run the (idempotent) step and record it once.
    await db
      .collection<MigrationRecord>('migrations')
      .updateOne({ _id: migration.version }, { $setOnInsert: { name: migration.name, appliedAt } }, { upsert: true });
    applied.push({ version: migration.version, name: migration.name, appliedAt });
  }
  return applied;
}
