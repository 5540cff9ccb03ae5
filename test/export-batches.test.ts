// Exports read the database in small batches (EXPORT_BATCH_SIZE): the driver keeps a whole batch's per-document
// state until the batch is consumed, and big batches were measured to double the API's RSS over idle during a
// 200k-statement export (bench/RESULTS.md). The export is still complete and in order across many batches.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import request from 'supertest';
import { articleDocuments, generateArticle, generatePeople, random, weightedPicker } from '../seed/synthetic-corpus.js';
import { EXPORT_BATCH_SIZE } from '../src/services/lists.js';
import { csvRecords, parseNdjson } from './helpers/api.js';
import { buildTestApp, type TestApp } from './helpers/app.js';

describe('exports read the database in batches of EXPORT_BATCH_SIZE', () => {
  let t: TestApp;
  let statementCount = 0;
  let commands: { commandName: string; command: Record<string, unknown> }[] = [];
  const listener = (event: { commandName: string; command: Record<string, unknown> }) => {
    if (event.commandName === 'find' || event.commandName === 'getMore') commands.push(event);
  };

  before(async () => {
    t = await buildTestApp('export_batches', {}, { monitorCommands: true });
    const rand = random(7);
    const pickPerson = weightedPicker(generatePeople(50, rand), rand);
    const articles = [];
    const statements = [];
    for (let i = 0; statements.length < 2.5 * EXPORT_BATCH_SIZE; i++) {
      const docs = articleDocuments(generateArticle(i, 10, pickPerson, rand));
      articles.push(docs.article);
      statements.push(...docs.statements);
    }
    await t.app.db.db!.collection('articles').insertMany(articles);
    await t.app.db.db!.collection('statements').insertMany(statements);
    statementCount = statements.length;
    t.app.db.getClient().on('commandStarted', listener);
  });
  after(async () => {
    t.app.db.getClient().off('commandStarted', listener);
    await t.close();
  });

  for (const format of ['ndjson', 'csv'] as const) {
    test(`format=${format}: every statement, newest first, no batch over ${EXPORT_BATCH_SIZE}`, async () => {
      commands = [];
      const res = await request(t.app.server).get(`/v1/statements?format=${format}`).expect(200);
      const rows = format === 'ndjson' ? parseNdjson(res.text) : csvRecords(res.text);
      assert.equal(rows.length, statementCount);
      if (format === 'ndjson') {
        const dates = rows.map((s) => Date.parse((s as { publishedAt: string }).publishedAt));
        assert.ok(
          dates.every((d, i) => i === 0 || d <= dates[i - 1]!),
          'newest first',
        );
        assert.equal(new Set(rows.map((s) => (s as { id: string }).id)).size, statementCount, 'no statement twice');
      }

      const find = commands.find((c) => c.commandName === 'find' && c.command.find === 'statements' && c.command.limit === undefined);
      assert.ok(find, 'the export find was sent');
      assert.equal(find.command.batchSize, EXPORT_BATCH_SIZE);
      const getMores = commands.filter((c) => c.commandName === 'getMore' && c.command.collection === 'statements');
      assert.ok(getMores.length >= 2, `read in several batches (${getMores.length} getMore)`);
      for (const getMore of getMores) assert.equal(getMore.command.batchSize, EXPORT_BATCH_SIZE);
    });
  }
});
