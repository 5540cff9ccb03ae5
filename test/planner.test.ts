// Planner check: every query the API sends while serving its routes is one MongoDB's planner would answer
// from an index created by migrations/ (bounds, and the sort, from the index: no collection scan, no
// in-memory sort of an unbounded set). FerretDB, which the suite runs on, filters and sorts in memory, so
// this proves the MongoDB behaviour by its rules (test/helpers/planner.ts) rather than by timing it.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { collectArticleFiles, readArticleFiles } from '../src/ingest/files.js';
import { ArticleImporter } from '../src/ingest/import-articles.js';
import { SEED_ARTICLES_DIR } from '../src/ingest/seed-if-empty.js';
import { mongoSort } from '../src/services/keyset.js';
import { statementSort } from '../src/services/statements.js';
import { buildTestApp, type TestApp } from './helpers/app.js';
import { judge, shapeOf, type IndexSpec } from './helpers/planner.js';
import { exerciseRoutes, type Row } from './helpers/planner-routes.js';
import { SEED_SAMPLES } from './planner-samples.js';

describe('planner check: every route is index-served on MongoDB', () => {
  let t: TestApp;
  let rows: Row[];
  let indexes: IndexSpec[];

  before(async () => {
    t = await buildTestApp('planner', {}, { monitorCommands: true });
    const { files } = await collectArticleFiles([SEED_ARTICLES_DIR]);
    const { inputs } = await readArticleFiles(files);
    await new ArticleImporter(t.app.models).importArticles(inputs);
    ({ rows, indexes } = await exerciseRoutes(t.app, SEED_SAMPLES));
  });
  after(async () => {
    await t.close();
  });

  test('every list route, filter, sort, second page, export and item route was recorded', () => {
    const routes = new Set(rows.map((r) => r.route.split('?')[0]!.replace(/[0-9a-f]{24}/g, '{id}')));
    for (const route of [
      '/v1/statements',
      '/v1/people',
      '/v1/articles',
      '/v1/stats/statements',
      '/v1/people/{id}/statements',
      '/v1/statements/{id}',
      '/v1/people/{id}',
      '/v1/articles/{id}',
    ]) {
      assert.ok(routes.has(route), `no command recorded for ${route}`);
    }
    assert.ok(
      rows.some((r) => r.route.endsWith('(page 2)') && r.shape.includes('cursor')),
      'second pages were exercised',
    );
    assert.ok(
      rows.some((r) => r.route.includes('format=atom')),
      'feeds were exercised',
    );
    assert.ok(
      rows.some((r) => r.shape.includes('$in[2]')),
      'a repeated speaker was exercised',
    );
  });

  test('every query is served by an index (bounds and sort)', () => {
    const unserved = rows.filter((r) => !r.served);
    assert.deepEqual(
      unserved.map((r) => `${r.route}\n    ${r.shape}\n    best index: ${r.index ?? 'none'}; sort: ${r.sort}; ${r.reason}`),
      [],
    );
  });

  test('the check fails when a migration is missing: without speakerId_publishedAt_desc_reading a speaker page is sorted in memory', () => {
    const speakerPage = rows.find((r) => r.route.startsWith('/v1/statements?speaker=') && r.shape.startsWith('statements.find') && r.shape.includes('sort'));
    assert.ok(speakerPage);
    const command = { find: 'statements', filter: { speakerId: { $in: [1] } }, sort: mongoSort(statementSort('-publishedAt')), limit: 3 };
    const verdict = judge(
      shapeOf(command)!,
      indexes.filter((ix) => ix.name !== 'speakerId_publishedAt_desc_reading'),
    );
    assert.equal(verdict.served, false, JSON.stringify(verdict));
    assert.equal(judge(shapeOf(command)!, indexes).served, true);
  });

  test('reading order takes one index per direction: without publishedAt_asc_reading an oldest-first page is sorted in memory', () => {
    // publishedAt flips with the sort, paragraph and start do not: the newest-first index read backwards is not oldest first.
    const command = { find: 'statements', filter: {}, sort: mongoSort(statementSort('publishedAt')), limit: 3 };
    const verdict = judge(
      shapeOf(command)!,
      indexes.filter((ix) => ix.name !== 'publishedAt_asc_reading'),
    );
    assert.equal(verdict.sort, 'in memory', JSON.stringify(verdict));
    assert.equal(judge(shapeOf(command)!, indexes).index, 'publishedAt_asc_reading');
  });

  test('$in before a sort: merged runs up to 200 values, an in-memory sort beyond', () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => i);
    const command = (n: number) => ({ find: 'statements', filter: { speakerId: { $in: ids(n) } }, sort: mongoSort(statementSort('-publishedAt')) });
    assert.equal(judge(shapeOf(command(200))!, indexes).sort, 'index (merge of 200 runs)');
    assert.equal(judge(shapeOf(command(201))!, indexes).sort, 'in memory');
  });
});
