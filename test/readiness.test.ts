// The readiness probe's contract: an answer within 500 ms whatever the database does (a probe gives up
// after 1 s), and 200 again within a second of the database coming back. The request timeouts below are
// those deadlines: a late answer fails the test.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import request from 'supertest';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { dropDatabase, testDatabaseUri } from './helpers/database.js';
import { startDbProxy, uriTarget, viaProxy, type DbProxy } from './helpers/db-proxy.js';

const PROBE_DEADLINE_MS = 500;
const RECOVERY_DEADLINE_MS = 1000;

describe('readiness during and after an outage', () => {
  let proxy: DbProxy;
  let uri: string;
  let app: Awaited<ReturnType<typeof buildApp>>;
  const probe = () => request(app.server).get('/readyz').timeout(PROBE_DEADLINE_MS);

  /** Probes every 100 ms until 200; fails if none comes within RECOVERY_DEADLINE_MS. */
  async function readyAgain() {
    const deadline = Date.now() + RECOVERY_DEADLINE_MS;
    const statuses: number[] = [];
    while (Date.now() < deadline) {
      const res = await probe();
      statuses.push(res.status);
      if (res.status === 200) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.fail(`no 200 within ${RECOVERY_DEADLINE_MS} ms of the database coming back: ${statuses.join(',')}`);
  }

  before(async () => {
    uri = await testDatabaseUri('readiness');
    const target = uriTarget(uri);
    assert.ok(target, `MONGODB_URI must be a single-host mongodb:// URI for this test, got ${uri}`);
    proxy = await startDbProxy(target);
    // The default query timeout (2 s): the probe must not wait for it.
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
    assert.ok(config.DB_TIMEOUT_MS > PROBE_DEADLINE_MS);
    app = await buildApp({ ...config, MONGODB_URI: viaProxy(uri, proxy) });
    await app.ready();
  });

  after(async () => {
    await app.close();
    await proxy.close();
    await dropDatabase(uri);
  });

  test('database gone: every probe answers 503 problem+json with Retry-After within 500 ms', async () => {
    await readyAgain();
    proxy.cut();
    for (let i = 0; i < 5; i++) {
      const res = await probe();
      assert.equal(res.status, 503);
      assert.match(res.headers['content-type'] ?? '', /^application\/problem\+json/);
      assert.equal(res.body.code, 'DATABASE_UNAVAILABLE');
      assert.ok(Number(res.headers['retry-after']) > 0);
    }
  });

  test('database back: 200 within a second', async () => {
    proxy.restore();
    await readyAgain();
  });

  test('database answering slowly (3 s a round trip): 503 within 500 ms; 200 within a second once it is fast again', async () => {
    await readyAgain();
    proxy.setLatency(3000);
    for (let i = 0; i < 3; i++) assert.equal((await probe()).status, 503);
    proxy.setLatency(0);
    // Bytes sent while it was slow (the driver's own heartbeat among them) still arrive 3 s late: the
    // database is back, for the driver, when they have drained. The second starts from there.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    await readyAgain();
  });
});
