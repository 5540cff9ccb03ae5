// Seeding throughput: ArticleImporter (extraction + storage) on N generated articles, beside a baseline
// that bulk-inserts the very documents it stored with the plain driver, on the same server in the same run.
// Usage: MONGODB_URI=... npx tsx bench/seed.ts [--articles 10000] [--write]  (--write appends to bench/RESULTS.md)
import { appendFile } from 'node:fs/promises';
import os from 'node:os';
import { parseArgs } from 'node:util';
import mongoose from 'mongoose';
import { migrate } from '../migrations/runner.js';
import { ArticleImporter } from '../src/ingest/import-articles.js';
import { registerModels } from '../src/models/index.js';
import { generateArticle, generatePeople, random, weightedPicker } from '../seed/synthetic-corpus.js';
import { withDatabase } from '../test/helpers/database.js';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '10000' }, write: { type: 'boolean', default: false } } });
const count = Number(values.articles);
const server = process.env.MONGODB_URI;
if (!server) throw new Error('set MONGODB_URI');

const rand = random(42);
const people = generatePeople(3000, rand);
const pick = weightedPicker(people, rand);
const inputs = Array.from({ length: count }, (_, i) => {
  const article = generateArticle(i, 4 + Math.floor(rand() * 13), pick, rand);
  return { file: `bench-${i}.txt`, raw: article.raw };
});
const bytes = inputs.reduce((sum, i) => sum + i.raw.length, 0);

async function freshDb(name: string) {
  const connection = await mongoose.createConnection(withDatabase(server!, name), { autoIndex: false }).asPromise();
  await connection.dropDatabase();
  await migrate(connection.db!);
  return connection;
}

// 1. whosaid's seeder.
const seeded = await freshDb('whosaid_bench_seed');
const importer = new ArticleImporter(registerModels(seeded));
let t0 = performance.now();
const summary = await importer.importArticles(inputs, {
  onProgress: (done) => process.stderr.write(`seeder: ${done}/${count} articles, ${((performance.now() - t0) / 1000).toFixed(1)} s\n`),
});
const seedMs = performance.now() - t0;
if (summary.articles.failed) throw new Error(`${summary.articles.failed} articles failed: ${JSON.stringify(summary.failures.slice(0, 3))}`);

// 2. Baseline: the same stored documents, bulk-inserted with the plain driver in batches of the same size.
const collections = ['people', 'articles', 'statements'] as const;
const docs = Object.fromEntries(await Promise.all(collections.map(async (c) => [c, await seeded.db!.collection(c).find({}).toArray()] as const)));
const baseline = await freshDb('whosaid_bench_baseline');
t0 = performance.now();
for (const c of collections) {
  const all = docs[c]!;
  for (let i = 0; i < all.length; i += 1000) await baseline.db!.collection(c).insertMany(all.slice(i, i + 1000), { ordered: false });
}
const baselineMs = performance.now() - t0;
process.stderr.write(`baseline: ${(baselineMs / 1000).toFixed(1)} s\n`);

const perSecond = (ms: number) => Math.round((count / ms) * 1000);
const figures = {
  articles: count,
  avgArticleBytes: Math.round(bytes / count),
  statements: docs.statements!.length,
  people: docs.people!.length,
  seedSeconds: +(seedMs / 1000).toFixed(2),
  seedArticlesPerSecond: perSecond(seedMs),
  baselineSeconds: +(baselineMs / 1000).toFixed(2),
  baselineArticlesPerSecond: perSecond(baselineMs),
  ratio: +(seedMs / baselineMs).toFixed(2),
};
console.log(JSON.stringify(figures, null, 2));
await seeded.dropDatabase();
await baseline.dropDatabase();
await seeded.close();
await baseline.close();

if (values.write) {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  await appendFile(
    new URL('./RESULTS.md', import.meta.url),
    `\n## Seeding (bench/seed.ts), ${new Date().toISOString().slice(0, 10)}\n\n` +
      `Hardware: ${cpu}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB; Node ${process.version}; server: ${server.replace(/\/\/[^@]*@/, '//')}\n` +
      `Command: \`MONGODB_URI=... npx tsx bench/seed.ts --articles ${count} --write\`\n` +
      `Dataset: ${count} generated articles (~${figures.avgArticleBytes} bytes), ${figures.statements} statements, ${figures.people} people\n\n` +
      `| run | seconds | articles/s |\n|---|---|---|\n` +
      `| whosaid seeder (extraction + people merge + grouping + storage) | ${figures.seedSeconds} | ${figures.seedArticlesPerSecond} |\n` +
      `| baseline: plain-driver insertMany of the same documents | ${figures.baselineSeconds} | ${figures.baselineArticlesPerSecond} |\n\n` +
      `Ratio seeder/baseline: **${figures.ratio}×** (target ≤ 1.5×).\n`,
  );
}
