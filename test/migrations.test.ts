import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import mongoose, { type Connection } from 'mongoose';
import { migrations } from '../migrations/index.js';
import { migrate, migrationStatus } from '../migrations/runner.js';
import { dropDatabase, testDatabaseUri } from './helpers/database.js';

describe('migrations', () => {
  let uri: string;
  let connection: Connection;
  before(async () => {
    uri = await testDatabaseUri('migrations');
    connection = await mongoose.createConnection(uri).asPromise();
  });
  after(async () => {
    await connection.close();
    await dropDatabase(uri);
  });

  test('apply in order, record themselves, and a second run applies nothing', async () => {
    const db = connection.db!;
    // Statements stored before publishedMonth existed.
    await db.collection('statements').insertMany([
      { text: 'a', publishedAt: new Date('2023-09-14T10:00:00Z') },
      { text: 'b', publishedAt: new Date('2024-06-30T23:59:00Z') },
      { text: 'c', publishedAt: null },
    ]);
    assert.deepEqual(
      (await migrationStatus(db)).map((s) => s.appliedAt),
      migrations.map(() => null),
    );
    const applied = await migrate(db);
    assert.deepEqual(
      applied.map((s) => s.version),
      migrations.map((m) => m.version),
    );
    assert.ok((await migrationStatus(db)).every((s) => s.appliedAt instanceof Date));
    assert.deepEqual(await migrate(db), [], 'nothing left to apply');

    const months = await db
      .collection('statements')
      .find({}, { projection: { _id: 0, text: 1, publishedMonth: 1 } })
      .sort({ text: 1 })
      .toArray();
    assert.deepEqual(months, [
      { text: 'a', publishedMonth: '2023-09' },
      { text: 'b', publishedMonth: '2024-06' },
      { text: 'c', publishedMonth: null },
    ]);
    const names = (await db.collection('articles').listIndexes().toArray()).map((i) => i.name);
    assert.ok(names.includes('sha256_unique'));
    const statementIndexes = (await db.collection('statements').listIndexes().toArray()).map((i) => i.name);
    assert.ok(statementIndexes.includes('publishedAt_desc_reading') && statementIndexes.includes('publishedAt_asc_reading'), 'one index per direction (005)');
    assert.ok(!statementIndexes.includes('publishedAt_id'), 'the index 005 supersedes is dropped');
  });

  test('each migration is safe to run again', async () => {
    const db = connection.db!;
    for (const migration of migrations) await migration.up(db);
    assert.equal(await db.collection('statements').countDocuments(), 3);
  });
});
