// `npm run seed -- [PATH...] [--drop] [--json] [--batch-size N]`: imports article files into MONGODB_URI.
// Exit status: 0 all imported, 1 some files failed (the others are imported), 2 nothing could be done.
import { SingleBar, Presets } from 'cli-progress';
import { parseArgs } from 'node:util';
import { migrate } from '../migrations/runner.js';
import { withCliDatabase } from '../src/cli-database.js';
import { exitQuietlyOnClosedPipe } from '../src/cli-output.js';
import { ConfigError } from '../src/config.js';
import { collectArticleFiles, readArticleFiles } from '../src/ingest/files.js';
import { ArticleImporter } from '../src/ingest/import-articles.js';
import { SEED_ARTICLES_DIR } from '../src/ingest/seed-if-empty.js';
import { registerModels } from '../src/models/index.js';

const STALE_PENDING_MS = 10 * 60 * 1000;
const USAGE = [
  'usage: npm run seed -- [PATH...] [--drop] [--json] [--batch-size N]',
  '  PATH            files or folders of raw articles (default seed/articles/)',
  '  --drop          empty the database first',
  '  --json          print only the JSON summary on stdout (logs go to stderr)',
  '  --batch-size N  articles per batch of bulk writes (default 5000); lower it to keep memory down on a large import',
].join('\n');

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      drop: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      'batch-size': { type: 'string', default: '5000' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const batchSize = Number(values['batch-size']);
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new UsageError(`--batch-size must be a positive integer`);

  return withCliDatabase('the seeder', async ({ connection, db, logger }) => {
    if (values.drop) {
      await db.dropDatabase();
      logger.info('dropped the database');
    }
    await migrate(db, logger);
    const models = registerModels(connection);
    const importer = new ArticleImporter(models);
    const dropped = await importer.dropStalePending(STALE_PENDING_MS);
    if (dropped) logger.warn({ dropped }, 'dropped articles left pending by an interrupted run');

    const paths = positionals.length ? positionals : [SEED_ARTICLES_DIR];
    const collected = await collectArticleFiles(paths);
    const read = await readArticleFiles(collected.files);

    const bar =
      !values.json && process.stderr.isTTY
        ? new SingleBar({ format: 'seeding [{bar}] {value}/{total} files', stream: process.stderr }, Presets.shades_classic)
        : null;
    bar?.start(read.inputs.length, 0);
    const summary = await importer.importArticles(read.inputs, {
      batchSize,
      onProgress: (done) => (bar ? bar.update(done) : logger.info({ done, total: read.inputs.length }, 'seeding')),
    });
    bar?.stop();

    // Articles an older extractor stored whose texts were not among these files: only seeding them again re-extracts them.
    const outdated = await importer.countOutdated();
    const fileFailures = [...collected.failures, ...read.failures];
    const failures = [...fileFailures, ...summary.failures];
    const report = {
      files: collected.files.length + collected.failures.length,
      articles: { ...summary.articles, failed: summary.articles.failed + fileFailures.length },
      // Totals in the database, counted here for the report rather than by the importer (a scan on FerretDB).
      people: await models.Person.estimatedDocumentCount(),
      statements: await models.Statement.estimatedDocumentCount(),
      outdated,
      failures,
    };
    if (values.json) console.log(JSON.stringify(report, null, 2));
    else {
      for (const f of failures) logger.error(f, 'file not imported');
      if (outdated) logger.warn({ outdated }, 'articles stored by an older extractor remain: seed their files again to re-extract them');
      logger.info(report.articles, `seeded: ${report.people} people, ${report.statements} statements in the database`);
    }
    return failures.length ? 1 : 0;
  });
}

class UsageError extends Error {}

exitQuietlyOnClosedPipe();
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message = error instanceof ConfigError || error instanceof UsageError ? error.message : `seed failed: ${(error as Error).message}`;
    console.error(message);
    if (error instanceof UsageError) console.error(USAGE);
    process.exit(2);
  },
);
