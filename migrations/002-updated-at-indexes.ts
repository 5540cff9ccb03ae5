// Exports answer If-None-Match from each collection's version (document count and latest updatedAt,
// src/services/lists.ts): an index on updatedAt makes that one index read instead of a collection scan.
import type { mongo } from 'mongoose';
import type { Migration } from './migration.js';

export const updatedAtIndexes: Migration = {
  version: 2,
  name: 'updated-at-indexes',
  async up(db: mongo.Db) {
    for (const collection of ['articles', 'people', 'statements']) {
      await db.collection(collection).createIndex({ updatedAt: -1 }, { name: 'updatedAt' });
    }
  },
};
