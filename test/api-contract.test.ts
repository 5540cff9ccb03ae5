// The /v1 contract across routes: validation and error problems, operator injection, conditional GETs and
// caching headers, and what /openapi.json says about every route.
import fc from 'fast-check';
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import request from 'supertest';
import { withFixtureApp, type TestApp } from './helpers/app.js';
import { withoutId, type Fixture } from './helpers/fixtures.js';

const LIST_ROUTES = ['/v1/statements', '/v1/people', '/v1/articles'];

describe('/v1 contract: errors, caching, OpenAPI', () => {
  let t: TestApp;
  let f: Fixture;
  const get = (url: string) => request(t.app.server).get(url);

  /** A 400 problem+json naming exactly these parameters. */
  async function badRequest(url: string, names: string[], place: 'query' | 'path' = 'query') {
    const res = await get(url).expect(400);
    assert.match(res.headers['content-type'] ?? '', /^application\/problem\+json/, url);
    assert.equal(res.body.status, 400);
    assert.deepEqual(
      res.body.invalidParams.map((p: { name: string }) => p.name),
      names,
      url,
    );
    for (const p of res.body.invalidParams) assert.equal(p.in, place, url);
    assert.ok(
      names.every((name) => res.body.detail.includes(name)),
      `detail names the parameter: ${res.body.detail}`,
    );
    assert.equal(res.headers['cache-control'], undefined, 'errors are not cacheable');
    return res.body;
  }

  withFixtureApp('contract', (app, fixture) => {
    t = app;
    f = fixture;
  });

  test('unknown parameters are 400 on every route', async () => {
    for (const route of [
      ...LIST_ROUTES,
      '/v1/stats/statements?groupBy=kind&',
      `/v1/statements/${f.statements[0]!._id}`,
      `/v1/people/${f.people.kim}/statements`,
    ]) {
      await badRequest(`${route}${route.includes('?') ? '' : '?'}colour=red`, ['colour']);
    }
    await badRequest('/v1/people?speaker=antonov', ['speaker']);
    await badRequest('/v1/articles?kind=direct', ['kind']);
  });

  test('limit must be an integer from 1 to 100', async () => {
    for (const limit of ['0', '101', 'abc', '2.5', '-1']) await badRequest(`/v1/statements?limit=${limit}`, ['limit']);
    const ok = await get('/v1/statements?limit=100').expect(200);
    assert.equal(ok.body.page.limit, 100);
    await badRequest('/v1/stats/statements?groupBy=kind&limit=0', ['limit']);
  });

  test('a cursor we did not issue for this sort is 400 naming cursor', async () => {
    const forged = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const issued = (await get('/v1/statements?limit=1').expect(200)).body.page.nextCursor as string;
    const cases = [
      '!!!',
      'not-base64-json',
      forged({ a: 1 }),
      forged(['-publishedAt', '2024-01-01T00:00:00.000Z', 'zz']),
      forged(['-publishedAt', 'yesterday', f.statements[0]!._id.toHexString()]),
      forged(['-publishedAt', { $gt: '' }, f.statements[0]!._id.toHexString()]),
      forged(['-statementCount', 3, f.statements[0]!._id.toHexString()]),
      'a'.repeat(600),
    ];
    for (const cursor of cases) await badRequest(`/v1/statements?cursor=${cursor}`, ['cursor']);
    const otherSort = await badRequest(`/v1/statements?sort=publishedAt&cursor=${issued}`, ['cursor']);
    assert.equal(otherSort.code, 'INVALID_CURSOR');
    await badRequest(`/v1/people?cursor=${issued}`, ['cursor']);
    await badRequest(`/v1/people?sort=name&cursor=${forged(['name', 7, f.people.kim.toHexString()])}`, ['cursor']);
  });

  test('malformed ids are 400 naming id; unknown ids are 404', async () => {
    for (const base of ['/v1/statements', '/v1/people', '/v1/articles']) {
      for (const id of ['xyz', '123', 'zzzzzzzzzzzzzzzzzzzzzzzz', '0123456789abcdef012345678']) await badRequest(`${base}/${id}`, ['id'], 'path');
      const missing = await get(`${base}/0123456789abcdef01234567`).expect(404);
      assert.match(missing.headers['content-type'] ?? '', /^application\/problem\+json/);
      assert.match(missing.body.code, /_NOT_FOUND$/);
    }
    await badRequest('/v1/people/nope/statements', ['id'], 'path');
    await badRequest('/v1/statements?article=tass', ['article']);
  });

  test('dates: invalid values and from after to are 400 naming the parameters', async () => {
    for (const from of [
      'yesterday',
      '2024-13-01',
      '2024-02-30',
      '2023-02-29',
      '24-01-01',
      '2024-06-17T25:00',
      '2024-06-17T10:61',
      '2024-06-17%2010:00',
      '0000',
    ]) {
      await badRequest(`/v1/statements?from=${from}`, ['from']);
    }
    await badRequest('/v1/articles?to=2024-00', ['to']);
    await badRequest('/v1/statements?from=2024-06-18&to=2024-06-17', ['from', 'to']);
    await badRequest('/v1/stats/statements?groupBy=month&from=2025&to=2024', ['from', 'to']);
    await get('/v1/statements?from=2024-06-17&to=2024-06-17').expect(200);
    await get('/v1/statements?from=2024-02-29').expect(200);
  });

  test('enums and booleans are checked', async () => {
    const kind = await badRequest('/v1/statements?kind=both', ['kind']);
    assert.match(kind.detail, /direct, indirect/);
    await badRequest('/v1/statements?format=xml', ['format']);
    await badRequest('/v1/statements?sort=speaker', ['sort']);
    await badRequest('/v1/people?sort=-publishedAt', ['sort']);
    await badRequest('/v1/people?speaks=maybe', ['speaks']);
    await badRequest(`/v1/statements?q=${'word%20'.repeat(200)}`, ['q']);
    await badRequest('/v1/statements?q=', ['q']);
  });

  test('values never become MongoDB operators', async () => {
    await badRequest('/v1/statements?speaker[$ne]=x', ['speaker[$ne]']);
    await badRequest('/v1/statements?q[$regex]=.', ['q[$regex]']);
    await badRequest('/v1/people?q[$gt]=', ['q[$gt]']);
    for (const url of [
      '/v1/statements?speaker=%7B%22%24ne%22%3A%22x%22%7D',
      '/v1/statements?speaker=$ne',
      '/v1/statements?outlet=%7B%22%24gt%22%3A%22%22%7D',
      '/v1/statements?q=.*',
      '/v1/statements?q=(',
      '/v1/people?q=.*',
      '/v1/people?role=(',
      '/v1/people?affiliation=%5B',
      '/v1/articles?dateline=.*',
      '/v1/articles?person=%24where',
      '/v1/statements?mentions=.*',
    ]) {
      const res = await get(url).expect(200);
      assert.deepEqual(res.body.data, [], `${url} is plain text and matches nothing`);
    }
  });

  test('never a 500: random values for every parameter give 200 or 400', async () => {
    const params = [
      'q',
      'speaker',
      'article',
      'outlet',
      'kind',
      'from',
      'to',
      'mentions',
      'sort',
      'limit',
      'cursor',
      'format',
      'role',
      'affiliation',
      'speaks',
      'person',
      'dateline',
      'groupBy',
    ];
    const routes = [...LIST_ROUTES, '/v1/stats/statements', `/v1/people/${f.people.antonov}/statements`];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes),
        fc.array(fc.tuple(fc.constantFrom(...params), fc.string({ unit: 'binary', maxLength: 30 })), { maxLength: 4 }),
        async (route, pairs) => {
          const query = pairs.map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join('&');
          const res = await get(`${route}?${query}&format=json`);
          assert.ok([200, 400].includes(res.status), `${route}?${query} → ${res.status} ${res.text.slice(0, 200)}`);
        },
      ),
      { numRuns: 150 },
    );
  });

  test('ETag and 304 on JSON lists, single resources and stats', async () => {
    for (const url of [
      '/v1/statements?speaker=antonov',
      `/v1/statements/${f.statements[0]!._id}`,
      '/v1/people?q=kim',
      `/v1/people/${f.people.kim}`,
      '/v1/articles',
      `/v1/articles/${f.articles.tass}`,
      '/v1/stats/statements?groupBy=month',
    ]) {
      const first = await get(url).expect(200);
      const etag = first.headers.etag as string;
      assert.match(etag, /^"[A-Za-z0-9_-]{27}"$/, url);
      assert.equal(first.headers['cache-control'], 'public, max-age=60');
      assert.equal((await get(url).expect(200)).headers.etag, etag, 'deterministic');
      const notModified = await get(url).set('If-None-Match', etag).expect(304);
      assert.equal(notModified.text, '');
      assert.equal(notModified.headers.etag, etag);
      await get(url).set('If-None-Match', `"other", W/${etag}`).expect(304);
      await get(url).set('If-None-Match', '"other"').expect(200);
    }
  });

  test('exports carry a weak ETag that changes when the data changes', async () => {
    const url = '/v1/statements?format=csv&speaker=kim';
    const first = await get(url).expect(200);
    const etag = first.headers.etag as string;
    assert.match(etag, /^W\/"/);
    const notModified = await get(url).set('If-None-Match', etag).expect(304);
    assert.equal(notModified.text, '');
    assert.equal(notModified.headers['content-disposition'], undefined);
    assert.notEqual((await get('/v1/statements?format=ndjson&speaker=kim').expect(200)).headers.etag, etag, 'per format');
    const added = await t.app.models.Statement.create({ ...withoutId(f.statements[0]!), text: 'One more.', groupId: 'x' });
    try {
      const changed = await get(url).set('If-None-Match', etag).expect(200);
      assert.notEqual(changed.headers.etag, etag);
    } finally {
      await t.app.models.Statement.deleteOne({ _id: added._id });
    }
  });

  test('HEAD answers like GET without a body', async () => {
    const res = await request(t.app.server).head('/v1/people').expect(200);
    assert.ok(res.headers.etag);
  });

  test('CORS: browser frontends may read the paging and caching headers', async () => {
    const res = await get('/v1/statements?limit=1').set('Origin', 'https://newsroom.example').expect(200);
    assert.equal(res.headers['access-control-allow-origin'], '*');
    const exposed = (res.headers['access-control-expose-headers'] ?? '').toLowerCase();
    for (const header of ['link', 'etag', 'content-disposition']) assert.ok(exposed.includes(header), header);
  });

  test('/openapi.json describes every /v1 route, parameter and response', async () => {
    const spec = (await get('/openapi.json').expect(200)).body;
    const expected: Record<string, string> = {
      '/v1/statements': 'listStatements',
      '/v1/statements/{id}': 'getStatement',
      '/v1/people': 'listPeople',
      '/v1/people/{id}': 'getPerson',
      '/v1/people/{id}/statements': 'listPersonStatements',
      '/v1/articles': 'listArticles',
      '/v1/articles/{id}': 'getArticle',
      '/v1/stats/statements': 'statementStats',
    };
    const operationIds = new Set<string>();
    for (const [path, operationId] of Object.entries(expected)) {
      const op = spec.paths[path]?.get;
      assert.ok(op, `${path} is described`);
      assert.equal(op.operationId, operationId);
      operationIds.add(op.operationId);
      assert.ok(op.summary && op.description && op.tags?.length, `${path}: summary, description, tags`);
      assert.ok(op.parameters.length > 0);
      for (const p of op.parameters) {
        assert.ok(p.description, `${path} ${p.name}: description`);
        // Swagger UI's Try it out sends an example as a value: examples live in the description instead.
        assert.equal(p.example, undefined, `${path} ${p.name}: no example value`);
        assert.equal(p.examples, undefined, `${path} ${p.name}: no example values`);
      }
      for (const status of ['200', '304', '400', '503']) assert.ok(op.responses[status], `${path} ${status}`);
      for (const status of ['400', '503']) assert.ok(op.responses[status].content['application/problem+json'], `${path} ${status} is problem+json`);
      assert.ok(op.responses['200'].content['application/json'].schema, `${path} JSON schema`);
      const isList = !path.endsWith('{id}') && path !== '/v1/stats/statements';
      if (isList) {
        assert.ok(op.responses['200'].content['text/csv'], `${path} text/csv`);
        assert.ok(op.responses['200'].content['application/x-ndjson'], `${path} application/x-ndjson`);
        for (const name of ['limit', 'cursor', 'format', 'bom', 'sort'])
          assert.ok(
            op.parameters.some((p: { name: string }) => p.name === name),
            `${path} ${name}`,
          );
      }
      if (path.includes('{id}')) {
        assert.ok(op.responses['404'], `${path} 404`);
        const id = op.parameters.find((p: { in: string; name: string }) => p.in === 'path' && p.name === 'id');
        assert.equal(id.schema.pattern, '^[0-9a-fA-F]{24}$');
      }
    }
    assert.equal(operationIds.size, Object.keys(expected).length, 'operationIds are unique');
    const statements = spec.paths['/v1/statements'].get.parameters.map((p: { name: string }) => p.name).sort();
    assert.deepEqual(statements, ['article', 'bom', 'cursor', 'format', 'from', 'kind', 'limit', 'mentions', 'outlet', 'q', 'sort', 'speaker', 'to']);
    const speaker = spec.paths['/v1/statements'].get.parameters.find((p: { name: string }) => p.name === 'speaker');
    assert.equal(speaker.schema.type, 'array', 'repeatable parameters are arrays');
    const bom = spec.paths['/v1/statements'].get.parameters.find((p: { name: string }) => p.name === 'bom');
    assert.equal(bom.schema.type, 'boolean', 'bom is a boolean');
    assert.match(bom.description, /byte order mark/);
  });
});
