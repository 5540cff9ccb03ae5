// The database goes away and comes back: readiness and queries answer 503 fast, then recover by themselves.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import request from 'supertest';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { dropDatabase, testDatabaseUri } from './helpers/database.js';
import { startDbProxy, uriTarget, viaProxy, type DbProxy } from './helpers/db-proxy.js';

describe('database outage', () => {
  let proxy: DbProxy;
  let uri: string;
  let app: Awaited<ReturnType<typeof buildApp>>;

  before(async () => {
    uri = await testDatabaseUri('resilience');
    const target = uriTarget(uri);
    assert.ok(target, `MONGODB_URI must be a single-host mongodb:// URI for this test, got ${uri}`);
    proxy = await startDbProxy(target);
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DB_TIMEOUT_MS: '1000' });
    app = await buildApp({ ...config, MONGODB_URI: viaProxy(uri, proxy) });
    await app.ready();
  });

  after(async () => {
    await app.close();
    await proxy.close();
    await dropDatabase(uri);
  });

  test('readyz turns 503 within seconds of the database going away, with Retry-After', async () => {
    await request(app.server).get('/readyz').expect(200);
    proxy.cut();
    const started = Date.now();
    const res = await request(app.server).get('/readyz');
    const elapsed = Date.now() - started;
    assert.equal(res.status, 503);
    assert.match(res.headers['content-type'] ?? '', /^application\/problem\+json/);
    assert.equal(res.body.code, 'DATABASE_UNAVAILABLE');
    assert.ok(Number(res.headers['retry-after']) > 0, 'Retry-After is set');
    assert.ok(elapsed < 3000, `answered in ${elapsed} ms`);
  });

  test('a query during the outage fails fast with 503 instead of hanging', async () => {
    const started = Date.now();
    await assert.rejects(app.models.Article.findOne({}).lean().exec(), (error: Error) => {
      assert.match(error.name, /ServerSelection|Network|NotConnected/);
      return true;
    });
    assert.ok(Date.now() - started < 3000);
  });

  test('readyz recovers without restarting the app once the database is back', async () => {
    proxy.restore();
    const started = Date.now();
    let status = 0;
    while (Date.now() - started < 15000) {
      status = (await request(app.server).get('/readyz')).status;
      if (status === 200) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    assert.equal(status, 200, 'ready again');
    await app.models.Article.findOne({}).lean().exec();
  });
});
