// Statements per month becomes a $group on a stored 'YYYY-MM' (the portable aggregation subset has no
// date operators); sorted `mentions=` and `q=` pages get compound indexes ending in the keyset order.
import type { mongo } from 'mongoose';
import type { Migration } from './migration.js';

const CHUNK = 1000;

export const publishedMonth: Migration = {
  version: 3,
  name: 'published-month',
  async up(db: mongo.Db) {
    const statements = db.collection('statements');
    // Backfill: ids grouped by month, one updateMany per chunk (re-runs find nothing left to do).
    const byMonth = new Map<string | null, mongo.ObjectId[]>();
    const flush = async (month: string | null, ids: mongo.ObjectId[]) => {
      if (ids.length) await statements.updateMany({ _id: { $in: ids } }, { $set: { publishedMonth: month } });
    };
    for await (const doc of statements.find({ publishedMonth: { $exists: false } }, { projection: { publishedAt: 1 } })) {
      const month = doc.publishedAt instanceof Date ? doc.publishedAt.toISOString().slice(0, 7) : null;
      const ids = byMonth.get(month) ?? [];
      ids.push(doc._id as mongo.ObjectId);
      byMonth.set(month, ids);
      if (ids.length >= CHUNK) {
        await flush(month, ids);
        byMonth.set(month, []);
      }
    }
    for (const [month, ids] of byMonth) await flush(month, ids);
    await statements.createIndex({ publishedMonth: 1 }, { name: 'publishedMonth' });
    await statements.createIndex({ mentionIds: 1, publishedAt: -1, _id: -1 }, { name: 'mentionIds_publishedAt_id' });
    await statements.createIndex({ terms: 1, publishedAt: -1, _id: -1 }, { name: 'terms_publishedAt_id' });
  },
};
