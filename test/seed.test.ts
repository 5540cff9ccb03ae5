// Seeding the five sample articles on the real server: counts, idempotence, cross-article people,
// grouping of the same remark across outlets, bad files, changed texts, interrupted imports.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import mongoose, { type Connection } from 'mongoose';
import { migrate } from '../migrations/runner.js';
import { collectArticleFiles, readArticleFiles } from '../src/ingest/files.js';
import { ArticleImporter } from '../src/ingest/import-articles.js';
import { SEED_ARTICLES_DIR } from '../src/ingest/seed-if-empty.js';
import { registerModels, type Models } from '../src/models/index.js';
import { dropDatabase, testDatabaseUri } from './helpers/database.js';

const ANTONOV = 'Anatoly Antonov';
const PUTIN = 'Vladimir Putin';
const KIM = 'Kim Jong Un';

async function seedInputs() {
  const { files } = await collectArticleFiles([SEED_ARTICLES_DIR]);
  return (await readArticleFiles(files)).inputs;
}

async function counts(models: Models) {
  return {
    articles: await models.Article.countDocuments(),
    people: await models.Person.countDocuments(),
    statements: await models.Statement.countDocuments(),
  };
}

/** Every person's figures, to compare two states of the database. */
async function peopleSnapshot(models: Models) {
  const people = await models.Person.find({}, { name: 1, articleCount: 1, statementCount: 1 }).sort({ name: 1 }).lean();
  return people.map((p) => `${p.name}:${p.articleCount}:${p.statementCount}`);
}

describe('seeding', () => {
  let uri: string;
  let connection: Connection;
  let models: Models;
  let importer: ArticleImporter;

  before(async () => {
    uri = await testDatabaseUri('seed');
    connection = await mongoose.createConnection(uri, { autoIndex: false }).asPromise();
    await migrate(connection.db!);
    models = registerModels(connection);
    importer = new ArticleImporter(models);
  });

  after(async () => {
    await connection.close();
    await dropDatabase(uri);
  });

  test('the five seeds import as five articles, their people and statements', async () => {
    const summary = await importer.importArticles(await seedInputs());
    assert.deepEqual(summary.articles, { inserted: 5, updated: 0, unchanged: 0, failed: 0 });
    assert.deepEqual(summary.failures, []);
    const c = await counts(models);
    assert.equal(c.articles, 5);
    assert.ok(c.statements >= 35, `statements: ${c.statements}`);
    const names = (await models.Person.find({}, { name: 1 }).lean()).map((p) => p.name).sort();
    const expected = [
      'Alexander Matsegora',
      ANTONOV,
      'Donald Trump',
      'Georgy Toloraya',
      'John Kirby',
      KIM,
      'Kwon Jung-geun',
      'Maria Zakharova',
      'Matthew Miller',
      'Michael Pompeo',
      'Nikki Haley',
      'Pyotr Ilyichev',
      PUTIN,
      'Yuri Ushakov',
    ];
    for (const name of expected)
      assert.ok(names.includes(name) || (name === KIM && names.includes('Kim Jong-un')), `${name} is a person (have: ${names.join(', ')})`);
    // "[Biden] administration" may or may not count as naming Biden; nobody else is a person here.
    const extra = names.filter((n) => !expected.includes(n) && n !== 'Kim Jong-un' && !/Biden/.test(n));
    assert.deepEqual(extra, [], 'no organisation or place became a person');
    assert.equal(c.people, names.length);
    assert.equal(await models.Article.countDocuments({ importState: { $ne: 'complete' } }), 0);
  });

  test('Antonov is one person with his three articles, Putin one with four, Kim Jong Un / Kim Jong-un one', async () => {
    const antonov = await models.Person.findOne({ aliasKeys: 'anatoly antonov' }).lean();
    assert.ok(antonov);
    assert.equal(antonov.name, ANTONOV);
    assert.equal(antonov.articleCount, 3);
    assert.equal(await models.Person.countDocuments({ aliasKeys: 'antonov' }), 1);
    const articles = await models.Article.find({ _id: { $in: antonov.articleIds } }, { sourceFile: 1 }).lean();
    assert.deepEqual(articles.map((a) => a.sourceFile).sort(), ['000_5737fbf914914f1a.txt', '001_88038d95cafbbf4e.txt', '002_9a85540538046ec8.txt']);
    assert.equal(antonov.statementCount, await models.Statement.countDocuments({ speakerId: antonov._id }));
    assert.ok(antonov.statementCount >= 15, `Antonov statements: ${antonov.statementCount}`);
    assert.ok(
      antonov.roles.some((r) => /ambassador/i.test(r.role)),
      'his role is kept',
    );

    const putin = await models.Person.find({ aliasKeys: 'putin' }).lean();
    assert.equal(putin.length, 1, 'one Putin');
    assert.equal(putin[0]!.name, PUTIN);
    assert.equal(putin[0]!.articleCount, 4);
    assert.ok(putin[0]!.aliasKeys.includes('vladimir vladimirovich putin'), 'the patronymic form is an alias');

    const kim = await models.Person.find({ aliasKeys: { $in: ['kim jong un'] } }).lean();
    assert.equal(kim.length, 1, 'one Kim Jong Un');
    assert.equal(kim[0]!.articleCount, 3);

    const matsegora = await models.Person.findOne({ aliasKeys: 'alexander matsegora' }).lean();
    assert.equal(matsegora?.articleCount, 2);
  });

  test('the same Antonov remarks reported by TASS and Sputnik share a group', async () => {
    const antonov = await models.Person.findOne({ aliasKeys: 'anatoly antonov' }).lean();
    const tass = await models.Statement.findOne({ speakerId: antonov!._id, text: /no right to lecture us/ }).lean();
    const sputnik = await models.Statement.findOne({ speakerId: antonov!._id, text: /no right to teach us/ }).lean();
    assert.ok(tass && sputnik, 'both reports are stored');
    assert.notEqual(tass.outlet, sputnik.outlet);
    assert.equal(tass.groupId, sputnik.groupId);
    // Different remarks of the same speaker are not lumped together.
    const shivering = await models.Statement.findOne({ speakerId: antonov!._id, text: /shivering from the success/ }).lean();
    assert.ok(shivering);
    assert.notEqual(shivering.groupId, tass.groupId);
    assert.equal(await models.Statement.countDocuments({ groupId: shivering.groupId }), 1);
  });

  test('statements carry their article, outlet, date and offsets into the clean paragraph', async () => {
    const statements = await models.Statement.find({}).lean();
    const articles = new Map((await models.Article.find({}).lean()).map((a) => [a._id.toHexString(), a]));
    for (const s of statements) {
      const article = articles.get(s.articleId.toHexString());
      assert.ok(article);
      assert.equal(s.outlet, article.outlet);
      assert.equal(s.publishedAt?.getTime(), article.publishedAt?.getTime());
      assert.equal(article.paragraphs[s.paragraph]?.slice(s.start, s.end), s.text);
    }
  });

  test('a second run changes nothing', async () => {
    const before = await counts(models);
    const snapshot = await peopleSnapshot(models);
    const summary = await importer.importArticles(await seedInputs());
    assert.deepEqual(summary.articles, { inserted: 0, updated: 0, unchanged: 5, failed: 0 });
    assert.deepEqual(await counts(models), before);
    assert.deepEqual(await peopleSnapshot(models), snapshot);
  });

  test('a changed text replaces that article and its statements', async () => {
    const inputs = await seedInputs();
    const before = await counts(models);
    const tassFile = '003_8d983231c71b7538.txt';
    const original = inputs.find((i) => i.file === tassFile)!;
    const changed = { file: tassFile, raw: original.raw.replace(/\n"Other numerous ungrounded accusations[^\n]*\n?/, '\n') };
    assert.notEqual(changed.raw, original.raw);
    const summary = await importer.importArticles([changed]);
    assert.deepEqual(summary.articles, { inserted: 0, updated: 1, unchanged: 0, failed: 0 });
    const after = await counts(models);
    assert.equal(after.articles, before.articles);
    assert.equal(after.statements, before.statements - 1);
    assert.equal(await models.Statement.countDocuments({ text: /Other numerous ungrounded accusations/ }), 0);
    const toloraya = await models.Person.findOne({ aliasKeys: 'georgy toloraya' }).lean();
    assert.equal(toloraya!.statementCount, await models.Statement.countDocuments({ speakerId: toloraya!._id }));
    // And back again.
    await importer.importArticles([original]);
    assert.deepEqual(await counts(models), before);
  });

  test('an interrupted import (article left pending, statements half written) is repaired by a re-run', async () => {
    const before = await counts(models);
    const snapshot = await peopleSnapshot(models);
    const article = await models.Article.findOne({ sourceFile: '002_9a85540538046ec8.txt' }).lean();
    assert.ok(article);
    // The state a kill -9 can leave: article pending, some statements gone, counters already bumped.
    await models.Article.updateOne({ _id: article._id }, { $set: { importState: 'pending' } });
    const some = await models.Statement.find({ articleId: article._id }, { _id: 1 }).limit(3).lean();
    await models.Statement.deleteMany({ _id: { $in: some.map((s) => s._id) } });
    await models.Person.updateMany({ _id: { $in: article.peopleIds } }, { $inc: { statementCount: 7 } });

    const summary = await importer.importArticles(await seedInputs());
    assert.equal(summary.articles.updated, 1, 'the pending article is redone');
    assert.equal(summary.articles.unchanged, 4);
    assert.deepEqual(await counts(models), before);
    assert.deepEqual(await peopleSnapshot(models), snapshot);
    assert.equal(await models.Article.countDocuments({ importState: 'pending' }), 0);
  });

  test('an import killed before its final write (statements and people written, article not) is completed by a re-run', async () => {
    const before = await counts(models);
    const snapshot = await peopleSnapshot(models);
    const article = await models.Article.findOne({ sourceFile: '004_a8e3a4fae1041a4b.txt' }).lean();
    assert.ok(article);
    await models.Article.deleteOne({ _id: article._id });
    const summary = await importer.importArticles(await seedInputs());
    assert.equal(summary.articles.inserted, 1);
    assert.deepEqual(await counts(models), before, 'no statement stored twice');
    assert.deepEqual(await peopleSnapshot(models), snapshot, 'no person counted the article twice');
  });
});

describe('npm run seed (the command)', () => {
  let uri: string;
  let dir: string;

  before(async () => {
    uri = await testDatabaseUri('seedcli');
    dir = await mkdtemp(join(tmpdir(), 'whosaid-seed-'));
    await copyFile(join(SEED_ARTICLES_DIR, '000_5737fbf914914f1a.txt'), join(dir, 'a.txt'));
    await copyFile(join(SEED_ARTICLES_DIR, '002_9a85540538046ec8.txt'), join(dir, 'b.txt'));
    await writeFile(join(dir, 'empty.txt'), '');
    await writeFile(join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3, 255, 254, 0, 0, 7, 8, 9, 0, 0, 0, 0x89, 0x50, 0x4e, 0x47]));
  });

  after(async () => {
    await rm(dir, { recursive: true, force: true });
    await dropDatabase(uri);
  });

  const seed = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'seed/seed.ts', ...args], {
      env: { PATH: process.env.PATH, MONGODB_URI: uri, LOG_LEVEL: 'silent' },
      encoding: 'utf8',
      timeout: 120000,
    });

  test('a bad file is reported and skipped, the others import, the exit status says so', () => {
    const run = seed(dir, '--json');
    assert.equal(run.status, 1, run.stderr);
    const report = JSON.parse(run.stdout) as {
      files: number;
      articles: Record<string, number>;
      people: number;
      statements: number;
      failures: { file: string; code: string; message: string }[];
    };
    assert.equal(report.files, 4);
    assert.deepEqual(report.articles, { inserted: 2, updated: 0, unchanged: 0, failed: 2 });
    assert.deepEqual(report.failures.map((f) => f.file).sort(), ['binary.txt', 'empty.txt']);
    for (const f of report.failures) assert.ok(f.code && f.message);
    assert.ok(report.people >= 3 && report.statements > 5);
  });

  test('running it again changes nothing; --drop starts from empty', async () => {
    const again = JSON.parse(seed(dir, '--json').stdout) as { articles: Record<string, number>; people: number; statements: number };
    assert.deepEqual(again.articles, { inserted: 0, updated: 0, unchanged: 2, failed: 2 });
    const fresh = seed(join(dir, 'a.txt'), '--drop', '--json');
    assert.equal(fresh.status, 0, fresh.stderr);
    const report = JSON.parse(fresh.stdout) as { articles: Record<string, number>; people: number; statements: number };
    assert.deepEqual(report.articles, { inserted: 1, updated: 0, unchanged: 0, failed: 0 });
    assert.ok(report.statements < again.statements);
  });

  test('a missing path is reported, not a crash', async () => {
    const run = seed(join(dir, 'nope.txt'), '--json');
    assert.equal(run.status, 1);
    const report = JSON.parse(run.stdout) as { failures: { file: string; code: string }[] };
    assert.equal(report.failures[0]?.code, 'NOT_FOUND');
    assert.ok((await readFile(join(dir, 'a.txt'), 'utf8')).length > 0);
  });
});
