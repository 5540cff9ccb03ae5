// Seeding throughput: ArticleImporter (extraction + storage) on N generated articles, beside a baseline
// that bulk-inserts the very documents it stored with the plain driver, on the same server in the same run.
// Usage: MONGODB_URI=... npx tsx bench/seed.ts [--articles 10000] [--write]  (--write appends to bench/RESULTS.md)
import { appendFile } from 'node:fs/promises';
import os from 'node:os';
import { parseArgs } from 'node:util';
import mongoose from 'mongoose';
import { migrate } from '../migrations/runner.js';
import { extractBatch } from '../src/extract/index.js';
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

async function freshDb(name: string, monitorCommands = false) {
  const connection = await mongoose.createConnection(withDatabase(server!, name), { autoIndex: false, monitorCommands }).asPromise();
  await connection.dropDatabase();
  await migrate(connection.db!);
  return connection;
}

// 1. whosaid's seeder.
const seeded = await freshDb('whosaid_bench_seed', true);
// Where the seeder's time goes: its database commands timed through command monitoring (the importer sends
// them one at a time), by the step that sends them; extraction is timed alone afterwards on the same inputs.
const STEP_OF: Record<string, string> = {
  'find articles': 'classify (articles find)',
  'find people': 'people merging (reads)',
  'insert people': 'people merging (writes)',
  'update people': 'people merging (writes)',
  'find statements': 'grouping (earlier reports find)',
  'insert statements': 'writes (statements)',
  'insert articles': 'writes (articles)',
};
const stepMs = new Map<string, { ms: number; commands: number }>();
const started = new Map<number, { step: string; t: number }>();
const client = seeded.getClient();
client.on('commandStarted', (e) => {
  const collection = String(e.command[e.commandName] ?? '');
  started.set(e.requestId, { step: STEP_OF[`${e.commandName} ${collection}`] ?? `other (${e.commandName} ${collection})`, t: performance.now() });
});
const finished = (e: { requestId: number }) => {
  const s = started.get(e.requestId);
  if (!s) return;
  started.delete(e.requestId);
  const entry = stepMs.get(s.step) ?? { ms: 0, commands: 0 };
  entry.ms += performance.now() - s.t;
  entry.commands++;
  stepMs.set(s.step, entry);
};
client.on('commandSucceeded', finished);
client.on('commandFailed', finished);
const importer = new ArticleImporter(registerModels(seeded));
let t0 = performance.now();
const summary = await importer.importArticles(inputs, {
  onProgress: (done) => process.stderr.write(`seeder: ${done}/${count} articles, ${((performance.now() - t0) / 1000).toFixed(1)} s\n`),
});
const seedMs = performance.now() - t0;
client.removeAllListeners('commandStarted');
t0 = performance.now();
extractBatch(inputs.map((input) => ({ file: input.file, raw: input.raw })));
const extractMs = performance.now() - t0;
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
const databaseMs = [...stepMs.values()].reduce((sum, s) => sum + s.ms, 0);
const shares: [string, number, number | string][] = [
  ['extraction (extractBatch alone, same inputs)', extractMs, '—'],
  ...[...stepMs].sort((a, b) => b[1].ms - a[1].ms).map(([step, s]) => [step, s.ms, s.commands] as [string, number, number]),
  ['in-process rest (people clustering and merging, grouping, documents)', Math.max(0, seedMs - extractMs - databaseMs), '—'],
];
const shareTable =
  '| step | commands | seconds | share of seeder time |\n|---|---:|---:|---:|\n' +
  shares.map(([step, ms, n]) => `| ${step} | ${n} | ${(ms / 1000).toFixed(2)} | ${((ms / seedMs) * 100).toFixed(0)}% |`).join('\n') +
  '\n';
console.log(shareTable);
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
      `Ratio seeder/baseline: **${figures.ratio}×** (target ≤ 1.5×).\n\n` +
      `Where the seeder's time went (database commands timed by command monitoring, by the step sending them):\n\n` +
      shareTable,
  );
}
