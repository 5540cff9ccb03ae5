// SIGTERM under load: the server stops accepting, finishes every in-flight request, closes the database, exits 0.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { after, before, describe, test } from 'node:test';
import { dropDatabase, testDatabaseUri } from './helpers/database.js';
import { startDbProxy, uriTarget, viaProxy, type DbProxy } from './helpers/db-proxy.js';

describe('graceful shutdown of src/server.ts', () => {
  let proxy: DbProxy;
  let uri: string;
  let child: ChildProcess;
  let api: string;
  const logLines: Record<string, unknown>[] = [];

  before(async () => {
    uri = await testDatabaseUri('shutdown');
    const target = uriTarget(uri);
    assert.ok(target, 'MONGODB_URI must be a single-host mongodb:// URI for this test');
    proxy = await startDbProxy(target);
    child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
      env: {
        PATH: process.env.PATH,
        MONGODB_URI: viaProxy(uri, proxy),
        PORT: '0',
        HOST: '127.0.0.1',
        SEED_ON_START: 'false',
        NODE_ENV: 'production',
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    api = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('server did not start within 30 s')), 30000);
      createInterface({ input: child.stdout! }).on('line', (line) => {
        try {
          const entry = JSON.parse(line) as Record<string, unknown>;
          logLines.push(entry);
          if (typeof entry.api === 'string') {
            clearTimeout(timer);
            resolve(entry.api);
          }
        } catch {
          // not a log line
        }
      });
      child.once('exit', (code) => reject(new Error(`server exited early with ${code}`)));
    });
  });

  after(async () => {
    if (child.exitCode === null) child.kill('SIGKILL');
    await proxy.close();
    await dropDatabase(uri);
  });

  test('in-flight requests complete with 200 after SIGTERM, then the process exits 0', async () => {
    assert.equal((await fetch(`${api}/readyz`)).status, 200);
    // Every database round trip now takes ~2 × 300 ms, so the requests below are still in flight at SIGTERM.
    proxy.setLatency(300);
    // A list query, not /readyz: readiness gives up after 400 ms by design, and these round trips take longer.
    const inFlight = Array.from({ length: 20 }, () =>
      fetch(`${api}/v1/people?limit=1`).then(async (res) => ({ status: res.status, body: (await res.json()) as { data?: unknown[] } })),
    );
    await new Promise((resolve) => setTimeout(resolve, 150));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');

    const results = await Promise.all(inFlight);
    assert.deepEqual(
      results.map((r) => r.status),
      results.map(() => 200),
      'every in-flight request answered 200',
    );
    assert.ok(results.every((r) => Array.isArray(r.body.data)));

    // Once closed, the port takes no new requests.
    await assert.rejects(fetch(`${api}/healthz`, { signal: AbortSignal.timeout(2000) }));

    const code = await exited;
    assert.equal(code, 0, 'clean exit');
    assert.ok(
      logLines.some((l) => l.signal === 'SIGTERM'),
      'shutdown logged with its signal',
    );
    // One log line per request, with id, method, url, status and time.
    const requestLines = logLines.filter((l) => l.msg === 'request');
    assert.ok(requestLines.length >= 21);
    for (const key of ['reqId', 'method', 'url', 'statusCode', 'responseTimeMs']) assert.ok(key in requestLines[0]!, `log line has ${key}`);
  });
});
