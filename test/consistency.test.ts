// The consistency check finds each kind of damage, and `npm run db:check` reports it with exit 1.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import mongoose from 'mongoose';
import { collectArticleFiles, readArticleFiles } from '../src/ingest/files.js';
import { ArticleImporter } from '../src/ingest/import-articles.js';
import { SEED_ARTICLES_DIR } from '../src/ingest/seed-if-empty.js';
import { checkConsistency } from '../src/services/consistency.js';
import { buildTestApp, type TestApp } from './helpers/app.js';

const run = promisify(execFile);

async function dbCheck(uri: string): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'src/db-check.ts', '--json'], { env: { PATH: process.env.PATH, MONGODB_URI: uri } });
    return { code: 0, stdout };
  } catch (error) {
    const e = error as { code: number; stdout: string };
    return { code: e.code, stdout: e.stdout };
  }
}

describe('consistency check', () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp('consistency');
    const { inputs } = await readArticleFiles((await collectArticleFiles([SEED_ARTICLES_DIR])).files);
    await new ArticleImporter(t.app.models).importArticles(inputs);
  });
  after(async () => {
    await t.close();
  });

  test('a freshly imported database is consistent; db:check exits 0', async () => {
    const report = await checkConsistency(t.app.models);
    assert.deepEqual(report.violations, []);
    assert.ok(report.ok && report.counts.articles > 3 && report.counts.statements > 10 && report.counts.people > 3);
    const cli = await dbCheck(t.uri);
    assert.equal(cli.code, 0);
    assert.equal(JSON.parse(cli.stdout).ok, true);
  });

  test('each kind of damage is found; db:check exits 1 with the report', async () => {
    const { Article, Person, Statement } = t.app.models;
    const article = (await Article.findOne({ statementCount: { $gt: 0 } }).lean())!;
    const speaker = (await Statement.findOne({ speakerId: { $ne: null } }).lean())!;
    const named = (await Person.findOne({ _id: { $ne: speaker.speakerId } }).lean())!;
    await Article.updateOne({ _id: article._id }, { $inc: { statementCount: 1 } });
    await Person.updateOne({ _id: speaker.speakerId }, { $inc: { statementCount: 2 } });
    await Person.updateOne({ _id: named._id }, { $inc: { articleCount: 1 } });
    await Statement.collection.insertOne({ ...speaker, _id: new mongoose.Types.ObjectId(), articleId: new mongoose.Types.ObjectId() });
    await Person.collection.insertOne({ name: 'Nobody Named', key: 'nobody named', articleCount: 0, statementCount: 0 });
    await Article.collection.dropIndex('sha256_unique');
    const { _id, ...copy } = (await Article.findById(article._id).lean())!;
    assert.ok(_id);
    await Article.collection.insertOne({ ...copy, importState: 'pending' });

    const report = await checkConsistency(t.app.models);
    assert.equal(report.ok, false);
    assert.deepEqual(report.violationCounts, {
      'duplicate-content-hash': 1,
      'statement-without-article': 1,
      'article-statement-count': 1,
      'orphan-person': 1,
      'person-article-count': 1,
      'person-statement-count': 1,
    });
    assert.equal(report.counts.pendingArticles, 1);
    const cli = await dbCheck(t.uri);
    assert.equal(cli.code, 1);
    assert.deepEqual(JSON.parse(cli.stdout).violationCounts, report.violationCounts);
  });
});
