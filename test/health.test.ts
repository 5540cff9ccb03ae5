import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Validator } from '@seriousme/openapi-schema-validator';
import request from 'supertest';
import { buildTestApp, type TestApp } from './helpers/app.js';

describe('health, readiness, OpenAPI and errors', () => {
  let t: TestApp;
  before(async () => {
    t = await buildTestApp('health');
  });
  after(async () => {
    await t.close();
  });

  test('GET /healthz answers ok with a request id', async () => {
    const res = await request(t.app.server).get('/healthz').expect(200);
    assert.equal(res.body.status, 'ok');
    assert.equal(typeof res.body.uptimeSeconds, 'number');
    assert.match(res.headers['x-request-id'] ?? '', /^[0-9a-f-]{36}$/);
  });

  test('a caller-supplied x-request-id is kept', async () => {
    const res = await request(t.app.server).get('/healthz').set('x-request-id', 'trace-123').expect(200);
    assert.equal(res.headers['x-request-id'], 'trace-123');
  });

  test('GET /readyz pings the database', async () => {
    const res = await request(t.app.server).get('/readyz').expect(200);
    assert.deepEqual(res.body, { status: 'ready', database: 'up' });
  });

  test('unknown route is a 404 problem+json', async () => {
    const res = await request(t.app.server).get('/nope?x=1').expect(404);
    assert.match(res.headers['content-type'] ?? '', /^application\/problem\+json/);
    assert.equal(res.body.status, 404);
    assert.equal(res.body.code, 'ROUTE_NOT_FOUND');
    assert.equal(res.body.instance, '/nope');
    assert.equal(res.body.title, 'Not Found');
    assert.ok(!('stack' in res.body));
  });

  test('GET /openapi.json is an OpenAPI 3.1 document describing the health routes', async () => {
    const res = await request(t.app.server).get('/openapi.json').expect(200);
    assert.equal(res.body.openapi, '3.1.0');
    assert.equal(res.body.info.title, 'whosaid');
    assert.ok(res.body.paths['/healthz'].get.operationId);
    assert.ok(res.body.paths['/readyz'].get.responses['503']);
    assert.ok(res.body.components.schemas.Problem, 'Problem schema is a named component');
  });

  test('/openapi.json validates against the OpenAPI 3.1 schema', async () => {
    const res = await request(t.app.server).get('/openapi.json').expect(200);
    const result = await new Validator().validate(res.body);
    assert.equal(result.valid, true, JSON.stringify(result.errors, null, 2)?.slice(0, 2000));
  });

  test('GET /docs serves Swagger UI', async () => {
    const res = await request(t.app.server).get('/docs/').redirects(1).expect(200);
    assert.match(res.text, /swagger-ui/i);
  });

  test('CORS allows any origin by default', async () => {
    const res = await request(t.app.server).get('/healthz').set('Origin', 'https://example.org').expect(200);
    assert.equal(res.headers['access-control-allow-origin'], '*');
  });
});
