// `npm run seed:synthetic -- --articles N [--people 3000] [--seed 1] [--drop]`: writes N generated
// articles (about ten statements each) and their people straight into MONGODB_URI, for benchmarks.
import { Presets, SingleBar } from 'cli-progress';
import { parseArgs } from 'node:util';
import { migrate } from '../migrations/runner.js';
import { withCliDatabase } from '../src/cli-database.js';
import { ConfigError } from '../src/config.js';
import { articleDocuments, generateArticle, generatePeople, PeopleTally, random, weightedPicker } from './synthetic-corpus.js';

const BATCH = 1000;

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
    },
  });
  const articles = positiveInt('articles', values.articles);
  const peopleCount = positiveInt('people', values.people);
  const rand = random(positiveInt('seed', values.seed));

  await withCliDatabase('the synthetic seeder', async ({ db, logger }) => {
    if (values.drop) await db.dropDatabase();
    await migrate(db, logger);

    const people = generatePeople(peopleCount, rand);
    const pickPerson = weightedPicker(people, rand);
    const tally = new PeopleTally();
    const bar = process.stderr.isTTY ? new SingleBar({ format: 'synthetic [{bar}] {value}/{total} articles', stream: process.stderr }, Presets.shades_classic) : null;
    bar?.start(articles, 0);
    const started = Date.now();
    let statements = 0;
    for (let done = 0; done < articles; ) {
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
    logger.info({ articles, statements, people: personDocs.length, seconds: (Date.now() - started) / 1000 }, 'synthetic corpus written');
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : `seed:synthetic failed: ${(error as Error).message}`);
  process.exit(1);
});
