// Export memory: a CSV and an NDJSON export of the statements from a running API process (a child, started
// here), its RSS sampled every 100 ms from /proc/PID/status. Figures: idle and peak RSS (and the peak in each
// quarter of the body, to tell a plateau from growth), time to first byte and to the last, beside the time the
// plain driver takes to read the same documents in the same order.
// The API reaches the database through a TCP relay here that counts the bytes the database sends it, so
// "the first byte came before the database had returned everything" is measured, not inferred: the share of the
// export's database reply bytes the relay had passed on when the client got its first byte (--direct: no relay).
// Usage: MONGODB_URI=... npx tsx bench/export.ts [--port 3911] [--query 'outlet=TASS'] [--backend 'FerretDB 1.24.2, PostgreSQL']
//        [--dataset 'how it was seeded'] [--child-flag --trace-gc] [--direct] [--write]  (--write appends to bench/RESULTS.md)
// On FerretDB 1.24 every sorted find is sorted in FerretDB's memory (sort pushdown there is only for $natural on
// capped collections), so the first document of any export comes only after FerretDB has read the whole result.
import { spawn } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import { appendFile, readFile } from 'node:fs/promises';
import os from 'node:os';
import { parseArgs } from 'node:util';
import mongoose from 'mongoose';
import { registerModels } from '../src/models/index.js';
import { mongoSort } from '../src/services/keyset.js';
import { EXPORT_BATCH_SIZE } from '../src/services/lists.js';
import { listStatements, type StatementListQuery } from '../src/services/statements.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '3911' },
    query: { type: 'string', default: '' },
    backend: { type: 'string', default: '' },
    dataset: { type: 'string', default: '' },
    'child-flag': { type: 'string', multiple: true, default: [] },
    direct: { type: 'boolean', default: false },
    write: { type: 'boolean', default: false },
  },
});
const uri = process.env.MONGODB_URI;
if (!uri) throw new Error('set MONGODB_URI (a database seeded with npm run seed:synthetic)');
const base = `http://127.0.0.1:${values.port}`;
const MB = 2 ** 20;
const REPEATABLE = new Set(['speaker', 'outlet']);

async function rssBytes(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) * 1024;
}

interface Sample {
  ms: number;
  rss: number;
  /** Body bytes the client had received when the sample was taken. */
  body: number;
}

function sampler(pid: number, body: () => number = () => 0) {
  const samples: Sample[] = [];
  const t0 = performance.now();
  const timer = setInterval(
    () =>
      void rssBytes(pid).then(
        (rss) => samples.push({ ms: performance.now() - t0, rss, body: body() }),
        () => undefined,
      ),
    100,
  );
  return { samples, stop: () => clearInterval(timer) };
}

/** A TCP relay between the API and the database, counting the bytes the database sends. */
async function dbRelay(target: { host: string; port: number }) {
  let fromDb = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(target.port, target.host);
    sockets.add(client).add(upstream);
    upstream.on('data', (chunk: Buffer) => {
      fromDb += chunk.length;
    });
    client.pipe(upstream);
    upstream.pipe(client);
    const end = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    for (const socket of [client, upstream]) socket.on('error', end).on('close', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    bytes: () => fromDb,
    close: () => {
      for (const socket of sockets) socket.destroy();
      server.close();
    },
  };
}

/** The same URI with host and port replaced (a single-host mongodb:// URI). */
function viaRelay(uri: string, port: number): string {
  const url = new URL(uri);
  if (url.protocol !== 'mongodb:' || url.host.includes(',')) throw new Error('the relay needs a single-host mongodb:// URI; use --direct');
  url.hostname = '127.0.0.1';
  url.port = String(port);
  return url.toString();
}

/** GET through node:http (no headers timeout: on FerretDB the first byte waits for its in-memory sort). */
function get(url: string): Promise<http.IncomingMessage> {
  return new Promise((resolve, reject) => http.get(url, resolve).on('error', reject));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const target = new URL(uri);
const relay = values.direct ? null : await dbRelay({ host: target.hostname, port: Number(target.port || 27017) });
const child = spawn(process.execPath, [...values['child-flag'], '--import', 'tsx', 'src/server.ts'], {
  env: {
    ...process.env,
    MONGODB_URI: relay ? viaRelay(uri, relay.port) : uri,
    PORT: values.port,
    SEED_ON_START: 'false',
    LOG_LEVEL: 'warn',
    RATE_LIMIT_MAX: '0',
    NODE_ENV: 'production',
    REQUEST_TIMEOUT_MS: '600000', // the config's maximum; FerretDB's in-memory sorts make a 200k export take minutes
    MAX_EVENT_LOOP_DELAY_MS: '0',
  },
  stdio: ['ignore', 'inherit', 'inherit'],
});
const pid = child.pid!;

try {
  for (let i = 0; ; i++) {
    const ready = await fetch(`${base}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    if (i > 1200) throw new Error('API did not become ready in 10 minutes (migrations on a large database?)');
    await sleep(500);
  }
  await fetch(`${base}/v1/people?limit=1`); // load the routes (a small collection: a sorted statements page takes minutes on FerretDB)
  await sleep(2000);
  const idleSamples = sampler(pid);
  await sleep(2000);
  idleSamples.stop();
  const idle = Math.max(...idleSamples.samples.map((s) => s.rss));

  // Baseline: the plain driver reading the same documents, same filter (built by the app's own code), sort and batch size as the export, nothing else.
  const params = new URLSearchParams(values.query);
  const filters: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) filters[key] = REPEATABLE.has(key) ? params.getAll(key) : params.get(key)!;
  const connection = await mongoose.createConnection(uri).asPromise();
  const source = await listStatements(registerModels(connection), { sort: '-publishedAt', limit: 20, ...filters } as StatementListQuery);
  let t0 = performance.now();
  let count = 0;
  let driverFirstMs = 0;
  for await (const _ of connection
    .db!.collection('statements')
    .find(source.filter, { projection: { terms: 0 } })
    .sort(mongoSort(source.sort))
    .batchSize(EXPORT_BATCH_SIZE)) {
    if (!count++) driverFirstMs = performance.now() - t0;
  }
  const driverMs = performance.now() - t0;
  process.stderr.write(
    `driver: filter ${JSON.stringify(source.filter)}, first document ${(driverFirstMs / 1000).toFixed(1)} s, all ${count} in ${(driverMs / 1000).toFixed(1)} s\n`,
  );
  await connection.close();

  const runs = [];
  for (const format of ['csv', 'ndjson'] as const) {
    let bytes = 0;
    const rss = sampler(pid, () => bytes);
    const dbAtStart = relay?.bytes() ?? 0;
    let dbAtFirstByte = 0;
    t0 = performance.now();
    const res = await get(`${base}/v1/statements?format=${format}${values.query ? `&${values.query}` : ''}`);
    const headersMs = performance.now() - t0;
    let firstByteMs = 0;
    let lines = 0;
    for await (const chunk of res) {
      if (!firstByteMs) {
        firstByteMs = performance.now() - t0;
        dbAtFirstByte = (relay?.bytes() ?? 0) - dbAtStart;
      }
      bytes += chunk.length;
      for (const b of chunk as Uint8Array) if (b === 10) lines++;
    }
    const totalMs = performance.now() - t0;
    rss.stop();
    const dbTotal = (relay?.bytes() ?? 0) - dbAtStart;
    // The highest sample during the export (it can stay under idle: V8 shrinks the heap while the API waits for the database).
    const peak = Math.max(...rss.samples.map((s) => s.rss));
    // The peak in each quarter of the body: a plateau reads flat, memory growing with the rows sent reads rising.
    const quarters = [0, 1, 2, 3].map((q) => {
      const inQuarter = rss.samples.filter((s) => s.body > (q * bytes) / 4 && s.body <= ((q + 1) * bytes) / 4);
      return inQuarter.length ? Math.max(...inQuarter.map((s) => s.rss)) / MB : null;
    });
    const beforeFirstByte = rss.samples.filter((s) => s.body === 0).map((s) => s.rss);
    runs.push({
      format,
      status: res.statusCode,
      headersMs,
      rows: format === 'csv' ? lines - 1 : lines,
      mb: bytes / MB,
      firstByteMs,
      totalMs,
      peakMb: peak / MB,
      deltaMb: (peak - idle) / MB,
      peakBeforeFirstByteMb: beforeFirstByte.length ? Math.max(...beforeFirstByte) / MB : null,
      quarterPeaksMb: quarters,
      dbMbAtFirstByte: relay ? dbAtFirstByte / MB : null,
      dbMbTotal: relay ? dbTotal / MB : null,
      samples: rss.samples.length,
    });
    process.stderr.write(`${JSON.stringify(runs.at(-1))}\n`);
    await sleep(2000);
  }
  const figures = { query: values.query, statements: count, driverFirstSeconds: driverFirstMs / 1000, driverSeconds: driverMs / 1000, idleMb: idle / MB, runs };
  console.log(JSON.stringify(figures, null, 2));

  if (values.write) {
    const s = (ms: number) => (ms / 1000).toFixed(1);
    const mb = (n: number | null) => (n === null ? '–' : n.toFixed(1));
    const shortUri = uri.replace(/\/\/[^@]*@/, '//');
    await appendFile(
      new URL('./RESULTS.md', import.meta.url),
      `\n### Export memory (bench/export.ts), ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC${values.query ? `, filtered: \`${values.query}\`` : ''}\n\n` +
        `Hardware: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores (shared; load average at the end ${os.loadavg()[0]!.toFixed(1)}), ${Math.round(os.totalmem() / 2 ** 30)} GiB; Node ${process.version}; ` +
        `database: ${values.backend || 'not stated (--backend)'}\n` +
        `Dataset: ${values.dataset || 'not stated (--dataset)'}; this export: ${count.toLocaleString('en')} statements\n` +
        `Command: \`MONGODB_URI=${shortUri} npx tsx bench/export.ts${values.query ? ` --query '${values.query}'` : ''}${values['child-flag'].map((f) => ` --child-flag=${f}`).join('')}${values.direct ? ' --direct' : ''} --backend … --dataset … --write\` ` +
        `(the API runs as a child process${values.direct ? '' : ', reaching the database through a byte-counting TCP relay'}; RSS from /proc/PID/status every 100 ms)\n` +
        `Target: peak − idle RSS < 100 MB; first byte before the database has returned everything.\n\n` +
        `| export | rows | MB sent | idle RSS MB | highest RSS MB before the first byte | peak RSS MB | peak − idle MB | peak RSS MB by quarter of the body | first byte s | last byte s | DB reply MB passed to the API at first byte / in all |\n|---|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|\n` +
        runs
          .map(
            (r) =>
              `| \`GET /v1/statements?format=${r.format}${values.query ? `&${values.query}` : ''}\` | ${r.rows.toLocaleString('en')} | ${r.mb.toFixed(1)} | ${(idle / MB).toFixed(1)} | ${mb(r.peakBeforeFirstByteMb)} | ${r.peakMb.toFixed(1)} | **${r.deltaMb.toFixed(1)}** | ${r.quarterPeaksMb.map(mb).join(' / ')} | ${s(r.firstByteMs)} | ${s(r.totalMs)} | ${r.dbMbAtFirstByte === null ? '–' : `${mb(r.dbMbAtFirstByte)} / ${mb(r.dbMbTotal)}`} |`,
          )
          .join('\n') +
        `\n\nBaseline, same run: the plain driver reading the same ${count.toLocaleString('en')} statements (same filter and sort, batches of ${EXPORT_BATCH_SIZE} as the export) gets its first document after ${s(driverFirstMs)} s and the last after ${s(driverMs)} s.\n`,
    );
  }
} finally {
  child.kill('SIGTERM');
  relay?.close();
}
