// Re-seeding after the extractor changed, on the real server: articles stored by an older extractor are
// re-extracted (statements replaced, people recomputed), nothing of the old extraction remains, a second
// seed changes nothing, and an interrupted re-extraction is completed by the next run.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import mongoose, { type Connection } from 'mongoose';
import { migrate } from '../migrations/runner.js';
import { extractBatch } from '../src/extract/index.js';
import { EXTRACTOR_VERSION } from '../src/extract/version.js';
import { ArticleImporter } from '../src/ingest/import-articles.js';
import type { ArticleInput } from '../src/ingest/prepared.js';
import { sha256 } from '../src/ingest/writes.js';
import { registerModels, type Models } from '../src/models/index.js';
import { dropDatabase, testDatabaseUri } from './helpers/database.js';

const corpus = (name: string) => readFileSync(fileURLToPath(new URL(`corpus/${name}`, import.meta.url)), 'utf8');
const FERRY = corpus('401_portvale-night-ferry.txt');
const WATER = corpus('402_lowmarsh-water-warning.txt');
const CUP = corpus('403_ridgefield-cup-final.txt');

// What an older extractor made of the ferry story: one remark it missed, one it invented, by someone
// the story does not name. Played by extracting this variant text and filing it under the real text's hash.
const STALE_QUOTE = 'nothing would change for the daytime crossings';
const STALE_PERSON = { name: { $regex: 'Brandvold' } };
const FERRY_AS_AN_OLDER_EXTRACTOR_READ_IT = FERRY.replace(
  'She added that the council would review the timetable in the autumn.',
  `Harbourmaster Ottilie Brandvold said ${STALE_QUOTE}.`,
);

const inputs: (ArticleInput & { file: string })[] = [
  { file: 'ferry.txt', raw: FERRY },
  { file: 'water.txt', raw: WATER },
  { file: 'cup.txt', raw: CUP },
];

/** A statement as stored, in the terms of the extractor's output. */
async function storedStatements(models: Models, file: string) {
  const article = await models.Article.findOne({ sourceFile: file }).lean();
  assert.ok(article, `${file} is stored`);
  const docs = await models.Statement.find({ articleId: article._id }).sort({ paragraph: 1, start: 1 }).lean();
  return docs.map((s) => ({ speaker: s.speakerName ?? null, kind: s.kind, text: s.text, source: s.source ?? null, paragraph: s.paragraph, start: s.start }));
}

function extractedStatements(file: string) {
  const output = extractBatch(inputs.map((i) => ({ file: i.file, raw: i.raw }))).find((o) => o.file === file);
  assert.ok(output && 'statements' in output);
  return output.statements
    .map((s) => ({ speaker: s.speaker, kind: s.kind, text: s.text, source: s.source, paragraph: s.paragraph, start: s.start }))
    .sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
}

/** Every stored figure agrees with what is stored: people's counts and articles, articles' statement counts. */
async function assertConsistent(models: Models) {
  const articles = await models.Article.find({}).lean();
  for (const a of articles) {
    assert.equal(a.importState, 'complete', `${a.sourceFile} complete`);
    assert.equal(a.statementCount, await models.Statement.countDocuments({ articleId: a._id }), `${a.sourceFile} statementCount`);
    assert.deepEqual(a.people.map((p) => p.personId.toHexString()).sort(), a.peopleIds.map((id) => id.toHexString()).sort(), `${a.sourceFile} people`);
  }
  for (const p of await models.Person.find({}).lean()) {
    assert.equal(p.statementCount, await models.Statement.countDocuments({ speakerId: p._id }), `${p.name} statementCount`);
    const inArticles = articles.filter((a) => a.peopleIds.some((id) => id.equals(p._id))).map((a) => a._id.toHexString());
    assert.deepEqual(p.articleIds.map((id) => id.toHexString()).sort(), inArticles.sort(), `${p.name} articles`);
    assert.equal(p.articleCount, inArticles.length, `${p.name} articleCount`);
  }
  const speakers = await models.Statement.distinct('speakerId', { speakerId: { $ne: null } });
  assert.equal(await models.Person.countDocuments({ _id: { $in: speakers } }), speakers.length, 'every speaker is a stored person');
}

/** The whole database, to show that a run changed nothing (timestamps included). */
async function snapshot(models: Models) {
  const all = async (model: typeof models.Article | typeof models.Person | typeof models.Statement) =>
    JSON.stringify(await (model as typeof models.Article).find({}).select('+terms').sort({ _id: 1 }).lean());
  return { articles: await all(models.Article), people: await all(models.Person), statements: await all(models.Statement) };
}

describe('re-extraction when the extractor changed', () => {
  let uri: string;
  let connection: Connection;
  let models: Models;

  before(async () => {
    uri = await testDatabaseUri('reextract');
    connection = await mongoose.createConnection(uri, { autoIndex: false }).asPromise();
    await migrate(connection.db!);
    models = registerModels(connection);
  });

  after(async () => {
    await connection.close();
    await dropDatabase(uri);
  });

  test('articles stored by an older extractor get the new extraction; nothing stale remains', async () => {
    const older = new ArticleImporter(models, EXTRACTOR_VERSION - 1);
    await older.importArticles([
      { file: 'ferry.txt', raw: FERRY_AS_AN_OLDER_EXTRACTOR_READ_IT },
      { file: 'water.txt', raw: WATER },
    ]);
    await models.Article.updateOne({ sourceFile: 'ferry.txt' }, { $set: { sha256: sha256(FERRY) } });
    await new ArticleImporter(models).importArticles([{ file: 'cup.txt', raw: CUP }]);
    assert.ok(
      (await storedStatements(models, 'ferry.txt')).some((s) => s.text === STALE_QUOTE),
      'the older extraction is stored',
    );
    assert.ok(await models.Person.exists(STALE_PERSON));
    const importer = new ArticleImporter(models);
    assert.equal(await importer.countOutdated(), 2);

    const summary = await importer.importArticles(inputs);

    assert.deepEqual(summary.articles, { inserted: 0, updated: 2, unchanged: 1, failed: 0 });
    for (const { file } of inputs) assert.deepEqual(await storedStatements(models, file), extractedStatements(file), `${file}: the new extraction`);
    assert.equal(await models.Statement.countDocuments({ text: STALE_QUOTE }), 0);
    assert.equal(await models.Person.exists(STALE_PERSON), null, 'a person only the old extraction had is gone');
    assert.equal(await models.Article.countDocuments(), 3);
    assert.equal(await models.Article.countDocuments({ extractorVersion: EXTRACTOR_VERSION }), 3);
    assert.equal(await importer.countOutdated(), 0);
    await assertConsistent(models);
  });

  test('seeding again changes nothing', async () => {
    const before = await snapshot(models);
    const summary = await new ArticleImporter(models).importArticles(inputs);
    assert.deepEqual(summary.articles, { inserted: 0, updated: 0, unchanged: 3, failed: 0 });
    assert.deepEqual(await snapshot(models), before);
  });

  test('a text stored by a newer extractor is left alone', async () => {
    await new ArticleImporter(models, EXTRACTOR_VERSION + 1).importArticles([{ file: 'ferry.txt', raw: FERRY }]);
    const ferry = await models.Article.findOne({ sourceFile: 'ferry.txt' }).lean();
    assert.equal(ferry?.extractorVersion, EXTRACTOR_VERSION + 1);
    const before = await snapshot(models);
    const summary = await new ArticleImporter(models).importArticles(inputs);
    assert.deepEqual(summary.articles, { inserted: 0, updated: 0, unchanged: 3, failed: 0 });
    assert.deepEqual(await snapshot(models), before);
  });

  test('a re-extraction interrupted midway is completed by the next run', async () => {
    // Play the older extraction again, then the state a kill -9 can leave in the middle of re-extracting
    // it: the article replaced and pending (already carrying the new version), old statements still there.
    await models.Article.deleteMany({ sourceFile: 'ferry.txt' });
    await models.Statement.deleteMany({});
    await models.Person.deleteMany({});
    await models.Article.deleteMany({});
    await new ArticleImporter(models, EXTRACTOR_VERSION - 1).importArticles([{ file: 'ferry.txt', raw: FERRY_AS_AN_OLDER_EXTRACTOR_READ_IT }]);
    await models.Article.updateOne(
      { sourceFile: 'ferry.txt' },
      { $set: { sha256: sha256(FERRY), importState: 'pending', extractorVersion: EXTRACTOR_VERSION } },
    );
    assert.equal(await models.Statement.countDocuments({ text: STALE_QUOTE }), 1);

    const summary = await new ArticleImporter(models).importArticles([{ file: 'ferry.txt', raw: FERRY }]);

    assert.deepEqual(summary.articles, { inserted: 0, updated: 1, unchanged: 0, failed: 0 });
    const fresh = extractBatch([{ file: 'ferry.txt', raw: FERRY }])[0]!;
    assert.ok('statements' in fresh);
    assert.deepEqual(
      await storedStatements(models, 'ferry.txt'),
      fresh.statements.map((s) => ({ speaker: s.speaker, kind: s.kind, text: s.text, source: s.source, paragraph: s.paragraph, start: s.start })),
    );
    assert.equal(await models.Person.exists(STALE_PERSON), null);
    await assertConsistent(models);
  });

  test('npm run seed re-extracts the files given and counts the outdated articles it was not given', async () => {
    await models.Article.updateMany({}, { $set: { extractorVersion: EXTRACTOR_VERSION - 1 } });
    await new ArticleImporter(models, EXTRACTOR_VERSION - 1).importArticles([{ file: 'water.txt', raw: WATER }]);
    const dir = mkdtempSync(join(tmpdir(), 'whosaid-reextract-'));
    try {
      writeFileSync(join(dir, 'ferry.txt'), FERRY);
      const seed = () =>
        spawnSync(process.execPath, ['--import', 'tsx', 'seed/seed.ts', dir, '--json'], {
          cwd: fileURLToPath(new URL('../', import.meta.url)),
          env: { PATH: process.env.PATH, MONGODB_URI: uri, LOG_LEVEL: 'silent' },
          encoding: 'utf8',
          timeout: 120000,
        });
      const first = seed();
      assert.equal(first.status, 0, first.stderr);
      const report = JSON.parse(first.stdout) as { articles: Record<string, number>; outdated: number };
      assert.deepEqual(report.articles, { inserted: 0, updated: 1, unchanged: 0, failed: 0 });
      assert.equal(report.outdated, 1, 'water.txt is still an older extraction');
      assert.deepEqual(await storedStatements(models, 'ferry.txt'), extractedStatements('ferry.txt'));
      const second = JSON.parse(seed().stdout) as { articles: Record<string, number>; outdated: number };
      assert.deepEqual(second.articles, { inserted: 0, updated: 0, unchanged: 1, failed: 0 });
      await assertConsistent(models);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
