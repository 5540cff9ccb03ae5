// Seeding throughput: ArticleImporter (extraction + storage) on N generated articles, beside a baseline
// that bulk-inserts the very documents it stored with the plain driver, on the same server in the same run, into a
// database migrated like the seeder's (same indexes, checked). With --rounds N the two alternate N times (the
// machine is shared: the median ratio is reported, with every round's).
// Usage: MONGODB_URI=... npx tsx bench/seed.ts [--articles 10000] [--rounds 1] [--backend 'FerretDB 1.24.2 (SQLite)'] [--write]
// (--write appends to bench/RESULTS.md; --backend names the server there).
import { appendFile } from 'node:fs/promises';
import os from 'node:os';
import { parseArgs } from 'node:util';
import mongoose from 'mongoose';
import { migrate } from '../migrations/runner.js';
import { extractBatch } from '../src/extract/index.js';
import { ArticleImporter } from '../src/ingest/import-articles.js';
import type { ImportStep } from '../src/ingest/timings.js';
import { registerModels } from '../src/models/index.js';
import { generateArticle, generatePeople, random, weightedPicker } from '../seed/synthetic-corpus.js';
import { withDatabase } from '../test/helpers/database.js';

const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '10000' },
    rounds: { type: 'string', default: '1' },
    backend: { type: 'string', default: '' },
    write: { type: 'boolean', default: false },
  },
});
const count = Number(values.articles);
const rounds = Number(values.rounds);
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

// Database commands timed through command monitoring, by the step that sends them. The importer sends statements
// while it builds the next ones, so this time overlaps its in-process steps: it is shown apart, not added to them.
const STEP_OF: Record<string, string> = {
  'find articles': 'classify (articles find)',
  'find people': 'people (reads)',
  'insert people': 'people (writes)',
  'update people': 'people (writes)',
  'find statements': 'grouping (earlier reports find)',
  'insert statements': 'statements (inserts)',
  'insert articles': 'articles (inserts)',
};
const collections = ['people', 'articles', 'statements'] as const;

async function indexCounts(connection: mongoose.Connection) {
  return Object.fromEntries(await Promise.all(collections.map(async (c) => [c, (await connection.db!.collection(c).listIndexes().toArray()).length] as const)));
}

interface Round {
  seedMs: number;
  baselineMs: number;
  steps: Partial<Record<ImportStep, number>>;
  commands: Map<string, { ms: number; commands: number }>;
  statements: number;
  people: number;
  indexes: { seeder: Record<string, number>; baseline: Record<string, number> };
}

async function round(n: number): Promise<Round> {
  // 1. whosaid's seeder.
  const seeded = await freshDb('whosaid_bench_seed', true);
  const commands = new Map<string, { ms: number; commands: number }>();
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
    const entry = commands.get(s.step) ?? { ms: 0, commands: 0 };
    entry.ms += performance.now() - s.t;
    entry.commands++;
    commands.set(s.step, entry);
  };
  client.on('commandSucceeded', finished);
  client.on('commandFailed', finished);
  const importer = new ArticleImporter(registerModels(seeded));
  const steps: Partial<Record<ImportStep, number>> = {};
  const t0 = performance.now();
  const summary = await importer.importArticles(inputs, {
    timings: steps,
    onProgress: (done) => process.stderr.write(`round ${n}, seeder: ${done}/${count} articles, ${((performance.now() - t0) / 1000).toFixed(1)} s\n`),
  });
  const seedMs = performance.now() - t0;
  client.removeAllListeners('commandStarted');
  if (summary.articles.failed) throw new Error(`${summary.articles.failed} articles failed: ${JSON.stringify(summary.failures.slice(0, 3))}`);

  // 2. Baseline: the same stored documents, bulk-inserted with the plain driver, unordered, 1,000 at a time
  // (the seeder writes its statements 1,000 at a time too, one insert in flight).
  const docs = Object.fromEntries(await Promise.all(collections.map(async (c) => [c, await seeded.db!.collection(c).find({}).toArray()] as const)));
  const baseline = await freshDb('whosaid_bench_baseline');
  const indexes = { seeder: await indexCounts(seeded), baseline: await indexCounts(baseline) };
  if (JSON.stringify(indexes.seeder) !== JSON.stringify(indexes.baseline)) throw new Error(`indexes differ: ${JSON.stringify(indexes)}`);
  const t1 = performance.now();
  for (const c of collections) {
    const all = docs[c]!;
    for (let i = 0; i < all.length; i += 1000) await baseline.db!.collection(c).insertMany(all.slice(i, i + 1000), { ordered: false });
  }
  const baselineMs = performance.now() - t1;
  process.stderr.write(
    `round ${n}: seeder ${(seedMs / 1000).toFixed(1)} s, baseline ${(baselineMs / 1000).toFixed(1)} s, ratio ${(seedMs / baselineMs).toFixed(2)}\n`,
  );
  await seeded.dropDatabase();
  await baseline.dropDatabase();
  await seeded.close();
  await baseline.close();
  return { seedMs, baselineMs, steps, commands, statements: docs.statements!.length, people: docs.people!.length, indexes };
}

const results: Round[] = [];
for (let n = 1; n <= rounds; n++) results.push(await round(n));
// Extraction alone on the same inputs, for reference (the importer's own 'extraction' step is the one in the shares).
const t0 = performance.now();
extractBatch(inputs.map((input) => ({ file: input.file, raw: input.raw })));
const extractAloneMs = performance.now() - t0;

const ratios = results.map((r) => r.seedMs / r.baselineMs);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
// The shares are the median round's (by ratio).
const mid = results[ratios.indexOf([...ratios].sort((a, b) => a - b)[Math.floor((ratios.length - 1) / 2)]!)]!;
const perSecond = (ms: number) => Math.round((count / ms) * 1000);
const figures = {
  articles: count,
  avgArticleBytes: Math.round(bytes / count),
  statements: mid.statements,
  people: mid.people,
  indexes: mid.indexes.seeder,
  rounds: results.map((r) => ({
    seedSeconds: +(r.seedMs / 1000).toFixed(2),
    baselineSeconds: +(r.baselineMs / 1000).toFixed(2),
    ratio: +(r.seedMs / r.baselineMs).toFixed(2),
  })),
  seedSeconds: +(mid.seedMs / 1000).toFixed(2),
  seedArticlesPerSecond: perSecond(mid.seedMs),
  baselineSeconds: +(mid.baselineMs / 1000).toFixed(2),
  baselineArticlesPerSecond: perSecond(mid.baselineMs),
  ratio: +median(ratios).toFixed(2),
  extractAloneSeconds: +(extractAloneMs / 1000).toFixed(2),
};
const pct = (ms: number) => `${((ms / mid.seedMs) * 100).toFixed(0)}%`;
const stepTable =
  "| importer step (wall clock, partitions the seeder's time) | seconds | share |\n|---|---:|---:|\n" +
  Object.entries(mid.steps)
    .map(([step, ms]) => `| ${step} | ${(ms / 1000).toFixed(2)} | ${pct(ms)} |`)
    .join('\n') +
  '\n';
const commandTable =
  '| database commands (command monitoring; statements inserts overlap the building step) | commands | seconds | share |\n|---|---:|---:|---:|\n' +
  [...mid.commands]
    .sort((a, b) => b[1].ms - a[1].ms)
    .map(([step, s]) => `| ${step} | ${s.commands} | ${(s.ms / 1000).toFixed(2)} | ${pct(s.ms)} |`)
    .join('\n') +
  '\n';
console.log(stepTable);
console.log(commandTable);
console.log(JSON.stringify(figures, null, 2));

if (values.write) {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  await appendFile(
    new URL('./RESULTS.md', import.meta.url),
    `\n## Seeding (bench/seed.ts), ${new Date().toISOString().slice(0, 10)}\n\n` +
      `Hardware: ${cpu}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB; Node ${process.version}; server: ${values.backend ? `${values.backend}, ` : ''}${server.replace(/\/\/[^@]*@/, '//')}\n` +
      `Command: \`MONGODB_URI=... npx tsx bench/seed.ts --articles ${count} --rounds ${rounds} --write\`\n` +
      `Dataset: ${count} generated articles (~${figures.avgArticleBytes} bytes), ${figures.statements} statements, ${figures.people} people; ` +
      `indexes (both databases): ${JSON.stringify(figures.indexes)}\n\n` +
      `| run | seconds | articles/s |\n|---|---|---|\n` +
      `| whosaid seeder (extraction + people merge + grouping + storage) | ${figures.seedSeconds} | ${figures.seedArticlesPerSecond} |\n` +
      `| baseline: plain-driver insertMany of the same documents | ${figures.baselineSeconds} | ${figures.baselineArticlesPerSecond} |\n\n` +
      `Ratio seeder/baseline: **${figures.ratio}×** (target ≤ 1.5×)` +
      (rounds > 1
        ? `, the median of ${rounds} alternating rounds: ${figures.rounds.map((r) => `${r.ratio}×`).join(', ')} (times above: the median round)`
        : '') +
      `.\n\nWhere the seeder's time went (median round):\n\n` +
      stepTable +
      '\n' +
      commandTable,
  );
}
