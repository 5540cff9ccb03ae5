// `npm run seed:synthetic -- --articles N [--people 3000] [--seed 1] [--drop] [--force] [--json]`: writes N
// generated articles (about ten statements each) and their people straight into MONGODB_URI, for benchmarks.
// It refuses a database holding imported (non-synthetic) articles unless --force: invented people would
// then answer the demo's questions. Meant for a database of its own, e.g. .../whosaid_synthetic.
import { Presets, SingleBar } from 'cli-progress';
import { parseArgs } from 'node:util';
import { migrate } from '../migrations/runner.js';
import { withCliDatabase } from '../src/cli-database.js';
import { exitQuietlyOnClosedPipe } from '../src/cli-output.js';
import { ConfigError } from '../src/config.js';
import { articleDocuments, generateArticle, generatePeople, PeopleTally, random, SYNTHETIC_SOURCE_FILE, weightedPicker } from './synthetic-corpus.js';

const BATCH = 1000;
const USAGE = 'usage: npm run seed:synthetic -- [--articles 1000] [--people 3000] [--seed 1] [--drop] [--force] [--json]';

/** Refused before anything is written; exit status 2. */
class RefusedError extends Error {}

function positiveInt(name: string, value: string | undefined): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new ConfigError(`--${name} must be a positive integer, got ${value}`);
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '1000' },
      people: { type: 'string', default: '3000' },
      seed: { type: 'string', default: '1' },
      drop: { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const articles = positiveInt('articles', values.articles);
  const peopleCount = positiveInt('people', values.people);
  const rand = random(positiveInt('seed', values.seed));

  await withCliDatabase('the synthetic seeder', async ({ db, logger }) => {
    if (!values.force) {
      const all = await db.collection('articles').estimatedDocumentCount();
      const synthetic = all ? await db.collection('articles').countDocuments({ sourceFile: { $regex: SYNTHETIC_SOURCE_FILE } }) : 0;
      if (all > synthetic) {
        throw new RefusedError(
          `refused: ${db.databaseName} holds ${all - synthetic} imported article(s); synthetic people would mix with real ones. ` +
            `Point MONGODB_URI at a database of its own (e.g. mongodb://127.0.0.1:27017/whosaid_synthetic), or pass --force.`,
        );
      }
    }
    if (values.drop) await db.dropDatabase();
    await migrate(db, logger);

    const people = generatePeople(peopleCount, rand);
    const pickPerson = weightedPicker(people, rand);
    const tally = new PeopleTally();
    const bar =
      !values.json && process.stderr.isTTY
        ? new SingleBar({ format: 'synthetic [{bar}] {value}/{total} articles', stream: process.stderr }, Presets.shades_classic)
        : null;
    bar?.start(articles, 0);
    const started = Date.now();
    let statements = 0;
    for (let done = 0; done < articles;) {
      const size = Math.min(BATCH, articles - done);
      const articleDocs = [];
      const statementDocs = [];
      for (let i = 0; i < size; i++) {
        // 4 to 16 statements, about 10 on average.
        const generated = generateArticle(done + i, 4 + Math.floor(rand() * 13), pickPerson, rand);
        const docs = articleDocuments(generated);
        tally.add(generated, docs.article._id);
        articleDocs.push(docs.article);
        statementDocs.push(...docs.statements);
      }
      await db.collection('articles').insertMany(articleDocs, { ordered: false });
      await db.collection('statements').insertMany(statementDocs, { ordered: false });
      statements += statementDocs.length;
      done += size;
      if (bar) bar.update(done);
      else logger.info({ articles: done, statements }, 'synthetic corpus');
    }
    const personDocs = tally.documents();
    for (let i = 0; i < personDocs.length; i += BATCH) await db.collection('people').insertMany(personDocs.slice(i, i + BATCH), { ordered: false });
    bar?.stop();
    const summary = { articles, statements, people: personDocs.length, seconds: (Date.now() - started) / 1000 };
    if (values.json) console.log(JSON.stringify(summary, null, 2));
    else logger.info(summary, 'synthetic corpus written');
  });
}

exitQuietlyOnClosedPipe();
main().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof RefusedError;
  console.error(known ? (error as Error).message : `seed:synthetic failed: ${(error as Error).message}`);
  if (error instanceof ConfigError) console.error(USAGE);
  process.exit(error instanceof RefusedError ? 2 : 1);
});
