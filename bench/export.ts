// Export memory: a CSV and an NDJSON export of every statement from a running API process (a child, started
// here), its RSS sampled every 100 ms from /proc/PID/status. Figures: idle and peak RSS, time to first byte
// and to the last, beside the time the plain driver takes to read the same documents in the same order
// (when the first byte arrives before that, the export streamed instead of waiting for the database).
// Usage: MONGODB_URI=... npx tsx bench/export.ts [--port 3911] [--write]  (--write appends to bench/RESULTS.md)
// Not yet run to completion: on FerretDB 1.24 (PostgreSQL) under load the first document of the sorted 200k read
// came after 470 s (all after 587 s), and the API cut the export off at REQUEST_TIMEOUT_MS (at most 600 s) before it.
import { spawn } from 'node:child_process';
import http from 'node:http';
import { appendFile, readFile } from 'node:fs/promises';
import os from 'node:os';
import { parseArgs } from 'node:util';
import mongoose from 'mongoose';
import { mongoSort } from '../src/services/keyset.js';
import { statementSort } from '../src/services/statements.js';

const { values } = parseArgs({ options: { port: { type: 'string', default: '3911' }, write: { type: 'boolean', default: false } } });
const uri = process.env.MONGODB_URI;
if (!uri) throw new Error('set MONGODB_URI (a database seeded with npm run seed:synthetic)');
const base = `http://127.0.0.1:${values.port}`;
const MB = 2 ** 20;

async function rssBytes(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) * 1024;
}

function sampler(pid: number) {
  const samples: number[] = [];
  const timer = setInterval(
    () =>
      void rssBytes(pid).then(
        (r) => samples.push(r),
        () => undefined,
      ),
    100,
  );
  return { samples, stop: () => clearInterval(timer) };
}

/** GET through node:http (no headers timeout: on FerretDB the first byte waits for its in-memory sort). */
function get(url: string): Promise<http.IncomingMessage> {
  return new Promise((resolve, reject) => http.get(url, resolve).on('error', reject));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
  env: {
    ...process.env,
    MONGODB_URI: uri,
    PORT: values.port,
    SEED_ON_START: 'false',
    LOG_LEVEL: 'warn',
    RATE_LIMIT_MAX: '0',
    NODE_ENV: 'production',
    REQUEST_TIMEOUT_MS: '600000',
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
  const idle = Math.max(...idleSamples.samples);

  // Baseline: the plain driver reading the same documents, same filter, sort and batch size, nothing else.
  const connection = await mongoose.createConnection(uri).asPromise();
  let t0 = performance.now();
  let count = 0;
  let driverFirstMs = 0;
  for await (const _ of connection
    .db!.collection('statements')
    .find({}, { projection: { terms: 0 } })
    .sort(mongoSort(statementSort('-publishedAt')))
    .batchSize(500)) {
    if (!count++) driverFirstMs = performance.now() - t0;
  }
  const driverMs = performance.now() - t0;
  process.stderr.write(`driver: first document ${(driverFirstMs / 1000).toFixed(1)} s, all ${count} in ${(driverMs / 1000).toFixed(1)} s\n`);
  await connection.close();

  const runs = [];
  for (const format of ['csv', 'ndjson'] as const) {
    const rss = sampler(pid);
    t0 = performance.now();
    const res = await get(`${base}/v1/statements?format=${format}`);
    const headersMs = performance.now() - t0;
    let firstByteMs = 0;
    let bytes = 0;
    let lines = 0;
    for await (const chunk of res) {
      if (!firstByteMs) firstByteMs = performance.now() - t0;
      bytes += chunk.length;
      for (const b of chunk as Uint8Array) if (b === 10) lines++;
    }
    const totalMs = performance.now() - t0;
    rss.stop();
    const peak = Math.max(idle, ...rss.samples);
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
      samples: rss.samples.length,
    });
    process.stderr.write(`${JSON.stringify(runs.at(-1))}\n`);
    await sleep(2000);
  }
  const figures = { statements: count, driverFirstSeconds: driverFirstMs / 1000, driverSeconds: driverMs / 1000, idleMb: idle / MB, runs };
  console.log(JSON.stringify(figures, null, 2));

  if (values.write) {
    const s = (ms: number) => (ms / 1000).toFixed(1);
    await appendFile(
      new URL('./RESULTS.md', import.meta.url),
      `\n## Export memory (bench/export.ts), ${new Date().toISOString().slice(0, 10)}\n\n` +
        `Hardware: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores (shared), ${Math.round(os.totalmem() / 2 ** 30)} GiB; Node ${process.version}; ` +
        `FerretDB 1.24.2, PostgreSQL backend\n` +
        `Dataset: \`npm run seed:synthetic -- --articles 20000 --drop\` → ${count.toLocaleString('en')} statements\n` +
        `Command: \`MONGODB_URI=${uri.replace(/\/\/[^@]*@/, '//')} npx tsx bench/export.ts --write\` (the API runs as a child process; RSS from /proc/PID/status every 100 ms)\n` +
        `Target: peak − idle RSS < 100 MB; first byte before the database has returned everything.\n\n` +
        `| export | rows | MB sent | idle RSS MB | peak RSS MB | peak − idle MB | headers s | first byte s | total s | RSS samples |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n` +
        runs
          .map(
            (r) =>
              `| \`GET /v1/statements?format=${r.format}\` | ${r.rows.toLocaleString('en')} | ${r.mb.toFixed(1)} | ${(idle / MB).toFixed(1)} | ${r.peakMb.toFixed(1)} | **${r.deltaMb.toFixed(1)}** | ${s(r.headersMs)} | ${s(r.firstByteMs)} | ${s(r.totalMs)} | ${r.samples} |`,
          )
          .join('\n') +
        `\n\nBaseline, same run: the plain driver reading all ${count.toLocaleString('en')} statements (same sort, batches of 500) gets its first document after ${s(driverFirstMs)} s and the last after ${s(driverMs)} s.\n`,
    );
  }
} finally {
  child.kill('SIGTERM');
}
