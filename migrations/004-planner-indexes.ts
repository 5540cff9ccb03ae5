// Indexes the planner check (test/planner.test.ts) showed missing: every sorted list needs an index giving both
// its bounds and its (key, _id) order (ESR: equality, sort, range). Articles lists always ask for
// importState=complete, so their unfiltered page needs it in front; people lists filter on name words,
// affiliation and statementCount inside their sort indexes (checked on index keys, no document fetched);
// a role gets its own equality-first index per sort. Indexes that became a prefix of a new one are dropped.
import type { mongo } from 'mongoose';
import type { Migration } from './migration.js';

type Key = Record<string, 1 | -1>;

const created: Record<string, { name: string; key: Key }[]> = {
  articles: [
    { name: 'importState_publishedAt_id', key: { importState: 1, publishedAt: -1, _id: -1 } },
    { name: 'terms_publishedAt_id', key: { terms: 1, publishedAt: -1, _id: -1 } },
    { name: 'peopleIds_publishedAt_id', key: { peopleIds: 1, publishedAt: -1, _id: -1 } },
    { name: 'dateline_publishedAt_id', key: { dateline: 1, publishedAt: -1, _id: -1 } },
  ],
  statements: [
    { name: 'articleId_publishedAt_id', key: { articleId: 1, publishedAt: -1, _id: -1 } },
    { name: 'articleId_paragraph_start_id', key: { articleId: 1, paragraph: 1, start: 1, _id: 1 } },
    { name: 'groupId_publishedAt_id', key: { groupId: 1, publishedAt: -1, _id: -1 } },
  ],
  people: [
    { name: 'statementCount_id_nameTerms_affiliationKey', key: { statementCount: -1, _id: -1, nameTerms: 1, affiliationKey: 1 } },
    { name: 'name_id_nameTerms_affiliationKey_statementCount', key: { name: 1, _id: 1, nameTerms: 1, affiliationKey: 1, statementCount: 1 } },
    { name: 'lastSeenAt_id_nameTerms_affiliationKey_statementCount', key: { lastSeenAt: -1, _id: -1, nameTerms: 1, affiliationKey: 1, statementCount: 1 } },
    { name: 'roleTerms_statementCount_id', key: { roleTerms: 1, statementCount: -1, _id: -1 } },
    { name: 'roleTerms_name_id', key: { roleTerms: 1, name: 1, _id: 1 } },
    { name: 'roleTerms_lastSeenAt_id', key: { roleTerms: 1, lastSeenAt: -1, _id: -1 } },
  ],
};

/** Each one a prefix of an index above, which serves everything it served. */
const dropped: Record<string, string[]> = {
  articles: ['peopleIds_publishedAt', 'dateline'],
  statements: ['articleId_paragraph_start', 'groupId'],
  people: ['statementCount_id', 'name_id', 'lastSeenAt_id', 'roleTerms'],
};

const INDEX_NOT_FOUND = 27;

export const plannerIndexes: Migration = {
  version: 4,
  name: 'planner-indexes',
  async up(db: mongo.Db) {
    for (const [collection, specs] of Object.entries(created)) {
      // One at a time: FerretDB 1.24 drops the connection when a multi-index createIndexes finds them all existing.
      for (const { name, key } of specs) await db.collection(collection).createIndex(key, { name });
    }
    for (const [collection, names] of Object.entries(dropped)) {
      for (const name of names) {
        await db
          .collection(collection)
          .dropIndex(name)
          .catch((error: { code?: number }) => {
            if (error.code !== INDEX_NOT_FOUND) throw error; // already dropped, on a re-run
          });
      }
    }
  },
};
