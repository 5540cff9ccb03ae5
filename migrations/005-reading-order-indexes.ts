// Statement lists break publication-time ties in reading order: (publishedAt, articleId) in the sort's direction,
// then paragraph, start and _id ascending (src/services/statements.ts). An index serves one order and its exact
// reverse, and the two sorts differ in relative direction (publishedAt flips, paragraph does not), so every
// sorted statement filter needs one index per direction; otherReports (groupId) are only read newest first.
// The (key, publishedAt, _id) indexes they replace keep serving nothing the new ones do not: dropped, with the
// single-field mentionIds and terms indexes, prefixes of these since migration 003.
import type { mongo } from 'mongoose';
import type { Migration } from './migration.js';

type Key = Record<string, 1 | -1>;

/** (publishedAt, articleId) in one direction, then reading order; with article= the article leads (an equality) and leaves the sort. */
const reading = (direction: 1 | -1, lead?: string): Key => ({
  ...(lead ? { [lead]: 1 as const } : {}),
  publishedAt: direction,
  ...(lead === 'articleId' ? {} : { articleId: direction }),
  paragraph: 1,
  start: 1,
  _id: 1,
});

const created: { name: string; key: Key }[] = [
  ...[undefined, 'speakerId', 'outlet', 'kind', 'mentionIds', 'terms', 'articleId'].flatMap((lead) => [
    { name: `${lead ? `${lead}_` : ''}publishedAt_desc_reading`, key: reading(-1, lead) },
    { name: `${lead ? `${lead}_` : ''}publishedAt_asc_reading`, key: reading(1, lead) },
  ]),
  { name: 'groupId_publishedAt_desc_reading', key: reading(-1, 'groupId') },
];

const dropped = [
  'publishedAt_id',
  'speakerId_publishedAt_id',
  'outlet_publishedAt_id',
  'kind_publishedAt_id',
  'mentionIds_publishedAt_id',
  'terms_publishedAt_id',
  'articleId_publishedAt_id',
  'groupId_publishedAt_id',
  'mentionIds',
  'terms',
];

const INDEX_NOT_FOUND = 27;

export const readingOrderIndexes: Migration = {
  version: 5,
  name: 'reading-order-indexes',
  async up(db: mongo.Db) {
    const statements = db.collection('statements');
    // One at a time: FerretDB 1.24 drops the connection when a multi-index createIndexes finds them all existing.
    for (const { name, key } of created) await statements.createIndex(key, { name });
    for (const name of dropped) {
      await statements.dropIndex(name).catch((error: { code?: number }) => {
        if (error.code !== INDEX_NOT_FOUND) throw error; // already dropped, on a re-run
      });
    }
  },
};
