// API throughput: each route beside a baseline route on the same app that runs the same MongoDB query with the
// plain driver and sends the raw documents unserialised, measured alternately in the same run with autocannon.
// Usage: MONGODB_URI=mongodb://127.0.0.1:27219/whosaid_bench npx tsx bench/api.ts [--duration 10] [--connections 32]
//        [--rounds 1] [--q "national sovereignty"] [--prefix ann] [--write]   (--write appends to bench/RESULTS.md)
import { appendFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { personKey } from '../src/names.js';
import { escapeRegex } from '../src/services/filters.js';
import { mongoSort } from '../src/services/keyset.js';
import { statementSort } from '../src/services/statements.js';
import { foldText, searchTerms } from '../src/text.js';

interface Histogram {
  average: number;
  p50: number;
  p99: number;
}
interface Result {
  requests: Histogram;
  latency: Histogram;
  non2xx: number;
  errors: number;
  timeouts: number;
  aloneMs?: number;
}
const autocannon = createRequire(import.meta.url)('autocannon') as (options: Record<string, unknown>) => Promise<Result>;

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '32' },
    rounds: { type: 'string', default: '1' },
    q: { type: 'string', default: 'national sovereignty' },
    prefix: { type: 'string', default: 'ann' },
    write: { type: 'boolean', default: false },
  },
});
const uri = process.env.MONGODB_URI;
if (!uri) throw new Error('set MONGODB_URI');
if (!/^mongodb:\/\/(127\.0\.0\.1|localhost)[:/]/.test(uri)) throw new Error('the bench only talks to a local database');
const [duration, connections, rounds] = [values.duration, values.connections, values.rounds].map(Number) as [number, number, number];

const config = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'warn', RATE_LIMIT_MAX: '0', MAX_EVENT_LOOP_DELAY_MS: '0' });
const app = await buildApp({ ...config, MONGODB_URI: uri });
const db = () => app.db.db!;
const LIMIT = 21; // the routes ask for one more than the page size (20) to know whether a next page exists
const byDate = mongoSort(statementSort('-publishedAt'));

// Baselines: the queries of src/services/{filters,statements,people,stats}.ts, as mongoose sends them.
app.get<{ Querystring: { speaker: string } }>('/bench/baseline/statements-speaker', async (request, reply) => {
  const keys = [...new Set([foldText(request.query.speaker), personKey(request.query.speaker)])].filter(Boolean);
  const ids = (
    await db()
      .collection('people')
      .find({ aliasKeys: { $in: keys } }, { projection: { _id: 1 } })
      .toArray()
  ).map((p) => p._id);
  return reply.send(
    await db()
      .collection('statements')
      .find({ speakerId: { $in: ids } }, { projection: { terms: 0 } })
      .sort(byDate)
      .limit(LIMIT)
      .toArray(),
  );
});
app.get<{ Querystring: { q: string } }>('/bench/baseline/statements-q', async (request, reply) => {
  const filter = { terms: { $all: searchTerms(request.query.q) } };
  return reply.send(
    await db()
      .collection('statements')
      .find(filter, { projection: { terms: 0 } })
      .sort(byDate)
      .limit(LIMIT)
      .toArray(),
  );
});
app.get<{ Querystring: { q: string } }>('/bench/baseline/people-q', async (request, reply) => {
  const conditions = searchTerms(request.query.q).map((word) => ({ nameTerms: { $regex: `^${escapeRegex(word)}` } }));
  const filter = conditions.length === 1 ? conditions[0]! : { $and: conditions };
  const projection = { articleIds: 0, identityKeys: 0, roleTerms: 0, affiliationKey: 0, rev: 0 }; // + the schema's select: false fields
  return reply.send(await db().collection('people').find(filter, { projection }).sort({ statementCount: -1, _id: -1 }).limit(LIMIT).toArray());
});
app.get('/bench/baseline/stats-month', async (_request, reply) => {
  const rows = await db()
    .collection('statements')
    .aggregate<{ _id: string | null; count: number }>([{ $match: {} }, { $group: { _id: '$publishedMonth', count: { $sum: 1 } } }])
    .toArray();
  return reply.send(rows.sort((a, b) => (a._id === null ? 1 : b._id === null ? -1 : a._id.localeCompare(b._id))));
});

// Requests autocannon abandons at the end of a run still hold database connections: wait for them before the next run.
let busy = 0;
app.db
  .getClient()
  .on('connectionCheckedOut', () => busy++)
  .on('connectionCheckedIn', () => busy--);
const drained = async () => {
  while (busy > 0) await new Promise((resolve) => setTimeout(resolve, 100));
};
await app.listen({ host: '127.0.0.1', port: 0 });
const { port } = app.server.address() as { port: number };
try {
  const top = await db()
    .collection('people')
    .find({}, { projection: { name: 1, statementCount: 1 } })
    .sort({ statementCount: -1, _id: -1 })
    .limit(1)
    .next();
  if (!top) throw new Error('the database has no people: seed it first (npm run seed:synthetic)');
  const counts = {
    statements: await db().collection('statements').estimatedDocumentCount(),
    articles: await db().collection('articles').estimatedDocumentCount(),
  };
  const enc = encodeURIComponent;
  const cases = [
    {
      name: `GET /v1/statements?speaker=${top.name}`,
      route: `/v1/statements?speaker=${enc(top.name)}`,
      baseline: `/bench/baseline/statements-speaker?speaker=${enc(top.name)}`,
    },
    { name: `GET /v1/statements?q=${values.q}`, route: `/v1/statements?q=${enc(values.q)}`, baseline: `/bench/baseline/statements-q?q=${enc(values.q)}` },
    { name: `GET /v1/people?q=${values.prefix}`, route: `/v1/people?q=${enc(values.prefix)}`, baseline: `/bench/baseline/people-q?q=${enc(values.prefix)}` },
    { name: 'GET /v1/stats/statements?groupBy=month', route: '/v1/stats/statements?groupBy=month', baseline: '/bench/baseline/stats-month' },
  ];

  const run = async (path: string) => {
    await drained();
    const t0 = performance.now();
    const check = await fetch(`http://127.0.0.1:${port}${path}`); // also warms up
    const body = await check.text();
    if (check.status !== 200) throw new Error(`${path} answered ${check.status}: ${body.slice(0, 200)}`);
    const aloneMs = performance.now() - t0;
    const r = await autocannon({ url: `http://127.0.0.1:${port}${path}`, connections, duration, timeout: 120 });
    process.stderr.write(
      `${path}: alone ${aloneMs.toFixed(0)} ms; ${r.requests.average} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, non2xx ${r.non2xx}, errors ${r.errors}\n`,
    );
    return { ...r, aloneMs };
  };
  const rows: string[] = [];
  for (const c of cases) {
    const routeRuns: Result[] = [];
    const baseRuns: Result[] = [];
    for (let i = 0; i < rounds; i++) {
      routeRuns.push(await run(c.route));
      baseRuns.push(await run(c.baseline));
    }
    const mean = (rs: Result[], f: (r: Result) => number) => rs.reduce((s, r) => s + f(r), 0) / rs.length;
    const fmt = (rs: Result[]) =>
      `${Math.round(mean(rs, (r) => r.aloneMs ?? 0))} | ${mean(rs, (r) => r.requests.average).toFixed(1)} | ${Math.round(mean(rs, (r) => r.latency.p50))} | ${Math.round(mean(rs, (r) => r.latency.p99))} | ${rs.reduce((s, r) => s + r.non2xx + r.errors + r.timeouts, 0)}`;
    const ratio = mean(routeRuns, (r) => r.requests.average) / (mean(baseRuns, (r) => r.requests.average) || NaN);
    rows.push(`| ${c.name} | ${fmt(routeRuns)} | ${fmt(baseRuns)} | ${(ratio * 100).toFixed(0)}% |`);
  }
  const table =
    '| route | 1 request alone ms | req/s | p50 ms | p99 ms | errors | baseline: alone ms | req/s | p50 ms | p99 ms | errors | route/baseline req/s |\n' +
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n' +
    rows.join('\n');
  console.log(table);
  if (values.write) {
    const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
    await appendFile(
      new URL('./RESULTS.md', import.meta.url),
      `\n## API (bench/api.ts), ${new Date().toISOString().slice(0, 10)}\n\n` +
        `Hardware: ${cpu}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB; Node ${process.version}; server: ${uri}\n` +
        `Command: \`MONGODB_URI=${uri} npx tsx bench/api.ts --duration ${duration} --connections ${connections} --rounds ${rounds} --write\`\n` +
        `Dataset: ${counts.articles} articles, ${counts.statements} statements; top speaker ${top.name} (${String(top.statementCount)} statements)\n` +
        `Target: each route ≥ 80% of its baseline's throughput, p99 < 50 ms (MongoDB-class hardware).\n\n${table}\n`,
    );
  }
} finally {
  await drained();
  await app.close();
}
