// The indexes behind every filter and sort the API offers. Keyset pagination sorts on (key, _id),
// so each sortable list has a compound index ending in _id.
import type { mongo } from 'mongoose';
import type { Migration } from './migration.js';

const indexes: Record<string, mongo.IndexDescription[]> = {
  articles: [
    { key: { sha256: 1 }, name: 'sha256_unique', unique: true },
    { key: { sourceFile: 1 }, name: 'sourceFile' },
    { key: { publishedAt: -1, _id: -1 }, name: 'publishedAt_id' },
    { key: { outlet: 1, publishedAt: -1, _id: -1 }, name: 'outlet_publishedAt_id' },
    { key: { peopleIds: 1, publishedAt: -1 }, name: 'peopleIds_publishedAt' },
    { key: { dateline: 1 }, name: 'dateline' },
    { key: { terms: 1 }, name: 'terms' },
    { key: { importState: 1 }, name: 'importState' },
  ],
  people: [
    { key: { key: 1 }, name: 'key_unique', unique: true },
    { key: { aliasKeys: 1 }, name: 'aliasKeys' },
    { key: { identityKeys: 1 }, name: 'identityKeys' },
    { key: { nameTerms: 1 }, name: 'nameTerms' },
    { key: { statementCount: -1, _id: -1 }, name: 'statementCount_id' },
    { key: { name: 1, _id: 1 }, name: 'name_id' },
    { key: { lastSeenAt: -1, _id: -1 }, name: 'lastSeenAt_id' },
    { key: { roleTerms: 1 }, name: 'roleTerms' },
    { key: { affiliationKey: 1 }, name: 'affiliationKey' },
  ],
  statements: [
    { key: { publishedAt: -1, _id: -1 }, name: 'publishedAt_id' },
    { key: { speakerId: 1, publishedAt: -1, _id: -1 }, name: 'speakerId_publishedAt_id' },
    { key: { outlet: 1, publishedAt: -1, _id: -1 }, name: 'outlet_publishedAt_id' },
    { key: { kind: 1, publishedAt: -1, _id: -1 }, name: 'kind_publishedAt_id' },
    { key: { articleId: 1, paragraph: 1, start: 1 }, name: 'articleId_paragraph_start' },
    { key: { mentionIds: 1 }, name: 'mentionIds' },
    { key: { groupId: 1 }, name: 'groupId' },
    { key: { terms: 1 }, name: 'terms' },
  ],
};

export const createIndexes: Migration = {
  version: 1,
  name: 'create-indexes',
  async up(db: mongo.Db) {
    for (const [collection, specs] of Object.entries(indexes)) {
      await db.createCollection(collection).catch((error: { code?: number }) => {
        if (error.code !== 48) throw error; // 48: NamespaceExists, on a re-run
      });
      // One at a time: FerretDB 1.24 drops the connection when a multi-index createIndexes finds them all existing.
      for (const { key, ...options } of specs) await db.collection(collection).createIndex(key, options);
    }
  },
};
