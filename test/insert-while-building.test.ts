// Statements are written in chunks while the next are built (src/ingest/writes.ts insertWhileBuilding), without a database.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Types, type mongo } from 'mongoose';
import { insertWhileBuilding } from '../src/ingest/writes.js';

type Doc = { _id: Types.ObjectId; n: number };

/** A collection that records each insert, answers after a tick, and can refuse ids (as duplicates) or fail. */
function fakeCollection(options: { duplicates?: Set<number>; failOnCall?: number } = {}) {
  const calls: number[][] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const collection = {
    async insertMany(docs: Doc[]) {
      calls.push(docs.map((d) => d.n));
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight--;
      if (calls.length === options.failOnCall) throw Object.assign(new Error('server gone'), { code: 6 });
      const writeErrors = docs.flatMap((d, index) => (options.duplicates?.has(d.n) ? [{ code: 11000, index }] : []));
      if (writeErrors.length) throw Object.assign(new Error('E11000'), { writeErrors });
      return { insertedCount: docs.length };
    },
  };
  return { collection: collection as unknown as mongo.Collection, calls, maxInFlight: () => maxInFlight };
}

const items = Array.from({ length: 25 }, (_, i) => i);
const build = (i: number): Doc[] => Array.from({ length: 3 }, (_, j) => ({ _id: new Types.ObjectId(), n: i * 3 + j }));

describe('insertWhileBuilding', () => {
  test('every document is written once, in order, in chunks, one insert at a time', async () => {
    const fake = fakeCollection();
    const { docs, written } = await insertWhileBuilding(fake.collection, items, build, 10);
    await written();
    assert.equal(docs.length, 75);
    assert.deepEqual(
      fake.calls.flat(),
      Array.from({ length: 75 }, (_, n) => n),
    );
    assert.ok(fake.calls.length >= 7 && fake.calls.slice(0, -1).every((c) => c.length >= 10), JSON.stringify(fake.calls.map((c) => c.length)));
    assert.equal(fake.maxInFlight(), 1);
  });

  test('documents already stored (duplicate ids, a re-run after a crash) are skipped without error', async () => {
    const fake = fakeCollection({ duplicates: new Set([0, 11, 74]) });
    const { docs, written } = await insertWhileBuilding(fake.collection, items, build, 10);
    await written();
    assert.equal(docs.length, 75);
  });

  test('a failed insert is reported (by written, or by the next chunk) and never left unhandled', async () => {
    let unhandled = 0;
    const count = () => unhandled++;
    process.on('unhandledRejection', count);
    try {
      const early = fakeCollection({ failOnCall: 1 });
      await assert.rejects(async () => {
        const { written } = await insertWhileBuilding(early.collection, items, build, 10);
        await written();
      }, /server gone/);
      assert.ok(early.calls.length <= 2, 'no further chunk is sent after a failure is seen');

      const last = fakeCollection({ failOnCall: 7 }); // 75 documents in chunks of 12 (3 per item): 7 inserts, the last one fails;
      const { written } = await insertWhileBuilding(last.collection, items, build, 10);
      await new Promise((resolve) => setTimeout(resolve, 20)); // the last insert fails while the caller does other work
      await assert.rejects(written(), /server gone/);
      assert.equal(unhandled, 0);
    } finally {
      process.off('unhandledRejection', count);
    }
  });
});
