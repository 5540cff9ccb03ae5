// How the importer writes without transactions: ids derived from content, inserts that skip what is already
// stored, bulk writes in chunks every server handles.
import { createHash } from 'node:crypto';
import { Types, type mongo } from 'mongoose';

type ObjectId = Types.ObjectId;

export function sha256(raw: string): string {
  return createHash('sha256').update(raw, 'utf8').digest('hex');
}

/**
 * Ids derived from content: an article from its text, a statement from its article and place, a new person
 * from their key. A re-run after a crash, or a second writer importing the same text, produces the same ids,
 * so writes are idempotent (duplicates are refused by _id) instead of needing a transaction.
 */
export function derivedId(...parts: string[]): ObjectId {
  return new Types.ObjectId(sha256(parts.join('\u0000')).slice(0, 24));
}

export function uniqueIds(ids: readonly ObjectId[]): ObjectId[] {
  const seen = new Map<string, ObjectId>();
  for (const id of ids) seen.set(id.toHexString(), id);
  return [...seen.values()];
}

// FerretDB 1.24 (SQLite) hangs on an update command carrying 100 or more statements; MongoDB does not care.
const BULK_CHUNK = 50;

/** Unordered bulk writes in chunks the servers all handle; returns the number of matched documents. */
export async function bulkWriteInChunks(collection: mongo.Collection, operations: mongo.AnyBulkWriteOperation[]): Promise<number> {
  let matched = 0;
  for (let i = 0; i < operations.length; i += BULK_CHUNK) {
    const result = await collection.bulkWrite(operations.slice(i, i + BULK_CHUNK), { ordered: false });
    matched += result.matchedCount;
  }
  return matched;
}

/** Unordered insert; documents refused as duplicates (code 11000) are skipped and their ids returned. */
export async function insertIgnoringDuplicates(collection: mongo.Collection, docs: { _id: ObjectId }[]): Promise<ObjectId[]> {
  if (docs.length === 0) return [];
  try {
    await collection.insertMany(docs, { ordered: false });
    return [];
  } catch (error) {
    const writeErrors = (error as { writeErrors?: { code?: number; index: number }[] }).writeErrors;
    if (!Array.isArray(writeErrors) || writeErrors.length === 0 || writeErrors.some((w) => w.code !== 11000)) throw error;
    return writeErrors.map((w) => docs[w.index]!._id);
  }
}
