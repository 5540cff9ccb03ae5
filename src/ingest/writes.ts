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

// FerretDB 1.24 keeps each statement of an update command reading from its backend until the command ends, and
// each write needs one more backend connection: on PostgreSQL (a pool of 50 connections by default) a command of 50
// statements waits forever for a 51st (seen at the second batch of a 10,000-article seed); SQLite hangs at 100.
// Chunks of 20 leave room for two such commands at once; MongoDB does not care.
const BULK_CHUNK = 20;

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

/**
 * Inserts documents while they are being built: `build` is called for each item in turn, and each time a chunk of
 * `chunk` documents is ready it is sent (an unordered insert skipping duplicates, as insertIgnoringDuplicates) and
 * the next chunk is built while the server writes it. At most one insert is in flight, so the server receives the
 * same sequence of inserts as a plain chunked insertMany; only the building overlaps it. Returns every document
 * built, `waitedMs`, the time spent waiting for an insert before sending the next (the rest was building), and
 * `written`, to await once the caller has done its own work in the meantime: it resolves when every insert is
 * done, or rejects with the first insert's error.
 */
export async function insertWhileBuilding<T, D extends { _id: ObjectId }>(
  collection: mongo.Collection,
  items: readonly T[],
  build: (item: T) => D[],
  chunk = 1000,
): Promise<{ docs: D[]; waitedMs: number; written: () => Promise<void> }> {
  const docs: D[] = [];
  // The insert in flight never rejects: its error is kept, so no rejection goes unhandled while building.
  let inFlight: Promise<void> = Promise.resolve();
  let failure: { error: unknown } | null = null;
  const settled = async () => {
    await inFlight;
    if (failure) throw failure.error;
  };
  let sent = 0;
  let waitedMs = 0;
  const send = async (upTo: number) => {
    const waitFrom = performance.now();
    await settled();
    waitedMs += performance.now() - waitFrom;
    const part = docs.slice(sent, upTo);
    sent = upTo;
    inFlight = insertIgnoringDuplicates(collection, part).then(
      () => undefined,
      (error: unknown) => {
        failure = { error };
      },
    );
    // One turn of the event loop lets the driver serialise the command and put it on the wire before building resumes.
    await new Promise((resolve) => setImmediate(resolve));
  };
  for (const item of items) {
    docs.push(...build(item));
    if (docs.length - sent >= chunk) await send(docs.length);
  }
  if (docs.length > sent) await send(docs.length);
  return { docs, waitedMs, written: settled };
}
